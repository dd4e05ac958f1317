/**
 * A test-only place with nothing sourced: no window in any year, no amounts, no newborn rule, no
 * rule for non-local people, no ways to pay. It is not a real region (lib/rules/regions/list.ts
 * does not hold it); tests add it to the region files with
 *
 *   vi.mock('../../lib/rules/regions/list', async (importOriginal) =>
 *     (await import('./fixture-region')).withNothingSourced(await importOriginal()));
 *
 * so the whole sweep meets a place the check knows by name only (issue 20, item 8), and every
 * invariant must hold there too: no message promises dates, amounts or channels the outcome does
 * not carry.
 */
export const NOTHING_SOURCED = 'nowhere';

const block = (description: string, note: string) => ({
  description,
  confidence: 'C' as const,
  facts: ['F3.8'],
  sources: ['gbf38Full'],
  values: [{ from: '2020-01-01', unknown: note }],
});

export const NOTHING_SOURCED_FILE = {
  id: NOTHING_SOURCED,
  name: { 'zh-CN': '无资料市', en: 'Nodata City' },
  residentWindow: block('Test place: no collection period in our sources for any year.', 'Test fixture: no window sourced.'),
  residentContribution: { ...block('Test place: no amounts in our sources.', 'Test fixture: no amounts sourced.'), labels: {} },
  nonLocalAccess: block('Test place: who may join without local hukou is not in our sources.', 'Test fixture: no access rule sourced.'),
  residentChannels: block('Test place: the ways to pay are not in our sources.', 'Test fixture: no channels sourced.'),
  notes: [],
  extraMaterials: [],
};

/**
 * A test-only place whose data stop at one benefit year, fixed here and never at today's data: a
 * collection window and amounts for 2026年度 (30 November to 28 February, as Beijing's was), and
 * "not in our sources" from 2027年度 on. Tests and scenario fixtures that need "a place whose next
 * year we do not have, with last year's dates to show" use it, so adding a real place's next year
 * breaks none of them (issue 21).
 */
export const LAST_YEAR_ONLY = 'lastyear';
export const LAST_YEAR = 2026;

export const LAST_YEAR_ONLY_FILE = {
  id: LAST_YEAR_ONLY,
  name: { 'zh-CN': '上年市', en: 'Lastyear City' },
  residentWindow: {
    description: 'Test place: a collection period for one benefit year only.',
    confidence: 'B' as const,
    facts: ['F3.8'],
    sources: ['gbf38Full'],
    values: [
      { from: `${LAST_YEAR}-01-01`, value: { opensOn: `${LAST_YEAR - 1}-11-30`, closesOn: `${LAST_YEAR}-02-28`, coverStarts: `${LAST_YEAR}-01-01` } },
      { from: `${LAST_YEAR + 1}-01-01`, unknown: 'Test fixture: the next window is not sourced.' },
    ],
  },
  residentContribution: {
    description: 'Test place: amounts for one benefit year only.',
    confidence: 'B' as const,
    facts: ['F3.8'],
    sources: ['gbf38Full'],
    values: [
      {
        from: `${LAST_YEAR}-01-01`,
        value: {
          rows: [
            { label: 'ly-children', groups: ['resident-child', 'resident-pupil', 'resident-university'], tiersYuan: [400] },
            { label: 'ly-adults', groups: ['resident-working-age', 'resident-older'], tiersYuan: [700] },
          ],
        },
      },
      { from: `${LAST_YEAR + 1}-01-01`, unknown: 'Test fixture: the next amounts are not sourced.' },
    ],
    labels: {
      'ly-children': { 'zh-CN': '上年市：学生儿童', en: 'Lastyear City: students and children' },
      'ly-adults': { 'zh-CN': '上年市：成年居民', en: 'Lastyear City: adults' },
    },
  },
  notes: [],
  extraMaterials: [],
};

/**
 * The fixture `lastyear` under another id and name, its row labels `<prefix>-…` (a label belongs to
 * one place; a prefix is two letters), with the blocks in `extra` in place of its own: for a test
 * that needs a place like it with one thing different (its ways to pay, an earlier close …).
 */
export function lastYearPlace(id: string, prefix: string, name: { 'zh-CN': string; en: string }, extra: Record<string, unknown> = {}) {
  const residentContribution = JSON.parse(JSON.stringify(LAST_YEAR_ONLY_FILE.residentContribution).replaceAll('"ly-', `"${prefix}-`)) as typeof LAST_YEAR_ONLY_FILE.residentContribution;
  return { ...LAST_YEAR_ONLY_FILE, id, name, residentContribution, ...extra };
}

/**
 * A test-only place like `lastyear` whose amounts are only reported (confidence C), as some real
 * places' are: its figure is never stated, nor listed as the last one published; the national
 * figure stands, labelled national. Used by the scenarios (withScenarioPlaces).
 */
export const REPORTED_ONLY = 'reported';
export const REPORTED_ONLY_FILE = (() => {
  const place = lastYearPlace(REPORTED_ONLY, 'rp', { 'zh-CN': '传闻市', en: 'Reported City' });
  return { ...place, residentContribution: { ...place.residentContribution, description: 'Test place: amounts only reported, for one benefit year.', confidence: 'C' as const } };
})();

type RegionList = { REGION_FILES: Record<string, unknown>; CITY_SLUGS: readonly string[]; REGION_SLUGS: readonly string[] };

/**
 * `regions/list.ts` with test-only city files added after the real cities (before the provinces'
 * "another city" choices), its slug lists worked out again as the module itself does.
 */
export function withCities<T extends RegionList>(original: T, extra: Record<string, unknown>): T {
  const added = Object.keys(extra);
  const provinceChoices = original.REGION_SLUGS.slice(original.CITY_SLUGS.length);
  return {
    ...original,
    REGION_FILES: { ...original.REGION_FILES, ...extra },
    CITY_SLUGS: [...original.CITY_SLUGS, ...added],
    REGION_SLUGS: [...original.CITY_SLUGS, ...added, ...provinceChoices],
  };
}

export function withNothingSourced<T extends RegionList>(original: T): T {
  return withCities(original, { [NOTHING_SOURCED]: NOTHING_SOURCED_FILE });
}

/** Both test-only places: `nowhere` (nothing sourced) and `lastyear` (one benefit year, then nothing). */
export function withFixturePlaces<T extends RegionList>(original: T): T {
  return withCities(original, { [NOTHING_SOURCED]: NOTHING_SOURCED_FILE, [LAST_YEAR_ONLY]: LAST_YEAR_ONLY_FILE });
}

/**
 * A test-only place like `lastyear` with a newborn rule of its own (90 days to 6 months, as the
 * sources conflict for some real places; a period that spans two years pays both): a newborn's
 * second year is then one the place's data do not have. Used by the scenarios (withScenarioPlaces).
 */
export const NEWBORN_RULE = 'babyrule';
export const NEWBORN_RULE_FILE = lastYearPlace(NEWBORN_RULE, 'br', { 'zh-CN': '新生儿规定市', en: 'Babyrule City' }, {
  newbornWindow: {
    description: 'Test place: its own newborn period, 90 days to 6 months; a period over two years pays both.',
    confidence: 'B' as const,
    facts: ['F4.2'],
    sources: ['gbf38Full'],
    values: [{ from: '2020-01-01', value: { shortest: { days: 90 }, longest: { months: 6 }, paysEveryYear: true } }],
  },
});

/** The scenarios' test-only places: `nowhere`, `lastyear`, `reported` (amounts only C) and `babyrule` (a newborn rule). */
export function withScenarioPlaces<T extends RegionList>(original: T): T {
  return withCities(withFixturePlaces(original), { [REPORTED_ONLY]: REPORTED_ONLY_FILE, [NEWBORN_RULE]: NEWBORN_RULE_FILE });
}
