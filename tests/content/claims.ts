/**
 * Claims the guides and the season notice must never make bare, each with the qualifier that has
 * to stand in the same paragraph, list item or table row (issue 20, "the guides and the season
 * notice say nothing the check contradicts"). Data, read by tests/content/claims.test.ts.
 *
 * A claim is found in one sentence: every `claim` pattern matches it (after `ignore` is cut out).
 * It is allowed when its unit (paragraph, list item, table row, message) matches every pattern of
 * one of the `qualifiers` groups.
 */
import { PROFILES } from '@/lib/rules';

/** The places with their own data, by name in each locale (read from the region files, never listed here). */
const placeNames = (locale: 'zh-CN' | 'en') => Object.values(PROFILES).map((p) => p.name[locale].replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|');
/** A table row or list item that starts with a place's name: what it says is that place's rule. */
const startsWithPlace = (locale: 'zh-CN' | 'en') => new RegExp(`^(\\|\\s*|[-*]\\s+)(\\*\\*)?(${placeNames(locale)})`);

export type Claim = {
  id: string;
  /** What the bare claim would tell a reader, and why the check contradicts it. */
  why: string;
  claim: Record<'zh-CN' | 'en', RegExp[]>;
  /** Text cut out of a sentence before the claim is looked for (another document of the same name, …). */
  ignore?: Record<'zh-CN' | 'en', RegExp>;
  /** Any one group, all of its patterns, in the same unit. */
  qualifiers: Record<'zh-CN' | 'en', RegExp[][]>;
  /** Messages that head a table with one row per place (each row is that place's rule), by key. */
  perPlace?: RegExp;
};

export const CLAIMS: Claim[] = [
  {
    id: 'cover-from-1-january',
    why:
      'Paying within the collection period gives cover from 1 January only to someone enrolled last year too; ' +
      'anyone else (first time, or after a gap) has the fixed waiting period even inside the window (F2.7 [A]), as the check says.',
    claim: {
      'zh-CN': [/(缴费期|参保期|期限)(内|里)|这段时间里|还没结束|截止(日期)?(以)?前/, /1月1日|\{cover\}|新的一年照常|元旦/],
      en: [/\b(within|inside|during)\b[^.]*\bperiod|pay within it|not (yet )?(closed|ended|passed)|still open|before the (deadline|closing day)/i, /1 January|January 1|\{cover\}|(new|next) year as usual|(continues|covered) in the new year/i],
    },
    qualifiers: {
      'zh-CN': [[/去年|上一年|连续参保|没有断/, /等待期/]],
      en: [[/last year|continuous|without a break/i, /wait/i]],
    },
  },
  {
    id: 'residence-permit-is-enough',
    why:
      'A 居住证 does not open resident insurance everywhere: Hangzhou admits adults only with urban-district hukou (F7.13), ' +
      'and Beijing\'s list of non-local people who may join leaves out a plain 居住证 (F7.2).',
    claim: {
      'zh-CN': [/居住证/],
      en: [/residence permit|居住证/i],
    },
    // The Hong Kong, Macao and Taiwan residents' permit and the foreigners' papers are other documents, with their own rules (F4.6, F4.7).
    ignore: {
      'zh-CN': /港澳台居民居住证|外国人永久居留身份证|工作居住证/g,
      en: /港澳台居民居住证(\s*\([^)]*\))?|HMT residence permit|residence permit for Hong Kong, Macao and Taiwan residents|work permit plus a residence permit|permanent residence/gi,
    },
    qualifiers: {
      'zh-CN': [[/各地|有的地方|不是每个地方|不一定|看地方/], [startsWithPlace('zh-CN')]],
      en: [[/depends on the place|some places|not every|not everywhere|differ/i], [startsWithPlace('en')]],
    },
    // The table of whether non-local children may join, one row per place (<NonLocalChildren />).
    perPlace: /^Figures\.nonLocal\./,
  },
  {
    id: 'pay-at-a-community-service-point',
    why:
      'That premiums can be paid at a community or village service point rests only on [C] reports (Hubei, F6.2; Wuhan, F7.16): ' +
      'said only as a report we have not verified.',
    claim: {
      'zh-CN': [/社区（村）服务点|社区或村|村、社区/, /交钱|交费|缴费|代收|在哪里交/],
      en: [/community or village service point|in the community or village/i, /\bpay|collect/i],
    },
    qualifiers: {
      'zh-CN': [[/有报道说|有资料/, /没有核实/]],
      en: [[/reports? say/i, /not verified/i]],
    },
  },
  {
    id: 'university-students-pay-the-pupils-rate',
    why:
      'The 2008 State Council opinion set students\' contribution and subsidy by the local pupils\' standard (F4.3); places now set their own ' +
      '(Hangzhou charges university students differently, F7.14): the rule is given with its year, not as today\'s.',
    claim: {
      'zh-CN': [/中小学生的?标准/, /大学生|学生|个人缴费/],
      en: [/rate for school pupils|pupils' (rate|standard)/i],
    },
    qualifiers: {
      'zh-CN': [[/2008/, /各地|有的地方/]],
      en: [[/2008/, /each place|some places/i]],
    },
  },
];
