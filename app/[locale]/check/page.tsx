import { getTranslations, setRequestLocale } from 'next-intl/server';
import type { Locale } from '@/lib/i18n/routing';
import { pageMetadata } from '@/lib/metadata';
import { LINK_VERSION, QUESTION_IDS } from '@/lib/rules';
import { stepPath } from '@/lib/wizard/steps';
import { rulesWords } from '@/lib/wizard/words';
import { primaryButton } from '@/components/ui/buttons';

export async function generateMetadata({ params }: PageProps<'/[locale]/check'>) {
  const locale = (await params).locale as Locale;
  const t = await getTranslations({ locale, namespace: 'Check' });
  return pageMetadata({ locale, path: '/check', title: t('startTitle'), description: t('startMeta') });
}

export default async function CheckStart({ params }: PageProps<'/[locale]/check'>) {
  const locale = (await params).locale as Locale;
  setRequestLocale(locale);
  const t = await getTranslations({ locale, namespace: 'Check' });
  return (
    <div className="max-w-prose">
      <h1 className="text-3xl sm:text-4xl">{t('startTitle')}</h1>
      <p className="my-4 text-xl">{t('startLead')}</p>
      <ul className="my-6 list-disc space-y-2 pl-6">
        <li>{t('startTime')}</li>
        <li>{t('startPrivacy')}</li>
        {/* The helper option named by the words the first question uses. */}
        <li>{t('startHelper', { option: rulesWords(locale)('questions.who.options.helper') })}</li>
      </ul>
      {/* A real form: works without JavaScript and starts at the first question. */}
      <form method="get" action={stepPath(locale, QUESTION_IDS[0])}>
        <input type="hidden" name="v" value={LINK_VERSION} />
        <button type="submit" className={`${primaryButton} min-h-14 px-8 text-xl`}>
          {t('startButton')} <span aria-hidden="true">›</span>
        </button>
      </form>
    </div>
  );
}
