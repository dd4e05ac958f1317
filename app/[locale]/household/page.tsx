import { redirect } from 'next/navigation';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import type { Locale } from '@/lib/i18n/routing';
import { pageMetadata } from '@/lib/metadata';
import { householdToSearchParams, parseHousehold, type Person } from '@/lib/household/link';
import { readPersonForm, splitHouseholdRequest } from '@/lib/household/form';
import { todayInShanghai } from '@/lib/wizard/today';
import { Household, type HouseholdForm } from '@/components/tools/Household';

export async function generateMetadata({ params }: PageProps<'/[locale]/household'>) {
  const locale = (await params).locale as Locale;
  const t = await getTranslations({ locale, namespace: 'Household' });
  // The answers are in the link: a household list is never indexed.
  return { ...pageMetadata({ locale, path: '/household', title: t('title'), description: t('meta') }), robots: { index: false, follow: false } };
}

/**
 * The household list: the household is the link (hv=1, lib/household/link.ts); nothing is stored.
 * Adding or changing a person is a GET form on this page (lib/household/form.ts): when it is
 * complete, the answer is a redirect to the household's new link; otherwise the form again, with
 * every problem listed.
 */
export default async function HouseholdPage({ params, searchParams }: PageProps<'/[locale]/household'>) {
  const locale = (await params).locale as Locale;
  setRequestLocale(locale);
  const request = splitHouseholdRequest(await searchParams);
  const parsed = parseHousehold(request.household);
  let form: HouseholdForm = request.open ? { edit: request.edit, values: null, problems: [] } : null;
  if (request.form) {
    const sent = readPersonForm(request.form);
    if (sent.complete) {
      const people: Person[] = parsed.people.map(({ label, answers }) => ({ label, answers }));
      const person: Person = { label: sent.label, answers: sent.complete };
      if (request.edit !== null && request.edit < people.length) people[request.edit] = person;
      else people.push(person);
      redirect(`/${locale}/household?${householdToSearchParams(people).toString()}`);
    }
    form = { edit: request.edit, values: new Map([...sent.raw, ...(sent.label ? [['l', [sent.label]] as [string, string[]]] : [])]), problems: sent.problems };
  }
  return <Household locale={locale} parsed={parsed} asOf={todayInShanghai()} form={form} />;
}
