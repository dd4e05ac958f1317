/**
 * Examples for the e2e specs read from the data, never from today's: a spec that needs "a place
 * whose next benefit year we do not have" takes it from the region files, so adding a place's next
 * year (or a new city) breaks no spec (issue 21). The e2e server answers as of CHECK_TODAY
 * (playwright.config.ts). tests/rules/no-pinned-years.test.ts checks that the specs name no such
 * year or place list themselves.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** The day the server under test answers as of (playwright.config.ts passes it to the server). */
export const CHECK_TODAY = process.env.CHECK_TODAY ?? '2026-11-23';

/** The benefit year collected in the season CHECK_TODAY falls in: from September, the next year's. */
export const SEASON_YEAR = (() => {
  const [year, month] = CHECK_TODAY.split('-').map(Number) as [number, number];
  if (month < 9) throw new Error(`tests/e2e/data.ts: CHECK_TODAY ${CHECK_TODAY} is outside a collection season (September to December)`);
  return year + 1;
})();

type Entry = { from: string; value?: unknown; unknown?: string; confidence?: string };
type Block = { confidence: string; values: Entry[] };
type Row = { groups: string[]; tiersYuan: number[] };
type PlaceFile = { id: string; province?: string; residentWindow?: Block; residentContribution?: Block };

const dir = (rel: string) => fileURLToPath(new URL(`../../lib/rules/${rel}`, import.meta.url));
const read = (rel: string) => JSON.parse(readFileSync(dir(rel), 'utf8')) as PlaceFile;

/** The cities in the check's order, as regions/list.ts lists them. */
export function cities(): string[] {
  const list = readFileSync(dir('regions/list.ts'), 'utf8');
  const files = /export const REGION_FILES = \{([^}]*)\}/.exec(list)?.[1];
  if (!files) throw new Error('tests/e2e/data.ts: REGION_FILES not found in lib/rules/regions/list.ts');
  return files.split(',').map((s) => s.trim()).filter(Boolean);
}

/** A city's block, or its province's where the city does not give it. */
function block(city: string, name: 'residentWindow' | 'residentContribution'): Block | undefined {
  const file = read(`regions/${city}.json`);
  return file[name] ?? (file.province ? read(`provinces/${file.province}.json`)[name] : undefined);
}

/** The value the block states for benefit year `year` at confidence A or B (C is never stated), if any. */
function stated(b: Block | undefined, year: number): Entry | undefined {
  return b?.values.find((v) => v.from === `${year}-01-01` && v.value !== undefined && (v.confidence ?? b.confidence) !== 'C');
}

/**
 * The first city (in the check's order) with no window and no amounts for `year`, and both stated
 * for the year before: the result says "not in our sources" and shows last year's, the poster gives
 * last year's dates as local ones. Throws if every city has `year`: then move CHECK_TODAY on.
 */
export function placeWithoutYear(year = SEASON_YEAR): { region: string; lastYear: number; lastOpensOn: string; childYuan: number | null } {
  for (const region of cities()) {
    const window = block(region, 'residentWindow');
    const amounts = block(region, 'residentContribution');
    const hasYear = window?.values.some((v) => v.from === `${year}-01-01` && v.value !== undefined) || amounts?.values.some((v) => v.from === `${year}-01-01` && v.value !== undefined);
    const lastWindow = stated(window, year - 1);
    const lastAmounts = stated(amounts, year - 1);
    if (hasYear || !lastWindow || !lastAmounts) continue;
    const rows = (lastAmounts.value as { rows: Row[] }).rows;
    const child = rows.find((r) => r.groups.includes('resident-child'));
    return { region, lastYear: year - 1, lastOpensOn: (lastWindow.value as { opensOn: string }).opensOn, childYuan: child ? Math.min(...child.tiersYuan) : null };
  }
  throw new Error(`tests/e2e/data.ts: every city has ${year}年度 data; move CHECK_TODAY (playwright.config.ts) to a season we do not have`);
}
