/**
 * Family sharing (家庭共济) names whom it covers and where (F2.4 [A], F5.5 [A]): spouse, parents and
 * children from 2021; close relatives (近亲属, the Civil Code's list: also siblings, grandparents
 * and grandchildren on both sides) under the 2024 national rules, adopted by provinces at different
 * times (confirm locally); across areas within one province everywhere, across provinces ask first.
 */
import { describe, expect, it } from 'vitest';
import { evaluate, type Answers } from '../../lib/rules';
import { rulesWords } from '../../lib/wizard/words';

const resident: Answers = { who: 'helper', region: 'beijing', age: 40, situation: 'not-working', hukou: 'local', groups: [], coverage: 'none' };
const sharingWarning = (asOf: string) => evaluate(resident, { asOf }).warnings.find((w) => w.id === 'family-sharing-register-first');

describe('family sharing wording', () => {
  it('names the close relatives from August 2024, and only spouse, parents and children before', () => {
    const now = sharingWarning('2026-11-27');
    const before = sharingWarning('2024-03-01');
    expect(now?.params).toEqual({ relatives: 'close' });
    expect(before?.params).toEqual({ relatives: 'immediate' });
    const zh = rulesWords('zh-CN', { asOf: '2026-11-27', who: 'helper' });
    const en = rulesWords('en', { asOf: '2026-11-27', who: 'helper' });
    const zhNow = zh('warnings.family-sharing-register-first', now?.params);
    for (const r of ['配偶', '父母', '子女', '兄弟姐妹', '祖父母', '外祖父母', '孙子女', '外孙子女']) expect(zhNow).toContain(r);
    expect(zhNow).toContain('请向当地确认'); // provinces adopted the wider circle at different times
    expect(en('warnings.family-sharing-register-first', now?.params)).toMatch(/grandparent or grandchild on either side.*confirm locally/);
    const zhBefore = zh('warnings.family-sharing-register-first', before?.params);
    expect(zhBefore).toContain('配偶、父母或子女');
    expect(zhBefore).not.toContain('祖父母');
  });

  it('says the in-province condition in both locales, on every date', () => {
    for (const asOf of ['2024-03-01', '2026-11-27']) {
      const params = sharingWarning(asOf)?.params;
      expect(rulesWords('zh-CN', { asOf })('warnings.family-sharing-register-first', params)).toMatch(/同一省内参保的可以跨地区共济；不在同一个省的，先问/);
      expect(rulesWords('en', { asOf })('warnings.family-sharing-register-first', params)).toMatch(/within the same province is possible; if the two are in different provinces, first ask/);
    }
    // The reason is true on both sides of the widening (its date is the parameter's, shown beside it).
    expect(rulesWords('zh-CN', { asOf: '2026-11-27' })('reasons.family-sharing')).toMatch(/先是配偶、父母、子女；国家文件把范围扩大到近亲属后，还包括兄弟姐妹、祖父母/);
  });
});
