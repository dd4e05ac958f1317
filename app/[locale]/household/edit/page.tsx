import { redirect } from 'next/navigation';
import { setRequestLocale } from 'next-intl/server';
import { translations } from '@/lib/i18n/translations';
import type { Locale } from '@/lib/i18n/routing';
import { pageMetadata } from '@/lib/metadata';
import { householdToSearchParams, MAX_PEOPLE, parseHousehold } from '@/lib/household/link';
import { checkPeople, editorValuesOf, readEditorRequest, sentWithProblems, type PersonValues } from '@/lib/household/editor';
import type { FormProblem } from '@/lib/household/form';
import { todayInShanghai } from '@/lib/wizard/today';
import { carriedValues } from '@/lib/household/carry';
import { editorContent } from '@/components/tools/editorWords';
import { PeopleEditor } from '@/components/tools/PeopleEditor';

export async function generateMetadata({ params, searchParams }: PageProps<'/[locale]/household/edit'>) {
  const locale = (await params).locale as Locale;
  const error = sentWithProblems(await searchParams, MAX_PEOPLE) ? (translations({ locale, namespace: 'Check' }))('errorPrefix') : '';
  const t = translations({ locale, namespace: 'Household' });
  // The answers are in the link: never indexed.
  return { ...pageMetadata({ locale, path: '/household/edit', title: `${error}${t('editor.title')}`, description: t('editor.meta') }), robots: { index: false, follow: false } };
}

const one = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v);

/**
 * The household editor: everyone's answers on one page (components/tools/PeopleEditor.tsx). Opened
 * from a household's link (hv=1; `edit=<i>` opens person i, `add=1` adds a blank person), or sent as
 * its own GET form (`people.<i>.<key>`, lib/household/editor.ts): "add" and "remove" come back here,
 * and "see the list" goes to the household's link once everyone's answers are complete.
 */
export default async function HouseholdEditPage({ params, searchParams }: PageProps<'/[locale]/household/edit'>) {
  const locale = (await params).locale as Locale;
  setRequestLocale(locale);
  const sp = await searchParams;
  const t = translations({ locale, namespace: 'Household' });
  const request = readEditorRequest(sp);
  let people: PersonValues[];
  let problems: FormProblem[][] = [];
  let focus: number | null = null;
  if (request.people.length > 0) {
    people = request.people;
    const action = request.action;
    if (action.kind === 'add') {
      // A new person starts with the place and hukou of the person before (lib/household/carry.ts).
      if (people.length < MAX_PEOPLE) people = [...people, carriedValues(people.at(-1))];
      focus = people.length - 1;
    } else if (action.kind === 'remove') {
      people = people.filter((_, i) => i !== action.index);
    } else {
      const check = checkPeople(people);
      if (check.ok) redirect(`/${locale}/household?${householdToSearchParams(check.people).toString()}`);
      problems = check.problems;
    }
  } else {
    people = editorValuesOf(parseHousehold(sp).people).people;
    const edit = Number(one(sp.edit));
    if (Number.isInteger(edit) && edit >= 0 && edit < people.length) focus = edit;
    if ((one(sp.add) === '1' || people.length === 0) && people.length < MAX_PEOPLE) {
      people.push(carriedValues(people.at(-1)));
      focus = people.length - 1;
    }
  }
  const asOf = todayInShanghai();
  const content = await editorContent(locale, 'household', people, problems, asOf);
  return (
    <article className="max-w-3xl">
      <h1 className="text-3xl sm:text-4xl">{t('editor.title')}</h1>
      <PeopleEditor mode="household" locale={locale} action={`/${locale}/household/edit`} asOf={asOf}
        questions={content.questions} words={content.words} initial={{ people }} previews={content.previews} problems={content.problems} focus={focus} />
      <p className="text-base">{t('privacy')}</p>
    </article>
  );
}
