// @vitest-environment jsdom
import { describe, expect, it, vi } from 'vitest';
import { render, screen, within } from '@testing-library/react';
import type { Locale } from '@/lib/i18n/routing';

vi.mock('next-intl/server', () => import('../intl-server'));
vi.mock('next/navigation', () => ({ useRouter: () => ({ push: vi.fn() }) }));

const { ResultView } = await import('@/components/wizard/ResultView');
const { Answers, evaluate } = await import('@/lib/rules');
const { rulesWords } = await import('@/lib/wizard/words');
const { formatIsoDate } = await import('@/components/ui/FormattedDate');
const { secondPersonLeft } = await import('./voice');
const { firstYearWithNoValue } = await import('../data-years');

/** Renders the result for real answers and a real outcome, the way the result page does. */
async function show(input: Record<string, unknown>, asOf: string, locale: Locale = 'en') {
  const answers = Answers.parse(input);
  const outcome = evaluate(answers, { asOf });
  const reminderHref = outcome.reminder !== null ? `/${locale}/check/reminder?v=1` : null;
  render(await ResultView({ locale, outcome, answers, resultUrl: `http://localhost:3000/${locale}/check/result?v=1`, reminderHref }));
  // The rules' words in the result's voice (w=helper: TA / they).
  return { outcome, w: rulesWords(locale, { asOf, who: answers.who }), d: (iso: string) => formatIsoDate(iso, locale) };
}
const section = (id: string) => document.querySelector<HTMLElement>(`[data-section="${id}"]`) as HTMLElement;
const todo = (part: string) => section('todo').querySelector<HTMLElement>(`[data-todo="${part}"]`) as HTMLElement;
/** Warnings a person sees without opening anything: outside every <details>. */
const visibleWarnings = () => [...document.querySelectorAll('[data-warning]')].filter((el) => !el.closest('details'));

const today = '2026-11-23';
const flexibleBeijing = { who: 'self', region: 'beijing', age: 35, situation: 'flexible', hukou: 'local', groups: [], coverage: 'none' };
const newborn = { who: 'helper', region: 'elsewhere', age: 0, birthDate: '2026-10-01', situation: 'preschool', hukou: 'local', groups: [], coverage: 'none' };
const guangzhouNewborn = { ...newborn, region: 'guangzhou' };
const retiree = { who: 'self', region: 'shanghai', age: 65, situation: 'retired', retireeYears: 30, hukou: 'local', groups: [], coverage: 'employee-active' };
const hangzhouNonLocal = { who: 'self', region: 'hangzhou', age: 40, situation: 'not-working', hukou: 'other-mainland', permit: 'yes', groups: [], coverage: 'none' };

describe('ResultView: the to-do list comes first', () => {
  it('puts what to join, the numbered next steps, by when and the cost first, for the recommendation', async () => {
    const { outcome, w } = await show(flexibleBeijing, today, 'zh-CN');
    const main = document.querySelector('.result') as HTMLElement;
    const sections = [...main.querySelectorAll('[data-section]')].map((s) => s.getAttribute('data-section'));
    expect(sections[0]).toBe('todo');
    expect(sections.indexOf('compare')).toBe(1);
    expect(sections.slice(2, 6)).toEqual(['materials', 'channels', 'waiting', 'warnings']);
    const [first] = outcome.options;
    expect(todo('join')).toHaveTextContent(w(`groups.${first?.choice.group}`));
    expect(todo('join')).toHaveTextContent(w(`places.${first?.choice.where}`));
    const steps = within(todo('steps')).getAllByRole('listitem');
    expect(todo('steps').querySelector('ol')).not.toBeNull();
    expect(steps.map((li) => li.getAttribute('data-step'))).toEqual(outcome.nextSteps.map((s) => s.id));
    expect(outcome.deadline.kind).toBe('any-time');
    expect(todo('deadline')).toHaveTextContent('没有集中参保期，随时可以办理。');
    expect(todo('cost')).toHaveTextContent(w('contributionKinds.flexible-local'));
  });

  it('gives a sourced deadline a countdown and a reminder link (a newborn where the place’s own rule is sourced, in helper mode)', async () => {
    const { outcome, d } = await show(guangzhouNewborn, today);
    expect(outcome.deadline).toMatchObject({ kind: 'sourced', window: 'newborn' });
    if (outcome.deadline.kind !== 'sourced') throw new Error('expected a sourced deadline');
    const deadline = todo('deadline');
    expect(deadline).toHaveTextContent(`Enroll the baby by ${d(outcome.deadline.date)}`);
    expect(deadline).toHaveTextContent(`${outcome.deadline.daysLeft} days left`);
    // The countdown is screen-only: the printed sheet says "as of <date>" instead.
    expect(deadline.querySelector('.countdown')).not.toBeNull();
    const win = outcome.options[0]?.window;
    if (win?.kind !== 'newborn' || !win.closesOnLatest) throw new Error('expected a newborn window with a longest reading');
    expect(todo('more')).toHaveTextContent(d(win.closesOnLatest));
    expect(screen.getByRole('link', { name: /calendar reminder/ })).toHaveAttribute('href', '/en/check/reminder?v=1');
    expect(screen.getByText('This is the result for the person you are helping.')).toBeInTheDocument();
    expect(document.querySelector('[data-print-name]')).toHaveTextContent('Name: ____');
    expect(document.querySelector('.not-gov')).toHaveTextContent('not a government site');
  });

  it('gives a collection period in our sources its closing date and days left (Beijing, December 2025)', async () => {
    const { outcome, d } = await show({ ...flexibleBeijing, age: 40, situation: 'not-working' }, '2025-12-10', 'zh-CN');
    if (outcome.deadline.kind !== 'sourced') throw new Error('expected a sourced deadline');
    expect(todo('deadline')).toHaveTextContent(`${d(outcome.deadline.date)} 截止`);
    expect(todo('deadline')).toHaveTextContent(`还剩 ${outcome.deadline.daysLeft} 天`);
    expect(todo('cost').querySelector('[data-amount]')).toHaveTextContent(/\d+ 元\/年/);
  });

  it('turns an unsourced season into advice: "to be safe, act before", why, and never a countdown or 截止', async () => {
    const { outcome, w, d } = await show(hangzhouNonLocal, today, 'zh-CN');
    expect(outcome.deadline.kind).toBe('act-by');
    if (outcome.deadline.kind !== 'act-by') throw new Error('expected act-by');
    const deadline = todo('deadline');
    expect(deadline).toHaveTextContent(`为稳妥起见，请在 ${d(outcome.deadline.date)} 前办好。`);
    expect(deadline).toHaveTextContent('这只是建议：本站尚未收录当地 2027 年度的缴费日期。');
    expect(deadline.textContent).not.toMatch(/还剩|截止|天后/);
    expect(deadline.querySelector('.countdown')).toBeNull();
    expect(screen.queryByRole('link', { name: /日历提醒/ })).toBeNull();
    // The season, said plainly, and never "未公布" (which reads as "the government has not published").
    expect(todo('more')).toHaveTextContent('现在是 2027 年度城乡居民医保的集中缴费季：各地一般在秋冬季收费，具体日期由当地规定。 本站尚未收录当地 2027 年度的缴费日期和金额。');
    expect(section('todo').textContent).not.toContain('未公布');
    // The amount: not in our sources for 2027, with the last figures labelled by year and whose.
    expect(todo('cost')).toHaveTextContent('本站尚未收录 2027 年度金额');
    const national = todo('cost').querySelector('[data-whose="national"]');
    expect(national).toHaveTextContent('全国标准，2026 年度');
    // The region does not take this hukou: that comes first among the warnings.
    expect(visibleWarnings()[0]).toHaveAttribute('data-warning', 'region-does-not-accept-hukou');
    expect(todo('join')).toHaveTextContent(w('places.place-of-hukou'));
  });

  it('gives a newborn in a place whose own rule we do not hold other places\' shortest rule as advice: no countdown, no reminder (Beijing)', async () => {
    const { outcome, d } = await show({ ...newborn, region: 'beijing' }, today, 'zh-CN');
    expect(outcome.deadline).toMatchObject({ kind: 'act-by', basis: 'other-places-newborn' });
    expect(outcome.reminder).toBeNull();
    if (outcome.deadline.kind !== 'act-by') throw new Error('expected advice');
    const deadline = todo('deadline');
    expect(deadline).toHaveTextContent(`为稳妥起见，请在 ${d(outcome.deadline.date)} 前办好。`);
    expect(deadline).toHaveTextContent('这只是建议：本站没有收录当地的新生儿参保期限。这个日期是按其他地方最短的规定（出生后90天内）算的');
    expect(deadline.textContent).not.toMatch(/还剩|截止|按最短的当地规定/);
    expect(deadline.querySelector('.countdown')).toBeNull();
    expect(screen.queryByRole('link', { name: /日历提醒/ })).toBeNull();
  });

  it('says "act now" once the shortest newborn reading has passed, without a date to count down to', async () => {
    const { outcome } = await show({ ...newborn, birthDate: '2026-08-01' }, today);
    expect(outcome.deadline).toEqual({ kind: 'act-now', basis: 'newborn-shortest-passed' });
    expect(todo('deadline')).toHaveTextContent('Act as soon as possible.');
    expect(todo('deadline').textContent).not.toMatch(/days? left/);
  });
});

describe('ResultView: the options side by side', () => {
  it('compares every option in a table and in cards, each with an amount or an explicit "not in our sources"', async () => {
    // A season no file has figures for (the first year with no value, from the data, not today's).
    const year = firstYearWithNoValue();
    const { outcome, w } = await show(flexibleBeijing, `${year - 1}-11-23`);
    expect(outcome.options.length).toBeGreaterThan(1);
    const compare = section('compare');
    // The wide table (a phone has its own compact one: tests/components/compare.test.tsx).
    const table = within(compare.querySelector('.compare-table') as HTMLElement).getByRole('table');
    const headers = within(table).getAllByRole('columnheader');
    expect(headers).toHaveLength(outcome.options.length);
    outcome.options.forEach((o, i) => expect(headers[i]).toHaveTextContent(w(`groups.${o.choice.group}`)));
    expect(headers[0]).toHaveTextContent('Suggested');
    const rowHeaders = within(table).getAllByRole('rowheader').map((th) => th.textContent);
    for (const label of ['What it costs', w('features.cost-basis'), w('features.payment-rhythm'), w('features.personal-account'),
      w('features.counts-toward-retirement-years'), 'When to do it', 'Waiting period and cover start', 'Where to pay', 'Documents']) {
      expect(rowHeaders).toContain(label);
    }
    const amountCells = [...table.querySelectorAll('tr[data-row="amount"] td')];
    expect(amountCells).toHaveLength(outcome.options.length);
    for (const cell of amountCells) expect(cell.querySelector('[data-amount]')).not.toBeNull();
    const resident = outcome.options.findIndex((o) => o.choice.scheme === 'resident');
    expect(amountCells[resident]).toHaveTextContent(`Our sources do not yet have the ${year} amount`);
    // The last figures we hold, each labelled with its year and whose it is.
    const last = outcome.options[resident]?.contribution.lastPublished ?? [];
    const place = last.find((x) => x.whose === 'place');
    const national = last.find((x) => x.whose === 'national');
    if (!place || !national) throw new Error('expected the place\'s and the national last figures');
    const yuan = (n: number | undefined) => `${(n ?? NaN).toLocaleString('en')} yuan a year`;
    expect(amountCells[resident]?.querySelector('[data-whose="place"]')).toHaveTextContent(`benefit year ${place.benefitYear}: ${yuan(place.tiersYuan[0])}`);
    expect(amountCells[resident]?.querySelector('[data-whose="national"]')).toHaveTextContent(`National standard, benefit year ${national.benefitYear}: ${yuan(national.tiersYuan[0])}`);
    // The phone layout: one card per option (folded under the compact table), same rows.
    const cards = compare.querySelectorAll('article[data-option]');
    expect(cards).toHaveLength(outcome.options.length);
    for (const card of cards) expect(card.querySelectorAll('[data-row]')).toHaveLength(table.querySelectorAll('tbody tr').length);
    // Why the first is suggested, and what would change it.
    for (const id of outcome.recommendation.because) expect(compare).toHaveTextContent(w(`reasons.${id}`));
    for (const id of outcome.recommendation.wouldChange) expect(compare).toHaveTextContent(w(`changes.${id}`));
  });

  it('has no comparison for a single option (a retiree), and says there is nothing to pay by a date', async () => {
    const { outcome, w } = await show(retiree, today);
    expect(outcome.options).toHaveLength(1);
    expect(section('compare')).toBeNull();
    expect(todo('deadline')).toHaveTextContent('Nothing has to be done by a particular day.');
    expect(section('waiting')).toHaveTextContent('Already enrolled: covered now.');
    // A retiree with the years pays nothing: nothing on the page may tell them to keep paying.
    expect(document.body).not.toHaveTextContent(/pay on time|keep paying monthly/i);
    for (const id of outcome.recommendation.because) expect(section('why')).toHaveTextContent(w(`reasons.${id}`));
  });
});

describe('ResultView: details', () => {
  it('not enrolled last year: the fixed wait even inside the window, never 1 January (continuity, F2.7)', async () => {
    const { outcome } = await show(hangzhouNonLocal, today, 'zh-CN');
    const o = outcome.options[0];
    expect(o?.cover).toMatchObject({ kind: 'after-wait', minMonths: 3, maxMonths: 3, ifInWindow: null });
    expect(section('waiting')).toHaveTextContent('缴费后等待 3 个月，然后开始享受待遇。');
    expect(section('waiting')).toHaveTextContent('上一年度没有参保（未连续参保），即使在集中参保期内缴费，也有3个月固定等待期');
    expect(outcome.warnings.map((x) => x.id)).toContain('not-continuous-wait-in-window');
  });

  it('states cover start together with the waiting period, never the window date next to a wait', async () => {
    // Switching from the employee scheme: paying within the local period is what removes the wait.
    const { outcome, d } = await show({ ...hangzhouNonLocal, coverage: 'employee-active' }, today, 'zh-CN');
    const o = outcome.options[0];
    if (o?.cover.kind !== 'after-wait' || !o.cover.ifInWindow) throw new Error('expected cover after a wait');
    const waiting = section('waiting');
    // The range is said case by case, never as a bare "0–3 个月" (issue 20, item 4).
    expect(waiting).toHaveTextContent('等待期：符合连续参保、中断不超过规定月数等转换条件的，没有等待期；不符合这些条件的，3 个月');
    expect(waiting).not.toHaveTextContent(`${o.cover.minMonths}–${o.cover.maxMonths} 个月`);
    // Paid after the local period, the wait is the fixed one: the 0 in the range was only "paid in time".
    expect(waiting).toHaveTextContent(`在当地集中参保期内缴费的，从 ${d(o.cover.ifInWindow)} 起享受待遇；否则缴费后等待 3 个月。`);
  });

  it('shows at most three warnings, most important first; the rest fold into "why" with reasons, sources and fact IDs', async () => {
    const { outcome } = await show({ ...newborn, birthDate: '2026-08-01' }, today);
    expect(outcome.warnings.length).toBeGreaterThan(3);
    expect(visibleWarnings().map((el) => el.getAttribute('data-warning'))).toEqual(outcome.warnings.slice(0, 3).map((x) => x.id));
    const details = section('why').querySelector('details') as HTMLElement;
    expect([...details.querySelectorAll('[data-warning]')].map((el) => el.getAttribute('data-warning'))).toEqual(outcome.warnings.slice(3).map((x) => x.id));
    const reasons = details.querySelectorAll('[data-reason]');
    expect(reasons).toHaveLength(outcome.reasons.length);
    outcome.reasons.forEach((r, i) => {
      const li = reasons[i] as HTMLElement;
      // Its first two sources are cited (a copy as text, not a link: docs/sources.md).
      for (const src of r.sources.slice(0, 2)) expect(li.querySelector(`[data-source="${src.id}"]`), src.id).not.toBeNull();
      for (const f of r.facts) expect(li).toHaveTextContent(f);
    });
    // On paper, the folded "confirm locally" notes still print.
    for (const el of document.querySelectorAll('[data-print-flags] li')) expect(el.textContent?.length).toBeGreaterThan(0);
  });

  it('makes every hotline a tel: link, and does not state the area-code routing of 12393 as fact', async () => {
    await show(flexibleBeijing, today, 'zh-CN');
    const list = section('channels').querySelector('.hotlines') as HTMLElement;
    for (const n of ['12393', '12366', '12333']) {
      expect(within(list).getByRole('link', { name: new RegExp(n) })).toHaveAttribute('href', `tel:${n}`);
    }
    // The number in the sentence on the local area code is a link too.
    expect(section('channels').querySelector('.hotline-local a')).toHaveAttribute('href', 'tel:12393');
    // Numbers inside sentences (the next steps) are links too.
    const stepLinks = within(todo('steps')).getAllByRole('link').map((a) => a.getAttribute('href'));
    expect(stepLinks).toContain('tel:12393');
    expect(section('channels')).toHaveTextContent('本站尚未核实');
    expect(document.body.textContent).not.toMatch(/先拨区号，再拨/);
  });

  it('gives a tick-box checklist of the documents and the answers the result rests on, in words', async () => {
    const { outcome, w } = await show(hangzhouNonLocal, today, 'zh-CN');
    const materials = outcome.options[0]?.materials ?? [];
    expect(within(section('materials')).getAllByRole('checkbox')).toHaveLength(materials.length);
    for (const m of materials) expect(within(section('materials')).getByLabelText(w(`materials.${m}`))).toBeInTheDocument();
    const answers = section('answers');
    expect(answers).toHaveTextContent('参保地：杭州');
    expect(answers).toHaveTextContent('年龄：40 岁');
    expect(answers).toHaveTextContent(`户口：${w('questions.hukou.options.other-mainland')}`);
  });

  it('renders the QR code of the result link as inline SVG, for paper and for no-JS', async () => {
    await show({ ...flexibleBeijing, region: 'guangzhou', age: 30, situation: 'employee' }, today, 'zh-CN');
    const qr = within(section('share')).getByRole('img', { name: '扫码打开这个结果' });
    expect(qr.tagName.toLowerCase()).toBe('svg');
    expect(qr.innerHTML).toContain('path');
    expect(within(section('share')).getByRole('link', { name: 'http://localhost:3000/zh-CN/check/result?v=1' })).toBeInTheDocument();
  });
});

describe('ResultView: what it costs and how long the wait is, said for this person (issue 20, items 1, 2, 4)', () => {
  const adult = { who: 'self', region: 'elsewhere', age: 40, situation: 'not-working', hukou: 'local', coverage: 'none' };

  it('a 特困 person: "usually paid by the government — confirm locally" is the bold line; the standard amount is only context', async () => {
    const { outcome, w } = await show({ ...adult, groups: ['tekun'] }, '2025-10-01', 'zh-CN');
    const standard = outcome.contribution.tiersYuan;
    expect(standard.length).toBeGreaterThan(0);
    const cost = todo('cost');
    const bold = [...cost.querySelectorAll('[data-cost] .font-bold')].map((el) => el.textContent ?? '');
    expect(bold).toEqual([w('subsidyKinds.usually-full')]);
    for (const b of bold) expect(b).not.toMatch(/\d+ 元\/年/);
    expect(cost.querySelector('[data-standard-context]')).toHaveTextContent(`${standard[0]} 元/年`);
  });

  it('a newborn whose period runs into the next year: both benefit years, each with its figure, and "may need to pay both — confirm locally" first', async () => {
    // Born 2025-12-01: the shortest reading (90 days) ends in 2026.
    const { outcome } = await show({ ...adult, groups: [], age: 0, situation: 'preschool', birthDate: '2025-12-01' }, '2025-12-10', 'zh-CN');
    expect(outcome.contribution.alsoYears.map((c) => c.benefitYear)).toEqual([2026]);
    const cost = todo('cost');
    const first = cost.querySelector('[data-cost] > p') as HTMLElement;
    expect(first).toHaveAttribute('data-years-rule', 'confirm-locally');
    expect(first).toHaveTextContent('2025 年度和2026 年度');
    expect(first).toHaveTextContent('请向当地确认');
    expect([...cost.querySelectorAll('[data-benefit-year]')].map((el) => el.getAttribute('data-benefit-year'))).toEqual(['2025', '2026']);
    expect(cost.querySelector('[data-years-total]')).toHaveTextContent('如果每个年度都要交');
  });

  it('a wait after lapsed years: each case with its months (paid back or not), never a bare range', async () => {
    const { outcome } = await show({ ...adult, groups: [], coverage: 'resident-lapsed', lapseYears: 2 }, '2026-11-23', 'zh-CN');
    const wp = outcome.options[0]?.waitingPeriod;
    if (!wp || wp.cases.length < 2) throw new Error('expected a wait made of cases');
    const back = wp.cases.find((x) => x.id === 'back-paid');
    const not = wp.cases.find((x) => x.id === 'not-back-paid-readings');
    if (!back || !not) throw new Error('expected both cases');
    const waiting = section('waiting');
    expect(waiting).toHaveTextContent(`补缴了断缴年份的，${back.maxMonths} 个月`);
    expect(waiting).toHaveTextContent(`没有补缴的，${not.minMonths}–${not.maxMonths} 个月（“每多断保1年”有两种理解`);
    expect(waiting).not.toHaveTextContent(`${wp.minMonths}–${wp.maxMonths} 个月`);
  });
});

describe('ResultView: helper mode is a voice', () => {
  // A newborn, an employee, a resident renewing, a student and a flexible worker away from hukou.
  const people = [
    newborn,
    { ...flexibleBeijing, who: 'helper' },
    { ...hangzhouNonLocal, who: 'helper' },
    { who: 'helper', region: 'shanghai', age: 40, situation: 'employee', hukou: 'local', groups: [], coverage: 'none' },
    { who: 'helper', region: 'beijing', age: 70, situation: 'not-working', hukou: 'local', groups: ['dibao'], coverage: 'resident-active' },
    { who: 'helper', region: 'chengdu', age: 19, situation: 'university', hukou: 'other-mainland', permit: 'no', groups: [], coverage: 'resident-active' },
    { ...retiree, who: 'helper', retireeYears: 10 },
  ];

  it.each(['zh-CN', 'en'] as const)('says TA / they about the person, never 你 / you, in %s (what speaks to the helper aside)', async (locale) => {
    for (const input of people) {
      await show(input, today, locale);
      const page = (document.querySelector('.result') as HTMLElement).cloneNode(true) as HTMLElement;
      // The related guides are links to guides written for any reader ("…through your employer"),
      // by their titles: not sentences about the person.
      page.querySelector('[data-section="guides"]')?.remove();
      expect(secondPersonLeft(page.textContent ?? '', locale), JSON.stringify(input)).toEqual([]);
      document.body.innerHTML = '';
    }
  });

  it('words the same sentence in each voice (你已参加 → TA已参加; Where you study → Where they study)', async () => {
    const renewing = { who: 'self', region: 'beijing', age: 70, situation: 'not-working', hukou: 'local', groups: [], coverage: 'resident-active' };
    await show(renewing, today, 'zh-CN');
    expect(todo('steps')).toHaveTextContent('你已参加居民医保');
    document.body.innerHTML = '';
    await show({ ...renewing, who: 'helper' }, today, 'zh-CN');
    expect(todo('steps')).toHaveTextContent('TA已参加居民医保');
    expect(todo('steps')).not.toHaveTextContent('你');
    document.body.innerHTML = '';
    const student = { who: 'helper', region: 'chengdu', age: 19, situation: 'university', hukou: 'other-mainland', permit: 'no', groups: [], coverage: 'none' };
    await show(student, today, 'en');
    expect(todo('join')).toHaveTextContent('Where they study');
    expect(document.querySelector('h1')).toHaveTextContent('Their result');
  });
});
