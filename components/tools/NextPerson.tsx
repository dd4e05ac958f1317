import { translations } from '@/lib/i18n/translations';
import type { Locale } from '@/lib/i18n/routing';
import type { PartialAnswers } from '@/lib/rules';
import type { Person } from '@/lib/household/link';
import { MAX_PEOPLE } from '@/lib/household/limits';
import { familyHref, nextPersonHref, roomForNext } from '@/lib/household/counter';
import { primaryButton, secondaryButton } from '@/components/ui/buttons';
import { rulesWords } from '@/lib/wizard/words';

/**
 * Under a result: the counter flow (lib/household/counter.ts). "Next person in this family" opens
 * quick entry with the place and hukou kept, and adds this person to the family carried along;
 * once there is a family, "That is everyone" opens the household sheet with them all. Plain links:
 * works without JavaScript; not printed.
 */
export function NextPerson({ locale, answers, family, asOf }: { locale: Locale; answers: Partial<PartialAnswers>; family: readonly Person[]; asOf: string }) {
  const t = translations({ locale, namespace: 'QuickEntry' });
  const w = rulesWords(locale, { asOf, who: 'helper' });
  // A result's answers are complete: the place and hukou are there.
  const place = answers.region ? w(`regionNames.${answers.region}`) : '';
  const hukou = answers.hukou ? w(`questions.hukou.options.${answers.hukou}`) : '';
  const count = family.length + 1;
  return (
    <section aria-labelledby="family-title" className="no-print mt-10 max-w-3xl rounded-md border-4 border-brand p-4" data-print="hide" data-section="family">
      <h2 id="family-title" className="text-2xl">{t('family.title')}</h2>
      {family.length > 0 && <p className="mt-2">{t('family.sofar', { count })}</p>}
      <div className="mt-3 flex flex-wrap gap-4">
        {roomForNext(family)
          ? <a href={nextPersonHref(locale, answers, family)} className={family.length > 0 ? secondaryButton : primaryButton} data-next-person>{t('family.next')}</a>
          : <p data-notice="full">{t('family.full', { max: MAX_PEOPLE })}</p>}
        {family.length > 0 && <a href={familyHref(locale, family, answers)} className={primaryButton} data-family-done>{t('family.done', { count })}</a>}
      </div>
      {roomForNext(family) && <p className="mt-3 text-base">{t('family.keeps', { place, hukou })}</p>}
    </section>
  );
}
