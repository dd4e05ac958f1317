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
