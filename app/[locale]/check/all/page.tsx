import { redirect } from 'next/navigation';
import { setRequestLocale } from 'next-intl/server';
import { translations } from '@/lib/i18n/translations';
import type { Locale } from '@/lib/i18n/routing';
import { pageMetadata } from '@/lib/metadata';
import { checkPeople, editorValuesOf, readEditorRequest, sentWithProblems, type PersonValues } from '@/lib/household/editor';
import type { FormProblem } from '@/lib/household/form';
import { readWizard } from '@/lib/wizard/read';
import { familyHref, familyPairs, resultHref, splitFamily } from '@/lib/household/counter';
import { todayInShanghai } from '@/lib/wizard/today';
import { editorContent } from '@/components/tools/editorWords';
import { PeopleEditor } from '@/components/tools/PeopleEditor';

export async function generateMetadata({ params, searchParams }: PageProps<'/[locale]/check/all'>) {
  const locale = (await params).locale as Locale;
  const error = sentWithProblems(await searchParams, 1) ? (translations({ locale, namespace: 'Check' }))('errorPrefix') : '';
  const t = translations({ locale, namespace: 'QuickEntry' });
  return pageMetadata({ locale, path: '/check/all', title: `${error}${t('title')}`, description: t('meta') });
}

/**
 * Quick entry: every question of the check on one page, for a helper at a counter
 * (components/tools/PeopleEditor.tsx with one person). Sent as a GET form (`people.0.<key>`), it
 * goes to the same result URL as the step-by-step check once the answers are complete, or comes
 * back with every problem at once. Opened with a v=1 link (say, the poster's `r=`), it starts from
 * those answers. At a counter, the family done so far rides along (`hv=1&m=…`, lib/household/counter.ts):
 * the form carries it, the result gets it, and "That is everyone" opens the household sheet.
 */
export default async function QuickEntryPage({ params, searchParams }: PageProps<'/[locale]/check/all'>) {
  const locale = (await params).locale as Locale;
  setRequestLocale(locale);
  const { family, rest: sp } = splitFamily(await searchParams);
  const t = translations({ locale, namespace: 'QuickEntry' });
  const request = readEditorRequest(sp);
  let people: PersonValues[];
  let problems: FormProblem[][] = [];
  if (request.people.length > 0) {
    people = request.people.slice(0, 1);
    const check = checkPeople(people);
    if (check.ok) redirect(resultHref(locale, check.people[0]!.answers, family));
    problems = check.problems;
  } else {
    const { answers } = readWizard(sp);
    people = editorValuesOf([{ label: null, answers }]).people;
  }
  const asOf = todayInShanghai();
  const content = await editorContent(locale, 'single', people, problems, asOf);
  return (
    <article className="max-w-3xl">
      <h1 className="text-3xl sm:text-4xl">{t('title')}</h1>
      {family.length > 0 && (
        <div className="my-4 border-l-4 border-brand p-3" data-family={family.length}>
          <p className="text-lg font-bold">{t('family.person', { n: family.length + 1 })}</p>
          <p>{t('family.kept', { count: family.length })}</p>
          <p><a href={familyHref(locale, family)} className="inline-flex min-h-12 items-center font-semibold" data-family-done>{t('family.doneWithout', { count: family.length })}</a></p>
        </div>
      )}
      <PeopleEditor mode="single" locale={locale} action={`/${locale}/check/all`} asOf={asOf} carry={familyPairs(family)}
        questions={content.questions} words={content.words} initial={{ people }} previews={content.previews} problems={content.problems} focus={0} />
      <p><a href={`/${locale}/check`} className="inline-flex min-h-12 items-center">{t('back')}</a></p>
    </article>
  );
}
