/**
 * Fixture places for the cost tests: region files in the shape of lib/rules/regions/schema.ts with
 * made-up figures for benefit years we do not have (2029–2030), so the tests exercise the
 * mechanism (a place's subsidised-group rule, F4.4; a newborn period that runs into the next year,
 * F4.2) without pinning today's data. `fixturecity` states its rules (A), like Dazhou's F4.4 and
 * Guangzhou's F4.2; `fixturetown` holds a group rule only at confidence C (like Hangzhou, F7.14)
 * and no two-year rule.
 */
const access = {
  pupils: 'eligible',
  childrenWithPermit: 'eligible',
  childrenWithoutPermit: 'eligible',
  adultsWithPermit: 'eligible',
  adultsWithoutPermit: 'eligible',
  hmtWithPermit: 'eligible',
  foreignStudents: 'eligible',
  foreignPermanent: 'eligible',
  flexibleNonLocal: 'eligible',
};

function place(id: string, prefix: string, opts: { groupConfidence: 'A' | 'C'; paysEveryYear: boolean }) {
  const rows = (tiers: number[]) => ({ rows: [{ label: `${prefix}-everyone`, groups: ['resident-child', 'resident-pupil', 'resident-university', 'resident-working-age', 'resident-older'], tiersYuan: tiers, subsidyYuan: 900 }] });
  return {
    id,
    name: { 'zh-CN': `测试${id}`, en: `Test ${id}` },
    residentWindow: {
      description: 'Fixture collection period for two benefit years.',
      confidence: 'A',
      facts: ['F3.8'],
      sources: ['dazhou2026'],
      values: [
        { from: '2029-01-01', value: { opensOn: '2028-10-20', closesOn: '2029-02-28', coverStarts: '2029-01-01' } },
        { from: '2030-01-01', value: { opensOn: '2029-10-20', closesOn: '2030-02-28', coverStarts: '2030-01-01' } },
      ],
    },
    newbornWindow: {
      description: 'Fixture newborn window: 90 days to 6 months from birth.',
      confidence: 'A',
      facts: ['F4.2'],
      sources: ['newbornGzB'],
      values: [{ from: '2020-01-01', value: { shortest: { days: 90 }, longest: { months: 6 }, ...(opts.paysEveryYear ? { paysEveryYear: true } : {}) } }],
    },
    residentContribution: {
      description: 'Fixture individual contribution for two benefit years.',
      confidence: 'A',
      facts: ['F3.6'],
      sources: ['dazhou2026'],
      values: [
        { from: '2029-01-01', value: rows([480]) },
        { from: '2030-01-01', value: rows([500, 650]) },
      ],
      labels: { [`${prefix}-everyone`]: { 'zh-CN': `测试${id}：居民`, en: `Test ${id}: residents` } },
    },
    groupSubsidy: {
      description: 'Fixture subsidised-enrollment rule in the shape of Dazhou 2026年度 (F4.4).',
      confidence: opts.groupConfidence,
      facts: ['F4.4'],
      sources: ['dazhou2026'],
      values: [
        {
          from: '2030-01-01',
          value: {
            rules: [
              { groups: ['tekun', 'orphan', 'disability'], covers: 'whole-contribution' },
              { groups: ['dibao', 'monitored'], subsidyYuan: 350 },
            ],
          },
        },
      ],
    },
    nonLocalAccess: { description: 'Fixture: everyone may join.', confidence: 'A', facts: ['F2.2'], sources: ['gbf38Full'], values: [{ from: '2020-01-01', value: access }] },
    residentChannels: { description: 'Fixture ways to pay.', confidence: 'A', facts: ['F6.2'], sources: ['channelsGd'], values: [{ from: '2020-01-01', value: ['tax-app', 'bank'] }] },
    notes: [],
    extraMaterials: [],
  };
}

export const FIXTURE_CITY = place('fixturecity', 'fc', { groupConfidence: 'A', paysEveryYear: true });
export const FIXTURE_TOWN = place('fixturetown', 'ft', { groupConfidence: 'C', paysEveryYear: false });
