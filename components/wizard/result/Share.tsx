import Link from 'next/link';
import type { Ctx } from './context';
import { QrCode } from '../QrCode';
import { ShareButton } from '../ShareButton';
import { PrintButton } from '../PrintButton';
import { Section } from './Section';

/** QR code and link (these print), share and print buttons, and start again (these do not). */
export function Share({ ctx: { t, locale }, resultUrl, qr }: { ctx: Ctx; resultUrl: string; qr: string }) {
  return (
    <Section id="share" title={t('sections.share')}>
      <div className="flex flex-wrap items-start gap-6">
        <div className="qr shrink-0 bg-white p-1"><QrCode svg={qr} label={t('share.qrLabel')} /></div>
        <div className="min-w-0 flex-1 space-y-3">
          <p className="result-link text-base">
            <span className="font-semibold">{t('share.linkLabel')}: </span>
            <a href={resultUrl} className="break-all" data-print-url="hide">{resultUrl}</a>
          </p>
          <ShareButton url={resultUrl} title={t('resultTitle')} labels={{ copy: t('share.copy'), copied: t('share.copied'), share: t('share.share'), failed: t('share.failed') }} />
          <PrintButton label={t('share.print')} hint={t('printHint')} />
          <p className="no-print"><Link href={`/${locale}/check`} prefetch={false} className="inline-flex min-h-12 items-center">{t('startAgain')}</Link></p>
        </div>
      </div>
    </Section>
  );
}
