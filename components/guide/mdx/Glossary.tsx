/**
 * A short box that says, in plain words, what a few official terms in the guide mean:
 * `<Glossary ids={["megacity", "designated"]} />`. The words live in messages (`Glossary`), so both
 * languages explain the same terms; an unknown id fails the build.
 */
import { getLocale } from 'next-intl/server';
import { translations } from '@/lib/i18n/translations';
import { oneOf } from '@/components/guide/figures/shared';
import { colonFor } from '@/lib/i18n/punctuation';

export const GLOSSARY_IDS = [
  'benefit-year', 'window', 'waiting', 'lapse', 'back-pay', 'transfer', 'flexible', 'account', 'sharing',
  'megacity', 'residence-permit', 'designated', 'tiered-subsidy', 'care-elsewhere', 'agency', 'credential',
] as const;

export async function Glossary({ ids }: { ids: string[] }) {
  if (!Array.isArray(ids) || ids.length === 0) throw new Error('<Glossary ids={[...]}>: give at least one term id');
  const valid = ids.map((id) => oneOf('Glossary', 'ids', id, GLOSSARY_IDS));
  const locale = await getLocale();
  const t = translations({ locale, namespace: 'Glossary' });
  return (
    <aside className="my-6 break-inside-avoid rounded-md border border-gray-400 bg-gray-50 px-4 py-3" aria-label={t('title')} data-glossary="">
      <p className="!my-0 font-bold">{t('title')}</p>
      <dl className="!my-1">
        {valid.map((id) => (
          <div key={id} className="mt-2" data-term={id}>
            <dt className="inline font-bold">{t(`terms.${id}.term`)}<span aria-hidden="true">{colonFor(locale)}</span></dt>
            <dd className="inline">{t(`terms.${id}.plain`)}</dd>
          </div>
        ))}
      </dl>
    </aside>
  );
}
