import { DocLink } from '@/components/layout/DocLink';
import type { SpecialGroup } from '@/lib/rules';
import { SHARE_SCRIPT } from '@/lib/security/inline-scripts';
import { secondaryButton } from '@/components/ui/buttons';
import { colonFor } from '@/lib/i18n/punctuation';
import type { Ctx } from '@/lib/result/context';
import { QrCode } from '../QrCode';
import { Section } from './Section';

/**
 * The link and its QR code (these print), the copy, share and print buttons, and start again.
 * Without JavaScript the link is there in full, selectable, and the browser's own Print is named;
 * the buttons stay hidden until SHARE_SCRIPT (a few hundred bytes, allowed by its hash in the
 * page's CSP) finds that the browser can do what each one does.
 * When the answers hold special groups (低保, 残疾…), a note says the link carries them.
 * At a counter with a family riding along, "start again" (`restartHref`) is "enter this person
 * again": quick entry with the family kept (lib/household/counter.ts, counterLinks).
 */
export function Share({ ctx, resultUrl, qr, groups, restartHref }: { ctx: Ctx; resultUrl: string; qr: string; groups: readonly SpecialGroup[]; restartHref?: string | undefined }) {
  const { t, w, locale } = ctx;
  const sensitive = groups.map((g) => w(`questions.special-groups.options.${g}`)).join(locale === 'en' ? ', ' : '、');
  return (
    <Section id="share" title={t('sections.share')}>
      <div className="flex flex-wrap items-start gap-6">
        <div className="qr shrink-0 bg-white p-1"><QrCode svg={qr} label={t('share.qrLabel')} /></div>
        {/* Beside the QR code where there is room (10rem), under it where there is not (large text on a phone). */}
        <div className="min-w-0 flex-[1_1_10rem] space-y-3">
          <p className="result-link text-base">
            <span className="font-semibold">{t('share.linkLabel')}: </span>
            <a href={resultUrl} className="select-all break-all" data-print-url="hide">{resultUrl}</a>
          </p>
          {groups.length > 0 && (
            <p className="no-print border-l-4 border-warn bg-warn-light px-3 py-2" data-share-note>{t('share.sensitive', { groups: sensitive })}</p>
          )}
          {/* "Copy link" copies a short line that says what the link is (the words of its preview, no answer in them). */}
          <ShareTools ctx={ctx} url={resultUrl} text={`${t('share.title')}${colonFor(locale)}${resultUrl}`} />
          <p className="no-print"><DocLink href={restartHref ?? `/${locale}/check`} className="inline-flex min-h-12 items-center" data-start-again>{restartHref ? t('startAgainPerson') : t('startAgain')}</DocLink></p>
        </div>
      </div>
    </Section>
  );
}

/**
 * The copy, share and print buttons with their status line and the "use the browser's Print" hint,
 * driven by SHARE_SCRIPT: the result's and the household list's (one script, one hash). `text` is
 * what "copy link" copies: a short line that names the page, then the link. Once per page (ids).
 */
export function ShareTools({ ctx: { t }, url, text }: { ctx: Ctx; url: string; text: string }) {
  return (
    <>
      <div id="share-tools" className="no-print flex flex-wrap items-center gap-3" data-url={url} data-text={text}>
        <button type="button" hidden data-copy className={secondaryButton}>{t('share.copy')}</button>
        <button type="button" hidden data-share className={secondaryButton}>{t('share.share')}</button>
        <button type="button" hidden data-print className={secondaryButton}>{t('share.print')}</button>
      </div>
      <p id="share-status" role="status" className="no-print text-base font-semibold" data-copied={t('share.copied')} data-failed={t('share.failed')} />
      <p id="print-hint" className="no-print text-base">{t('printHint')}</p>
      {/* The one script of the check's pages (lib/security/inline-scripts.ts). */}
      <script dangerouslySetInnerHTML={{ __html: SHARE_SCRIPT }} />
    </>
  );
}
