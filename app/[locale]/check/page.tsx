import { setRequestLocale } from 'next-intl/server';
import { translations } from '@/lib/i18n/translations';
import type { Locale } from '@/lib/i18n/routing';
import { pageMetadata } from '@/lib/metadata';
import { LINK_VERSION, QUESTION_IDS } from '@/lib/rules';
import { stepPath } from '@/lib/wizard/steps';
import { rulesWords } from '@/lib/wizard/words';
import { primaryButton } from '@/components/ui/buttons';
import { todayInShanghai } from '@/lib/wizard/today';

export async function generateMetadata({ params }: PageProps<'/[locale]/check'>) {
  const locale = (await params).locale as Locale;
  const t = translations({ locale, namespace: 'Check' });
  return pageMetadata({ locale, path: '/check', title: t('startTitle'), description: t('startMeta') });
}

export default async function CheckStart({ params }: PageProps<'/[locale]/check'>) {
  const locale = (await params).locale as Locale;
  setRequestLocale(locale);
  const t = translations({ locale, namespace: 'Check' });
  const tools = translations({ locale, namespace: 'Tools' });
  const toolLinks = [
    { href: `/${locale}/household`, title: tools('household'), text: tools('householdText') },
    { href: `/${locale}/check/all`, title: tools('quick'), text: tools('quickText') },
    { href: `/${locale}/check/paper`, title: tools('paper'), text: tools('paperText') },
    { href: `/${locale}/poster`, title: tools('poster'), text: tools('posterText') },
  ];
  return (
    <div className="max-w-prose">
      <h1 className="text-3xl sm:text-4xl">{t('startTitle')}</h1>
      <p className="my-4 text-xl">{t('startLead')}</p>
      <ul className="my-6 list-disc space-y-2 pl-6">
        <li>{t('startTime')}</li>
        <li>{t('startPrivacy')}</li>
        {/* The helper option named by the words the first question uses. */}
        <li>{t('startHelper', { option: rulesWords(locale, { asOf: todayInShanghai() })('questions.who.options.helper') })}</li>
      </ul>
      {/* A real form: works without JavaScript and starts at the first question. */}
      <form method="get" action={stepPath(locale, QUESTION_IDS[0])}>
        <input type="hidden" name="v" value={LINK_VERSION} />
        <button type="submit" className={`${primaryButton} min-h-14 px-8 text-xl`}>
          {t('startButton')} <span aria-hidden="true">›</span>
        </button>
      </form>
      <section className="mt-10" aria-labelledby="tools" data-section="tools">
        <h2 id="tools" className="text-2xl">{tools('title')}</h2>
        <ul className="mt-3 space-y-3">
          {toolLinks.map((l) => (
            <li key={l.href}>
              <a href={l.href} className="inline-flex min-h-12 items-center text-lg font-semibold">{l.title}</a>
              <p>{l.text}</p>
            </li>
          ))}
        </ul>
      </section>
    </div>
  );
}
