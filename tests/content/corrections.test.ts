/**
 * The corrections of issue 14, held as tests over the guide sources and the rules wording: each
 * test names the defect it keeps out. (How the figures render is tested in tests/components.)
 */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { routing } from '@/lib/i18n/routing';
import { publishedSlugs, readGuideMeta } from '@/lib/content/guides';
import { FIGURE_ARGUMENTS, FACTS } from '@/lib/rules';
import rulesZh from '@/content/messages/rules/zh-CN.json';
import rulesEn from '@/content/messages/rules/en.json';
import zh from '@/content/messages/zh-CN.json';
import en from '@/content/messages/en.json';

const mdx = (slug: string, locale: string) => readFileSync(path.join('content', 'guides', slug, `${locale}.mdx`), 'utf8');
/** The guide's text without its frontmatter. */
const body = (slug: string, locale: string) => mdx(slug, locale).replace(/^---\r?\n[\s\S]*?\r?\n---\r?\n/, '');
const all = () => publishedSlugs().flatMap((slug) => routing.locales.map((locale) => ({ slug, locale, text: body(slug, locale) })));
/** Sentences (or list items) of a text. */
const sentences = (text: string) => text.split(/(?<=[。！？])|(?<=\.)\s+|\n/).map((s) => s.trim()).filter(Boolean);

function leaves(value: unknown, prefix = ''): Array<[string, string]> {
  if (value && typeof value === 'object') return Object.entries(value).flatMap(([k, v]) => leaves(v, prefix ? `${prefix}.${k}` : k));
  return [[prefix, String(value)]];
}

describe('newborns: no waiting period only when enrolled within the local limit (F2.7, F4.1)', () => {
  it('every sentence that exempts newborns from the wait states the condition', () => {
    for (const { slug, locale, text } of all()) {
      for (const s of sentences(text)) {
        const zhExempt = /新生儿/.test(s) && /(不受|不用过|不用等待|免设|除外|不设)/.test(s) && /等待/.test(s);
        const enExempt = /newborn/i.test(s) && /(exempt|no waiting period|no resident-insurance waiting)/i.test(s);
        if (locale === 'zh-CN' && zhExempt) expect(s, `${slug}/${locale}`).toMatch(/期限内/);
        if (locale === 'en' && enExempt) expect(s, `${slug}/${locale}`).toMatch(/within the (local )?(time )?(limit|period)/i);
      }
    }
  });

  it('"covered from birth" is never stated as a general rule: it is named as some cities\' rule', () => {
    for (const { slug, locale, text } of all()) {
      for (const s of sentences(text)) {
        if (/从出生(之日|那天)起/.test(s)) expect(s, `${slug}/${locale}`).toMatch(/有的城市|例如广州|能不能/);
        if (/covered from (the day of )?birth/i.test(s)) expect(s, `${slug}/${locale}`).toMatch(/some cities|Guangzhou|whether/i);
      }
    }
    for (const [key, text] of [...leaves(rulesZh), ...leaves(rulesEn)]) {
      // Only as some places' rule, or as something a late enrollment may lose: never promised.
      if (/从出生之日起享受|covered from (the day of )?birth/.test(text)) expect(text, key).toMatch(/可能不再|may no longer|有的地方|some places/);
    }
  });
});

describe('the employee-gap rule is the rule for moving between areas (F5.3); a gap in the same place is local', () => {
  it('every guide that shows the employee waiting table says what it is for', () => {
    for (const { slug, locale, text } of all()) {
      if (!text.includes('<WaitingPeriods scheme="employee" />')) continue;
      expect(text, `${slug}/${locale}`).toMatch(locale === 'zh-CN' ? /转移接续|换到另一个地方|换地方/ : /转移接续|another place|moving/);
      expect(text, `${slug}/${locale}`).toMatch(locale === 'zh-CN' ? /同一个地方/ : /same place/);
    }
  });

  it('Jiangsu\'s single source is not generalised', () => {
    for (const { slug, locale, text } of all()) expect(text, `${slug}/${locale}`).not.toMatch(/江苏等地|Jiangsu and (some )?other|such as Jiangsu/);
    for (const [key, text] of [...leaves(rulesZh), ...leaves(rulesEn), ...leaves(zh), ...leaves(en)]) {
      expect(text, key).not.toMatch(/江苏等地|Jiangsu and some other|有的省份最长|some provinces up to/);
    }
  });
});

describe('flexible workers see the employee scheme\'s channels, not the resident scheme\'s', () => {
  it('the flexible-workers guide uses <PaymentChannels scheme="flexible" /> and nothing else', () => {
    for (const locale of routing.locales) {
      const text = body('flexible-workers', locale);
      expect(text).toContain('<PaymentChannels scheme="flexible" />');
      expect(text).not.toMatch(/<PaymentChannels\s*\/>|<PaymentChannels scheme="resident"/);
    }
  });
});

describe('figures come from the rules, not typed in prose', () => {
  it('the 1998 guideline rates are read from the parameters and said to be the 1998 national guideline (F5.1)', () => {
    for (const locale of routing.locales) {
      const text = body('employee-insurance', locale);
      expect(text).toContain('<Figure of="employerPct" />');
      expect(text).toContain('<Figure of="employeePct" />');
      expect(text).toMatch(/1998/);
    }
    for (const { slug, locale, text } of all()) expect(text, `${slug}/${locale}`).not.toMatch(/\b[26]\s?%|[26]％/);
  });

  it('"one continuous year", "23 provinces", "under 16" and the 2025 start of the waits are not typed', () => {
    for (const { slug, locale, text } of all()) {
      const where = `${slug}/${locale}`;
      expect(text, where).not.toMatch(/满\s?1\s?年|at least 1 (full |continuous )?year/);
      expect(text, where).not.toMatch(/23\s?个省|23 provinces/);
      expect(text, where).not.toMatch(/16\s?岁|under 16|16 or older/);
      for (const s of sentences(text)) if (/等待期|waiting period|大病保险|serious-illness/i.test(s)) expect(s, where).not.toMatch(/2025/);
    }
    const used = new Set(all().flatMap(({ text }) => [...text.matchAll(/<Figure of="([^"]+)" \/>/g)].map((m) => m[1])));
    for (const f of ['keepEmployeeYears', 'employerPct', 'employeePct', 'waitRulesFromYear', 'rewardYears']) expect(used, f).toContain(f);
    for (const f of used) expect(FIGURE_ARGUMENTS as readonly string[]).toContain(f);
  });

  it('the rules wording states no national figure in digits (warnings, reasons, waiting reasons)', () => {
    // Digits allowed: the helplines; "1 year" as the unit of the per-year rules and the quoted policy
    // phrase "每多断保1年" with its two readings; and 1 January as the start of a benefit year (a calendar
    // year).
    const allowed = [/12393|12366|12333/g, /每多断保1年|每多断缴1年|每多连续参保1年|每补缴1年|断1年|断满2年|1st lapsed year|the 2nd/g, /1月1日|1 January/g];
    for (const rules of [rulesZh, rulesEn]) {
      for (const ns of ['warnings', 'reasons', 'waitReasons'] as const) {
        for (const [key, text] of leaves(rules[ns])) {
          const bare = allowed.reduce((t, re) => t.replace(re, ''), withoutArguments(text));
          expect(bare, `${ns}.${key}: ${text}`).not.toMatch(/\d/);
        }
      }
    }
  });
});

/** An ICU message without its arguments (nested select branches included). */
function withoutArguments(text: string): string {
  let out = '';
  let depth = 0;
  for (const ch of text) {
    if (ch === '{') depth++;
    else if (ch === '}') depth--;
    else if (depth === 0) out += ch;
  }
  return out;
}

describe('plain reading', () => {
  it('no source notes inside sentences: sources are listed at the end', () => {
    for (const { slug, locale, text } of all()) {
      const where = `${slug}/${locale}`;
      expect(text, where).not.toMatch(/据转引|据商业网站|商业网站报道|据[^，。]{0,20}(介绍|报道|通知|资料|指南)|据报道/);
      expect(text, where).not.toMatch(/according to|a commercial website/i);
    }
  });

  it('"not published" reads as "not in our sources yet"', () => {
    for (const [key, text] of [...leaves(zh), ...leaves(rulesZh)]) expect(text, key).not.toMatch(/未公布/);
    for (const [key, text] of leaves(en)) expect(text, key).not.toMatch(/not published/i);
    expect(zh.Figures.notPublished).toBe('本站尚未收录');
  });

  it('12393: the number is the hotline; calling it with an area code is only ever "reported"', () => {
    for (const { slug, locale, text } of all()) {
      for (const s of sentences(text)) {
        if (/区号/.test(s)) expect(s, `${slug}/${locale}`).toMatch(/有资料|没有找到|未核实|没有核实/);
        if (/area code/i.test(s)) expect(s, `${slug}/${locale}`).toMatch(/some sources|not (found|verified)|no official/i);
      }
    }
    for (const [key, text] of [...leaves(zh.Footer), ...leaves(en.Footer)]) if (/区号|area code/i.test(text)) expect(text, key).toMatch(/未核实|没有核实|not verified/);
  });

  it('cross-province family sharing is in place since 2025, not a plan for later', () => {
    for (const slug of ['family-sharing', 'faq']) {
      expect(body(slug, 'zh-CN')).toMatch(/跨省共济从2025年起推行|从2025年起推进跨省共济，这已经是在做的事/);
      expect(body(slug, 'en')).toMatch(/(rolled out|pushed cross-province sharing forward) since 2025/);
      expect(body(slug, 'en')).not.toMatch(/would be pushed forward/);
    }
  });
});

describe('the answers people ask for (issue 14, part 4)', () => {
  it('a refunds guide in both locales: national vs local, whom to ask, the four cases', () => {
    expect(publishedSlugs()).toContain('refunds');
    const zhText = body('refunds', 'zh-CN');
    for (const w of ['交重了', '参加了职工医保', '去世', '出国定居', '12393', '12366', '医保经办机构', '由当地定']) expect(zhText).toContain(w);
    const enText = body('refunds', 'en');
    for (const w of ['paid twice', 'employee insurance during the year', 'died', 'Settling abroad', '12393', '12366', 'decided locally']) expect(enText).toContain(w);
    for (const locale of routing.locales) expect(readGuideMeta('refunds', locale).facts).toEqual(expect.arrayContaining(['F1.4', 'F6.9']));
    // F6.9 is confidence C: the refund practice is only ever "reported".
    expect(FACTS.find((f) => f.id === 'F6.9')?.confidence).toBe('C');
    expect(zhText).toMatch(/有报道说|有办事网站/);
    expect(enText).toMatch(/Reports say|How-to websites/);
  });

  it('no health report or medical history is needed to enroll; a "health check fee" is a warning sign (F6.7)', () => {
    for (const slug of ['resident-insurance', 'faq', 'staying-safe']) {
      expect(body(slug, 'zh-CN'), slug).toMatch(/体检费/);
      expect(body(slug, 'en'), slug).toMatch(/health check fee/);
    }
    expect(body('resident-insurance', 'zh-CN')).toMatch(/没有一份要体检报告或病史/);
  });

  it('a lost social security card is reported at once; offline replacement in 3–7 working days only as reported (F6.8)', () => {
    const zhText = body('digital-credential-and-card', 'zh-CN');
    expect(zhText).toMatch(/挂失/);
    const days = sentences(zhText).find((s) => s.includes('3–7 个工作日'));
    expect(days).toMatch(/有办事文章说/);
    expect(zhText).toMatch(/没有核实/);
    const enText = body('digital-credential-and-card', 'en');
    expect(sentences(enText).find((s) => s.includes('3–7 working days'))).toMatch(/A how-to article says/);
    for (const locale of routing.locales) expect(readGuideMeta('digital-credential-and-card', locale).facts).toContain('F6.8');
  });
});
