// @vitest-environment jsdom
import { describe, expect, it, vi } from 'vitest';
import { render } from '@testing-library/react';

vi.mock('next-intl/server', () => import('../intl-server'));
vi.mock('next/navigation', () => ({ useRouter: () => ({ push: vi.fn() }) }));

const { ResultView } = await import('@/components/wizard/ResultView');
const { evaluateRequest } = await import('@/lib/api/evaluate');
const { Answers, evaluate } = await import('@/lib/rules');

const norm = (s: string) => s.replace(/\s+/g, ' ').trim();

// The API's words are the result page's words: every sentence it gives for an outcome is on the
// page rendered for the same answers and day (the page is the reference; the API reads its components).
describe('the API words an outcome as the result page does', () => {
  const cases: Array<[string, string]> = [
    ['flexible worker in Beijing', 'v=1&w=self&r=beijing&a=35&s=flexible&h=local&g=none&c=none'],
    ['newborn', 'v=1&w=helper&r=elsewhere&a=0&b=2026-10-01&s=preschool&h=local&g=none&c=none'],
    ['non-local in Hangzhou', 'v=1&w=self&r=hangzhou&a=40&s=not-working&h=other-mainland&p=yes&g=none&c=none'],
    ['lapsed, special group, Guangzhou', 'v=1&w=self&r=guangzhou&a=50&s=not-working&h=local&g=dibao&c=resident-lapsed&ly=3'],
  ];
  for (const locale of ['zh-CN', 'en'] as const) {
    for (const [name, query] of cases) {
      it(`${name} (${locale})`, async () => {
        const { status, body } = await evaluateRequest(new URL(`http://localhost:3000/api/v1/evaluate?${query}&asOf=2026-11-23&locale=${locale}`));
        expect(status).toBe(200);
        const words = body.words as {
          options: Array<{ group: string; place: string; cost: string[]; window: string; wait: string; cover: string; channels: Array<{ text: string }>; materials: Array<{ text: string }> }>;
          deadline: string[]; nextSteps: Array<{ text: string }>; warnings: Array<{ text: string }>; reasons: Array<{ text: string }>; answers: Array<{ question: string; text: string }>;
        };
        const answers = Answers.parse(body.answers);
        render(await ResultView({ locale, outcome: evaluate(answers, { asOf: '2026-11-23' }), answers, resultUrl: 'http://localhost:3000/x', reminderHref: null }));
        const page = norm(document.body.textContent ?? '');
        const said = [
          ...words.deadline, ...words.nextSteps.map((s) => s.text), ...words.warnings.map((x) => x.text), ...words.reasons.map((r) => r.text),
          ...words.options.flatMap((o) => [o.group, o.place, ...o.cost, o.wait, o.cover, ...o.channels.map((c) => c.text), ...o.materials.map((m) => m.text)]),
          // "Who" only sets the wording; the page does not list it among the answers.
          ...words.answers.filter((a) => a.question !== 'who').map((a) => a.text),
        ];
        for (const text of said.map(norm)) expect(page, text).toContain(text);
        if (words.options.length > 1) for (const o of words.options) expect(page).toContain(norm(o.window));
      });
    }
  }
});
