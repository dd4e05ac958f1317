/**
 * The fact records the product cites (F1.1 … F7.16): parameters, engine reasons, scenario fixtures
 * and guide frontmatter refer to facts by these IDs. One record per fact, with a one-line
 * statement in our own words, the fact's confidence and the sources it rests on, by registry id.
 *
 * `confidence` is the tag the fact carries as a whole. Where it carries none, it is null, unless
 * the fact tags its main statement inside (F1.8, F6.5): then the lowest tag that applies to that
 * statement. Where a fact mixes levels (F7.14 is "C/B"), the lowest that applies to the main
 * statement. `note` says so, and records gaps ("GAP: …") and conflicting readings.
 *
 * Data only: `FactRecord` is the schema; tests/rules/facts.test.ts validates every record and
 * checks that every fact ID cited in the repo is here. A new fact is one more record, in ID order.
 */
import * as z from 'zod/mini';
import { CONFIDENCES } from './vocab';
import { isSourceId } from './source-registry';

const oneLine = (min: number) => z.string().check(z.minLength(min), z.regex(/^\S(?:[^\n\r]*\S)?$/, { message: 'one line, no leading or trailing space' }));

export const FactRecord = z.strictObject({
  id: z.string().check(z.regex(/^F\d+\.\d+$/, { message: 'fact IDs look like F2.7' })),
  title: oneLine(3),
  statement: oneLine(20),
  confidence: z.nullable(z.enum(CONFIDENCES)),
  /** Source registry ids (lib/rules/sources.data.json): the address, title and kind live there, once. */
  sources: z.array(z.string().check(z.refine(isSourceId, { message: 'not an id in lib/rules/sources.data.json' }))),
  note: z.optional(oneLine(3)),
});
export type FactRecord = z.infer<typeof FactRecord>;

export const FACTS: readonly FactRecord[] = [
  // 1. Enrollment types and who belongs where
  {
    id: 'F1.1',
    title: 'Who belongs in the employee scheme',
    statement:
      'Employers must enroll staff with a stable labour relationship, migrant workers with a contract included, in the employee scheme [职工基本医疗保险]; the self-employed without staff, part-timers without employer cover and other flexible workers may join it and pay the whole contribution themselves (Social Insurance Law art. 23).',
    confidence: 'B',
    sources: ['employeeWhoQa'],
  },
  {
    id: 'F1.2',
    title: 'Who belongs in the resident scheme',
    statement:
      'The resident scheme [城乡居民医保] is for every urban and rural resident not required to be in the employee scheme; migrant and flexible workers who cannot easily join the employee scheme may join it under local rules, and places must avoid duplicate enrollment (国发〔2016〕3号).',
    confidence: 'A',
    sources: ['gf2016'],
  },
  {
    id: 'F1.3',
    title: 'Choice for workers without a stable labour relationship',
    statement:
      'Workers tied to an employer are insured through it with both sides paying; those without a stable labour relationship may pick the employee scheme as flexible workers paying in full, or the subsidised resident scheme, and the January 2025 NHSA notice encourages the employee scheme where they work.',
    confidence: 'B',
    sources: ['workerRights2025', 'olleasF1_3'],
    note: 'The notice is known through a news flash; the second page, which dates it to January 2025, is only [C].',
  },
  {
    id: 'F1.4',
    title: 'No duplicate enrollment',
    statement:
      'Two or more paid-up enrollments for the same period, within one scheme or across the employee and resident schemes [重复参保], are in principle not allowed; the record kept is the place of work, of residence or of study, or the employee record after at least one continuous employee year, and records are linked nationally from the 2021 enrollment year.',
    confidence: 'A',
    sources: ['duplicate2020'],
  },
  {
    id: 'F1.5',
    title: 'No double enrollment for people who move',
    statement:
      'Under the interim rules on transferring basic medical insurance [基本医疗保险关系转移接续暂行办法], someone who moves for work, hukou or residence may neither hold two enrollments nor draw benefits twice.',
    confidence: 'A',
    sources: ['transfer2021'],
  },
  {
    id: 'F1.6',
    title: 'The resident scheme excludes people covered elsewhere',
    statement:
      'People who already have another medical-insurance arrangement fall outside the resident scheme (2019 NHSA and Ministry of Finance notice on resident medical coverage).',
    confidence: 'A',
    sources: ['notice2019'],
  },
  {
    id: 'F1.7',
    title: 'Retirees in the employee scheme',
    statement:
      'A member whose cumulative employee-scheme years reach the legally required minimum [国家规定年限] by retirement age keeps employee benefits without paying further; someone short of it may keep paying until the minimum is met (Social Insurance Law art. 27).',
    confidence: 'A',
    sources: ['ssLawArt27', 'lvshuolvdaF1_7', 'naskF1_7'],
    note: 'That qualifying retirees pay no individual premium under 国发〔1998〕44号 is cited through a [C] Q&A page.',
  },
  {
    id: 'F1.8',
    title: 'Employee or resident scheme, for someone who may choose',
    statement:
      'For a flexible worker the employee scheme means a personal account that family can share, years that count toward the retirement minimum and a local base-times-rate contribution usually paid monthly; the resident scheme has no personal account and a subsidised fixed yearly premium paid every year in the collection window.',
    confidence: 'B',
    sources: ['qituowangF1_8'],
    note: 'No tag on the fact as a whole; mixed levels: personal account [B], years toward the minimum [A via F1.7]. That the employee scheme reimburses more is only [C] and is left out; no percentages.',
  },

  // 2. 国办发〔2024〕38号 and its implementation
  {
    id: 'F2.1',
    title: 'The 2024 State Council guideline',
    statement:
      'The State Council General Office guideline on a long-term mechanism for basic medical insurance enrollment, 国办发〔2024〕38号, was published on 2024-08-01 together with a State Council policy briefing.',
    confidence: 'A',
    sources: ['cppjumpF2_1', 'bjjjsxF2_1', 'gbf38Xjb'],
    note: 'All copies are mirrors or news reports; no gov.cn copy.',
  },
  {
    id: 'F2.2',
    title: 'Hukou limits relaxed',
    statement:
      'Guideline 38 asks for wider access where people live or work: megacities must really accept a residence permit [居住证], non-local children may join the resident scheme where they live, megacities must drop hukou [户籍] conditions for flexible, migrant and platform workers, and university students are encouraged to enroll where they study.',
    confidence: 'A',
    sources: ['gbf38Full', 'csgo121F2_2', 'wuwenjieF2_2', 'gbf38Xjb'],
    note: 'NHSA said in August 2024 that only a very few megacities still kept hukou limits.',
  },
  {
    id: 'F2.3',
    title: 'Resident contributions to follow income',
    statement:
      'Guideline 38 calls for tying resident-scheme contributions to economic development and to per-capita disposable income; it sets no figure.',
    confidence: 'A',
    sources: ['gbf38Cls'],
  },
  {
    id: 'F2.4',
    title: 'Personal account shared with close relatives',
    statement:
      "Under guideline 38 an employee's personal account [个人账户] may pay close relatives' resident-scheme premiums and their out-of-pocket costs at designated providers, close relatives [近亲属] being as defined in the Civil Code.",
    confidence: 'A',
    sources: ['gbf38Cls', 'gbf38Xjb', 'sichuanSharing'],
  },
  {
    id: 'F2.5',
    title: 'Reward for continuous enrollment',
    statement:
      'From 2025, after four full continuous resident-scheme years each further continuous year may raise the serious-illness insurance [大病保险] cap, in principle by 1000 yuan or more, both rewards together staying within 20% of the local cap; a lapse restarts the count, re-enrollers may get a lower cap, and provinces set the amounts.',
    confidence: 'A',
    sources: ['rewards2025', 'waitSummary', 'yhxzzF2_5', 'jxzgglF2_5'],
  },
  {
    id: 'F2.6',
    title: 'Reward for a year without claims',
    statement:
      'From 2025 a resident-scheme member with no fund reimbursement in a year may get a higher serious-illness cap the next year, in principle by 1000 yuan or more, inside the same 20% ceiling as F2.5; the amount built up is reset once a claim draws on it.',
    confidence: 'A',
    sources: ['rewards2025', 'yhxzzF2_5'],
  },
  {
    id: 'F2.7',
    title: 'Waiting periods in the resident scheme',
    statement:
      'From 2025, apart from newborns and other special groups, anyone enrolling outside the concentrated enrollment period [集中参保期] or after a lapse waits a fixed 3 months plus, in principle, 1 month per extra lapsed year; paying for missed years removes variable months, a lapse of 4 years or more still leaves at least 6 months, nothing is reimbursed while waiting, and provinces set details.',
    confidence: 'A',
    sources: ['waitSummary', 'waitBriefing', 'waitLocalQa', 'waitReading1', 'waitReading2'],
    note: 'Conflicting readings of the variable month: one lapsed year gives 3+1 = 4 months, or the first lapsed year is inside the fixed 3 months (both readings only [C]); show the range and defer to the province.',
  },
  {
    id: 'F2.8',
    title: "People's Daily Q&A on waiting periods",
    statement:
      "People's Daily's Q&A (2024-08-22) notes that the Social Insurance Law has no rule on waiting periods though most areas already had them (Shanghai since 2012: 3 months for mid-year joiners other than newborns) and advises people who lapsed to pay in the late-payment window [补缴期] to shorten the variable wait.",
    confidence: 'A',
    sources: ['rmrbQa2024', 'lawLibF2_8'],
  },
  {
    id: 'F2.9',
    title: "When guideline 38's measures apply",
    statement:
      'Both enrollment rewards, the lower cap for people who lapse and the fixed and variable waiting periods apply from 2025; hukou relaxation and wider account sharing applied from publication in August 2024, with provincial implementing rules following.',
    confidence: 'A',
    sources: ['gahuanF2_9'],
    note: 'Stated plan (August 2024): account sharing across areas within every province by the end of 2024, across provinces pushed in 2025.',
  },
  {
    id: 'F2.10',
    title: "Fujian's implementing rules",
    statement:
      'Fujian (闽政办〔2025〕3号) collects resident premiums from 1 September to 31 December for cover from the next 1 January, lets people pay in January and February with cover from the payment day, lifts hukou limits for flexible, migrant and platform workers, gives continuously enrolled students at Fujian universities a longer benefit period, and yields to any national unified window.',
    confidence: 'A',
    sources: ['fujian2025'],
    note: 'Official text found only as a mirror.',
  },
  {
    id: 'F2.11',
    title: "Sichuan's implementing rules",
    statement:
      'Sichuan (October 2025) lifted hukou limits on enrolling where people work, lets students and children enroll where they live or study, lets university students pay for the whole course at once [按学制趸缴], and widened personal-account sharing to close relatives, including their costs at designated providers.',
    confidence: 'B',
    sources: ['sichuan2025', 'reportifyF2_11'],
    note: 'The reward amounts in the July 2025 draft (300000 yuan cap, +4000 yuan a step, 20% limit) were a draft [征求意见稿]; final amounts unverified.',
  },
  {
    id: 'F2.12',
    title: 'Local reward amounts vary',
    statement:
      'Reward amounts are set locally: Shangrao (Jiangxi) adds 3000 yuan per continuous year after four years and 3000 yuan after a year without claims, within the 20% ceiling.',
    confidence: 'B',
    sources: ['btalkworldF2_12'],
  },

  // 3. National standards, the enrollment window, late enrollment
  {
    id: 'F3.1',
    title: '2021 national resident standards',
    statement: 'For 2021 the government subsidy [财政补助] per resident was at least 580 yuan a year and the individual contribution 320 yuan.',
    confidence: 'A',
    sources: ['std2021'],
  },
  {
    id: 'F3.2',
    title: '2023 national resident standards',
    statement: 'For 2023 the subsidy was at least 640 yuan a year and the individual contribution 380 yuan, the baseline the 2024 notice builds on.',
    confidence: 'A',
    sources: ['std2023'],
  },
  {
    id: 'F3.3',
    title: '2024 national resident standards',
    statement:
      "The 2024 notice of NHSA, the Ministry of Finance and the tax administration raised the subsidy by 30 yuan to at least 670 and the individual share by 20 yuan to 400 a year (for the first time since 2016 the individual rise was the smaller one), and asked places to reward continuous enrollment and unify the collection window [集中征缴期] step by step.",
    confidence: 'A',
    sources: ['std2024', 'w23447743F3_3'],
    note: 'Both copies are mirrors.',
  },
  {
    id: 'F3.4',
    title: 'A national year is collected for the next benefit year',
    statement:
      'A local collection in autumn 2024 for the 2025 benefit year [2025年度] charged 400 yuan and cited the 2024 national 670/400 standard: a calendar year’s standard is collected for the following benefit year.',
    confidence: 'B',
    sources: ['mapping2025'],
  },
  {
    id: 'F3.5',
    title: '2025 national subsidy',
    statement:
      "The 2025 government work report [政府工作报告] raised the resident subsidy by 30 yuan per person, from 670 to 700 yuan (Hunan's 2025 funding: 400 individual plus 700 subsidy).",
    confidence: 'B',
    sources: ['subsidy2025'],
    note: 'GAP: the text of the national 2025 resident-coverage notice was not found.',
  },
  {
    id: 'F3.6',
    title: 'The 2026 benefit year as applied by Dazhou',
    statement:
      "Dazhou's official notice for the 2026 benefit year keeps the individual contribution at 400 yuan, raises the subsidy by 30 to 700 yuan and collects from 2025-10-20 to 2026-02-28.",
    confidence: 'A',
    sources: ['dazhou2026', 'bzfwyF3_6', 'phpSqjnqiF3_6'],
    note: 'Two [C] pages agree on 400 yuan for 2026年度.',
  },
  {
    id: 'F3.7',
    title: 'National standard for 2026',
    statement: 'The national resident standard for calendar year 2026 is not in our sources, so no 2026 national figure may be stated.',
    confidence: null,
    sources: [],
    note: 'GAP: neither the 2026 notice nor a figure from the 2026 government work report was found.',
  },
  {
    id: 'F3.8',
    title: 'The concentrated enrollment period',
    statement:
      'Residents usually pay in the autumn or winter of one year for cover from 1 January of the next; no single national calendar was found (the 2024 notice only promises gradual unification), and the local windows seen open between September and late November and close between 20 December and 28 February.',
    confidence: 'A',
    sources: ['guangzhouWindow2025C'],
    note: "Windows seen: Fujian (F2.10), Beijing (F7.1), Shanghai (F7.5), Hangzhou (F7.13), Dazhou (F3.6); Guangzhou's 2025年度 window is only [C].",
  },
  {
    id: 'F3.9',
    title: 'Enrolling outside the window',
    statement:
      'From 2025 enrolling after the window brings at least the 3-month wait plus any variable months (F2.7); whether a late payer also loses the government subsidy is a local rule, not a national one.',
    confidence: 'A',
    sources: ['jiusongjiankangF3_9', 'path411F3_9'],
    note: "Local examples: Beijing (F7.1); Guang'an's loss of the subsidy for late payers only [C]; a 2024年度 example of 1020 yuan and a 90-day wait [B].",
  },
  {
    id: 'F3.10',
    title: "A district bureau's waiting-period reminder",
    statement:
      'A district medical security bureau (2025-12-24) reminds residents that from 2025 missing the window or lapsing means at least 3 months of waiting plus 1 month per lapsed year.',
    confidence: 'B',
    sources: ['zhqWait'],
  },

  // 4. Special groups
  {
    id: 'F4.1',
    title: 'Newborns do not wait',
    statement: 'Newborns are among the special groups exempted from the waiting periods introduced in 2025 (F2.7).',
    confidence: 'A',
    sources: [],
    note: 'Sources: those of F2.7.',
  },
  {
    id: 'F4.2',
    title: 'Newborn enrollment windows are local',
    statement:
      'How long parents have to enroll a newborn is set by each city (often 90 days, elsewhere 3 months, 6 months or 180 days), so it is a per-city value; in Guangzhou a window that spans two years means paying both years for cover from birth.',
    confidence: null,
    sources: ['newbornGzB', 'bkwkF4_2', 'newbornGzC', 'newbornCq', 'jiusongjiankangF4_2', 'jiusongjiankangF4_2b', 'newbornCdC', 'ddtbkF4_2', 'husayF4_2', 'hzbddF4_2'],
    note: "No tag on the fact as a whole; examples range from [B] (Guangzhou 6 months, Chongqing 90 days) to [C]. Conflicting readings for Guangzhou: 6 months [B] vs 90 days [C]. Wuhan's waived birth-year premium was seen without a URL: unverified.",
  },
  {
    id: 'F4.3',
    title: 'University students',
    statement:
      'University students join the resident scheme where their school is and pay the local school-pupil rate with the same subsidy; a 2023 NHSA and Ministry of Education notice encourages full-time students to enroll at their university and asks that students in hardship be helped with premiums and costs.',
    confidence: 'A',
    sources: ['univ2008', 'univ2023', 'dsynewsF4_3', 'univNingbo'],
    note: "The notice number 医保办〔2023〕15号 and the 'no hukou or nationality limit' wording come from one school notice [B]. Duplicate records of a student: keep the place of study (F1.4).",
  },
  {
    id: 'F4.4',
    title: 'Subsidised enrollment for people in difficulty',
    statement:
      'Guideline 38 calls for tiered subsidised enrollment [分类资助参保] with amounts set locally; in Dazhou for 2026, people in extreme poverty [特困], orphans and people with severe disabilities have the whole individual premium paid, and minimum-allowance [低保] and monitored households 300 of the 400 yuan.',
    confidence: 'A',
    sources: ['dazhou2026', 'linyiF4_4', 'zengduF4_4', 'gaoxiao555F4_4'],
    note: "Other examples: 临沂 2023 and 曾都区 2022 [A]; Hangzhou's full payment rests on F7.14 [C]; the list of assistance categories is one local mirror [B].",
  },
  {
    id: 'F4.5',
    title: 'Veterans',
    statement:
      "Under the Military Insurance Law [军人保险法] arts. 23 and 24, a veteran joining the employee scheme has the military medical-insurance record and funds transferred, with years of service counted as contribution years; one joining the resident scheme follows the national rules.",
    confidence: 'A',
    sources: ['veteranLaw', 'jiangsu2022', 'veteranTaian'],
    note: 'No waiting period for just-discharged soldiers is sourced only locally (泰安, [C]); its national basis was not verified.',
  },
  {
    id: 'F4.6',
    title: 'Hong Kong, Macao and Taiwan residents',
    statement:
      'Under the 2019 interim measures (in force 2020-01-01), HK, Macao and Taiwan residents employed in the mainland must be in the employee scheme; the self-employed and flexible workers holding a residence permit [港澳台居民居住证] may join it, non-employed permit holders may join the resident scheme where they live, and university students join where they study.',
    confidence: 'A',
    sources: ['hmt2019'],
    note: 'A second full-text mirror is cited only with a truncated address (flfgsc.cn/law/…) and is left out of sources.',
  },
  {
    id: 'F4.7',
    title: 'Foreigners',
    statement:
      'Foreigners legally employed in China (work permit plus residence permit, or a permanent residence card [外国人永久居留身份证]) must be enrolled in the employee scheme by their employer (MOHRSS Order 16, 2011); no national right of non-employed foreigners to the resident scheme was found.',
    confidence: 'A',
    sources: ['ndgwwF4_7', 'foreign2011', 'kaizencpaF4_7', 'yzzsnetF4_7'],
    note: "The employer's 30-day registration deadline is only [C]; some cities admit permanent residents to the resident scheme (Guangzhou F7.9; Tianjin [C]): city-specific, unverified.",
  },

  // 5. The employee scheme
  {
    id: 'F5.1',
    title: 'National guideline rates for the employee scheme',
    statement:
      'The 1998 State Council decision [国发〔1998〕44号] puts the employer share at about 6% of payroll and the employee share generally at 2% of wages, retirees paying nothing; each pooling area sets and may adjust the actual rates.',
    confidence: 'A',
    sources: ['payroll1998', 'tiku818F5_1', 'naskF1_7'],
    note: 'An average employer rate of 7.43% (Shanghai 10%, Beijing 9%) is from an undated [C] page: unverified.',
  },
  {
    id: 'F5.2',
    title: "Flexible workers' base and rate are local",
    statement:
      'For flexible workers in the employee scheme the contribution base and rate are set locally and no national rate was found; Qingdao (2023), for example, lets them pick a base from 60% to 300% of the provincial average wage at 8.5%.',
    confidence: 'B',
    sources: ['healthQingdaonewsF5_2', 'olleasF1_3', 'jingyanlaF5_2', 'guangdongFlexible'],
    note: 'Hefei (60%, 6%) was seen without a URL and Fuzhou (60%, 10%) is [C]; Guangdong leaves both to each city [B].',
  },
  {
    id: 'F5.3',
    title: 'Employee-scheme gaps and back-payment',
    statement:
      'Under the 2021 interim transfer rules, a gap of at most 3 months before a transfer (or when someone insured at least 2 continuous years switches scheme with a change of job) may be back-paid under the new area’s rules, with cover from the payment month and for the gap; after a longer gap a pooling area may impose a wait of up to 6 months.',
    confidence: 'A',
    sources: ['transferGap2021', 'guanhaiF5_3', 'xuehuaF5_3', 'jiangsu2022'],
    note: "Conflicting local rule: Jiangsu's notice relaying it cuts the maximum wait from 6 to 3 months [B].",
  },
  {
    id: 'F5.4',
    title: 'Minimum contribution years for retirement',
    statement:
      "The number of employee-scheme years needed before retirement is set locally and no national figure was found; a city's years are stated only with an official local source, otherwise the person is told they may keep paying to make up the years (F1.7).",
    confidence: null,
    sources: ['minYearsC', 'jiusongjiankangF5_4', 'jiusongjiankangF5_4b', 'nnvmglF5_4'],
    note: 'No tag on the fact as a whole. City figures come only from [C] pages and conflict (Shanghai 15/15 or 15/10); one mirrored notice of an unnamed city [B] raises men from 25 to 30 and women from 20 to 25 from 2026-01-01.',
  },
  {
    id: 'F5.5',
    title: 'Family sharing of the personal account: where it stands',
    statement:
      'Personal-account sharing [家庭共济] covered spouse, parents and children from 2021 and all close relatives under guideline 38 (2024); by November 2024 every province shared across areas within the province, 23 had extended it to close relatives, and sharing across provinces was planned for 2025.',
    confidence: 'A',
    sources: ['sharing2024', 'nzpwF5_5'],
    note: 'Local practice: Dazhou through the 亲情账户 (F3.6); Beijing after registering the sharing arrangement [共济备案] (F7.1).',
  },
  {
    id: 'F5.6',
    title: 'When new employee cover starts',
    statement:
      "New employee-scheme cover usually starts the month after the employer's payment arrives; moving from the resident to the employee scheme can bring a local wait (one city: 3 months for employees, 6 for flexible workers, after short or broken cover).",
    confidence: 'C',
    sources: ['employeeStartC'],
    note: 'Local; unverified.',
  },

  // 6. Materials, payment channels, digital credential, care elsewhere, helplines
  {
    id: 'F6.1',
    title: 'Documents for a first resident-scheme enrollment',
    statement:
      "A first resident enrollment usually takes an ID card and/or the household register [户口簿]; non-local people usually add a residence permit [居住证] (for a child, a parent's permit and proof of relationship), a newborn needs the birth certificate [出生医学证明] and a guardian's ID, and the list varies by place.",
    confidence: null,
    sources: ['materialsHz', 'materialsWeihai', 'shbkF6_1', 'newbornGzC', 'beijingPhotoC', 'materialsGz'],
    note: "No tag on the fact as a whole; examples are [B] (Hangzhou, Weihai, Guangzhou) and [C] (Jining, Beijing's photo format). Students usually enroll through their school.",
  },
  {
    id: 'F6.2',
    title: 'Payment channels',
    statement:
      "Resident premiums are collected by the tax authority [税务] and can be paid online (tax e-portal, WeChat, Alipay, bank apps, the medical-insurance wallet [医保钱包]), from a relative's employee personal account, or at a tax office counter; the app names differ by province.",
    confidence: 'A',
    sources: ['dazhou2026', 'channelsZj', 'jiusongjiankangF6_2', 'channelsGd'],
    note: 'The official list is Dazhou’s [A]; Beijing (F7.1), Zhejiang and Guangdong are [B]; Hubei is [C]; Shanghai uses 随申办 (F7.5).',
  },
  {
    id: 'F6.3',
    title: 'The digital medical-insurance credential',
    statement:
      "NHSA's digital credential [医保电子凭证] is each insured person's unique identifier, shown as a dynamic QR code; it is activated without an office visit in the national medical-insurance service app, WeChat or Alipay, and family members can be linked to it.",
    confidence: 'B',
    sources: ['hnsjbF6_3', 'ccschyF6_3', 'jiusongjiankangF6_3'],
    note: 'UnionPay and bank apps, and the rules for adding family members in the app, are [C].',
  },
  {
    id: 'F6.4',
    title: 'Registering care in another province',
    statement:
      "Before care in another province, register [跨省异地就医备案] in the national app, the registration mini-program, the State Council client or at the home agency's counter; inpatient bills then settle directly at networked hospitals there, under the care location's lists and the home area's reimbursement policy.",
    confidence: 'B',
    sources: ['ccschyF6_4', 'kidbbsF6_4', 'gtuanbF6_4', 'jiusongjiankangF6_4'],
    note: 'Long-term and temporary registration types [B]; a temporary registration lasting at least 6 months and lower ratios for unreferred care are [C].',
  },
  {
    id: 'F6.5',
    title: 'Helplines',
    statement: '12393 is the national medical-insurance service hotline, 12366 the tax line for payment questions and 12333 the human resources and social security line.',
    confidence: 'B',
    sources: ['jiusongjiankangF6_5'],
    note: 'No tag on the fact as a whole: 12393 is [B] because several independent pages agree (no official launch notice found); dialling an area code first to reach a given area is [C]; 12366 and 12333 are cited by Beijing (F7.1) and Hangzhou (F7.13).',
  },
  {
    id: 'F6.7',
    title: 'No health check to enroll',
    statement:
      'No enrollment material in our sources asks for a health report [体检报告] or medical history: basic insurance is joined by residence, hukou and employment status, not health, so being asked for an enrollment health-check fee is a warning sign.',
    confidence: null,
    sources: [],
    note: 'No tag: an inference from the absence of any such requirement in F6.1, F4.3, F4.6, F4.7 and the regional facts; the opposite claim appears only in one undated [C] how-to article. (The numbering skips from F6.5 to F6.7.)',
  },
  {
    id: 'F6.8',
    title: 'Replacing a lost card',
    statement:
      'One how-to article says a lost card is replaced at the medical-insurance office counter with ID and a form in about 3 to 7 working days, the digital credential serving meanwhile; a social security card [社保卡] with a bank function should be reported lost at once through 12333, the electronic card or the bank.',
    confidence: 'C',
    sources: ['qituowangF1_8'],
    note: 'No official source.',
  },
  {
    id: 'F6.9',
    title: 'Refunds of a resident premium',
    statement:
      'How-to pages say a resident premium can be refunded, usually only if asked for before the benefit year starts, after paying twice, joining the employee scheme, a death, settling abroad or joining the army; the application goes to the medical-insurance or tax counter with ID, the payment record and proof of the reason, the money goes back to the paying account, and late applications are refused.',
    confidence: 'C',
    sources: ['refundHzbdd', 'refundJiusongjiankang'],
    note: 'No national refund rule in our sources; conditions, deadlines and materials are local. The national rule behind the cases is one record only (F1.4).',
  },

  // 7. Regions
  {
    id: 'F7.1',
    title: 'Beijing, 2026 benefit year',
    statement:
      "Beijing collected for 2026 from 2025-11-30 to 2026-02-28 with cover from 2026-01-01; individual premiums were 460 yuan for older residents, 435 for students and children and 795 for working-age residents, a person paying late for their own reasons waits 3 months, and payment can come from a personal account after sharing registration, 京通, the tax e-portal or banks.",
    confidence: 'B',
    sources: ['beijing2026'],
    note: 'Single wire-style report on a mirror; confirm with 北京市医保局. Subsidies: 4380, 1755 and 2355 yuan. Helplines 12333 and 12366.',
  },
  {
    id: 'F7.2',
    title: "Who may join Beijing's resident scheme without Beijing hukou",
    statement:
      'An undated Beijing Q&A admits children with a Beijing-hukou parent or accompanying a holder of a Beijing work-residence permit [工作居住证], postdocs’ children, non-local spouses of Beijing-hukou residents and holders of an HK/Macao/Taiwan residence permit, but not holders of an ordinary residence permit [居住证].',
    confidence: 'B',
    sources: ['beijingEligibility'],
    note: 'Whether Beijing now admits children with an ordinary residence permit, as guideline 38 requires (F2.2), is unverified.',
  },
  {
    id: 'F7.3',
    title: 'Beijing flexible workers and hukou',
    statement: 'One secondary page says flexible workers still need an urban Beijing hukou to join the employee scheme in Beijing.',
    confidence: 'C',
    sources: ['beijingFlexibleC'],
    note: 'Conflicts with guideline 38 (F2.2) and the January 2025 NHSA notice (F1.3); unverified, to be checked with Beijing’s medical security bureau.',
  },
  {
    id: 'F7.4',
    title: 'Beijing Puhui health cover is commercial',
    statement:
      '北京普惠健康保 is a commercial supplement for Beijing hukou holders or Beijing residence-permit holders insured elsewhere, with no age or health limit; it is not basic medical insurance.',
    confidence: 'B',
    sources: ['jgStaticEeoF7_4'],
  },
  {
    id: 'F7.5',
    title: 'Shanghai, 2026 benefit year',
    statement:
      'Shanghai collected for 2026 from early November to 2025-12-25 for cover through calendar 2026, at 700 yuan for people 70 and over, 870 for 60 to 69, 1040 for over 18 and under 60, and 400 for pupils, infants and university students; pupils and infants at Shanghai schools and nurseries join whatever their hukou, and people who lapsed wait 3 months or more.',
    confidence: 'B',
    sources: ['shanghai2026a', 'shanghai2026b', 'shanghai2025C'],
    note: 'Conflicting start dates: 2025-11-07 or 2025-11-11. The 2025年度 figures (655, 825, 995, 355) are only [C].',
  },
  {
    id: 'F7.6',
    title: 'Shanghai: non-local adults and flexible workers',
    statement: "Shanghai's rules for adults and flexible workers without Shanghai hukou are not in our sources.",
    confidence: null,
    sources: [],
    note: 'GAP: not found.',
  },
  {
    id: 'F7.7',
    title: 'Guangzhou, 2025 benefit year',
    statement:
      "Guangzhou's notice for 2025 (穗医保发〔2024〕23号) set individual premiums of 413 yuan for students and 549 for everyone else, with subsidies of 956 and 820, the national or provincial floor applying if it is higher; the 2024年度 figures were the same.",
    confidence: 'A',
    sources: ['guangzhou2025', 'guangzhou2024'],
    note: 'Official texts found only as mirrors.',
  },
  {
    id: 'F7.8',
    title: 'Guangzhou, 2026 benefit year',
    statement: "Guangzhou's figures for the 2026 benefit year are not in our sources.",
    confidence: null,
    sources: [],
    note: 'GAP: not found.',
  },
  {
    id: 'F7.9',
    title: "Who may join Guangzhou's resident scheme",
    statement:
      "Guangzhou's 2023年度 notice admits full-time students at any school in the city whatever their hukou, Guangzhou hukou holders outside the employee scheme, non-working family of talent-card holders, foreigners with permanent residence and non-working HK, Macao and Taiwan residents with a residence permit; that year's window ran from 2022-09-01 to 12-20.",
    confidence: 'B',
    sources: ['newbornGzB', 'materialsGz'],
  },
  {
    id: 'F7.10',
    title: 'Flexible workers in Guangdong',
    statement:
      'Guangdong (2021) lets working-age flexible workers (self-employed without staff, part-timers without employer cover, platform workers) join the employee scheme where they work in the province with no hukou limit, with ID and proof of employment registration, or in their hukou area with ID only; HK, Macao and Taiwan workers join where they live with a residence permit.',
    confidence: 'B',
    sources: ['guangdongFlexible'],
    note: 'Mirror of the provincial notice; a Southern Daily report on the draft is quoted secondhand. Base and rate are set per city.',
  },
  {
    id: 'F7.11',
    title: 'Shenzhen: non-local flexible workers',
    statement:
      "Flexible workers without Shenzhen hukou may apply on their own for Shenzhen's tier-1 basic insurance [一档] and pay all of it, getting local supplementary benefits and maternity medical costs but no maternity allowance [生育津贴].",
    confidence: 'B',
    sources: ['heegantimesF7_11'],
    note: 'Undated mirror, probably 2021–22; Shenzhen as a whole is low confidence.',
  },
  {
    id: 'F7.12',
    title: 'Shenzhen resident and children amounts',
    statement:
      "Shenzhen's resident and children's insurance amounts for 2025–26 are unverified: secondary pages disagree, so no amount is published until checked with Shenzhen's medical security bureau.",
    confidence: 'C',
    sources: ['greatbrookpropertiesF7_12', 'hzbddF7_12', 'jiusongjiankangF7_12', 'jiusongjiankangF7_12b'],
    note: "Tagged [C] only in its heading. Conflicting figures: 436.32, 472, 380 or 0.7% of 6409. A 2021 report [B] puts children's insurance in tier 2 with a September window and a one-year parental insurance condition for non-local pupils.",
  },
  {
    id: 'F7.13',
    title: 'Hangzhou urban districts, 2026 benefit year',
    statement:
      "Hangzhou's urban districts enrolled children, university students and other residents for 2026 from 2025-10-20 to 2025-12-25; non-local pupils at district schools and pre-school children with a parent holding a district Zhejiang residence permit may join the children's scheme, while other residents need district hukou and to be 18 or over.",
    confidence: 'B',
    sources: ['materialsHz'],
    note: 'Mirror of a 网易号 article. Helplines 12333 and 12366.',
  },
  {
    id: 'F7.14',
    title: 'Hangzhou amounts, 2026 benefit year',
    statement:
      'A city-guide site gives Hangzhou individual premiums for 2026 of 340 yuan for children, 130 or 100 for university students (by birth date) and 800 or 700 for other residents (two tiers), with the government paying in full for holders of a grade 1–2 disability card or a 特困, 低保 or 低保边缘 certificate.',
    confidence: 'C',
    sources: ['hangzhouAmountsC', 'jdzjwF7_14'],
    note: 'Tagged [C/B]; the lower level is kept since the figures come from a city-guide site. Conflicting 2025 figures on another [C] page: 330, 120 and 630 (one tier).',
  },
  {
    id: 'F7.15',
    title: 'Chengdu, 2026',
    statement:
      "Chengdu's 2026 resident scheme has a 740-yuan subsidy; adults pay 400 or 550 yuan (two tiers) and students and children, university students included, pay 400, with long-term-care insurance [长期护理保险] collected alongside.",
    confidence: 'B',
    sources: ['chengduWindow2025C', 'newbornCdC', 'chengdu2026'],
    note: 'GAP: the 2026 window end date is not verified. The 2025年度 window (2024-09-18 to 2025-02-28) and the 180-day newborn limit are [C]; the individual long-term-care amount is not captured.',
  },
  {
    id: 'F7.16',
    title: 'Wuhan',
    statement:
      'Secondary pages give Wuhan 2025年度 as 400 yuan individual with a subsidy of at least 670, payable through 楚税通, 鄂汇办, Alipay, the tax e-portal or community counters, with a 3-month wait after the window plus 1 month per lapsed year.',
    confidence: 'C',
    sources: ['jiusongjiankangF7_16', 'jiusongjiankangF4_2b'],
    note: 'GAP: 2026年度 not found.',
  },
];
