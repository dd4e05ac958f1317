import type { Locale } from '@/lib/i18n/routing';
import type { Outcome, PartialAnswers } from '@/lib/rules';
import { isPublished, readGuideMeta } from '@/lib/content/guides';
import { relatedGuides } from './guideLinks';
import { qrCodeSvg } from './QrCode';
import { ResultSheet, type GuideLink, type ResultProps } from './ResultSheet';

/** The published guides the result links to, with their titles in `locale` (read from their files). */
export function resultGuides(outcome: Outcome, answers: Partial<PartialAnswers>, locale: Locale): GuideLink[] {
  return relatedGuides(outcome, answers).filter(isPublished).map((slug) => {
    const { title } = readGuideMeta(slug, locale);
    return { slug, title };
  });
}

/**
 * The result (ResultSheet) with what it needs made first: its QR code and its guides. The page calls
 * it in its getServerSideProps (pages/[locale]/check/result.tsx), as the component tests do.
 */
export async function ResultView(props: ResultProps) {
  return <ResultSheet {...props} qr={await qrCodeSvg(props.resultUrl)} guides={resultGuides(props.outcome, props.answers, props.locale)} />;
}
