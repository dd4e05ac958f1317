/**
 * A query as people type it, made into search tokens: the words people actually use are widened
 * to the words the guides use (新农合 → 居民医保, 医保卡 ↔ 社保卡, 断保 → 断缴, 个体户 / 自由职业 →
 * 灵活就业 …), and the question words (怎么办, 吗, where, how…) are dropped.
 */
import type { Locale } from '@/lib/i18n/routing';
import { fold, tokens, type Token } from './text';

/**
 * Synonyms. `same`: the typed words mean exactly the guides' words, so they are searched in their
 * place, at full weight (新农合 is 居民医保). `near`: related words, searched as well, at a lower
 * weight (医保卡 also finds 医保电子凭证). Left sides are matched in the folded query (NFKC, lower
 * case, 缴 → 交), so write them that way.
 */
type Synonym = readonly [RegExp, string, 'same' | 'near'];
export const SYNONYMS: Record<Locale, readonly Synonym[]> = {
  'zh-CN': [
    [/新农合|农村合作医疗|新型农村合作医疗|合作医疗|城镇居民医保|城乡医保|农合/g, '城乡居民医保', 'same'],
    [/医保卡|社保卡/g, '社保卡', 'same'],
    [/医保卡|社保卡/g, '医保卡 医保电子凭证', 'near'],
    [/丢了|丢失|掉了|补办|挂失|补卡|坏了/g, '挂失 补办 丢了', 'near'],
    [/断保|断交|停保/g, '断交', 'same'],
    [/断保|断交|没交|漏交|停保|中断/g, '断保 补交', 'near'],
    [/忘记交|忘了交|忘交|错过|过了截止|晚交|没赶上/g, '错过 忘记交', 'near'],
    [/个体户|个体工商户|自由职业者|自由职业|打零工|零工|外卖骑手|外卖员|骑手|网约车司机|网约车|快递员/g, '灵活就业', 'same'],
    [/灵活就业/g, '灵活就业人员', 'near'],
    [/退费|退钱|退款|退保|退回/g, '退费', 'same'],
    [/能退|退吗|退不退|能不能退/g, '退费', 'near'],
    [/刚出生|宝宝|婴儿|生孩子|小孩出生/g, '新生儿', 'same'],
    [/上大学|大学里/g, '大学生', 'same'],
    [/外地|外省|跨省|另一个地方|换城市|搬家/g, '异地', 'near'],
    [/电子凭证|医保码|电子医保卡|医保二维码|电子医保/g, '医保电子凭证', 'same'],
    [/共济|给家人交|帮家人交|给父母交|给孩子交|个人账户/g, '家庭共济 个人账户', 'near'],
    [/交了两次|交重|两份|重复交|交了两份|两边都交/g, '重复参保 交重了', 'same'],
    // A retired (or older) member of the resident scheme keeps paying every year: lead to that section, not to "退休后不用再交".
    [/(退休|老人|老年)[^，。？]{0,8}(居民医保|城乡居民|一直交|每年交)|(居民医保|城乡居民)[^，。？]{0,8}(退休|老人|老年)/g, '居民医保 退休 每年还要交', 'near'],
    [/退休|养老/g, '退休 缴费年限', 'near'],
    [/交满|交够|交多少年|最低年限|年限/g, '缴费年限 退休', 'near'],
    [/等多久|多久能报销|多久才能报销/g, '等待期', 'same'],
    [/体检|病历|病史/g, '体检 病史', 'near'],
    [/改名字|改名|身份证号|信息变更|改信息|手机号|信息不对/g, '修改个人信息', 'same'],
    [/查记录|查交费|查询|查一下/g, '查询 记录', 'near'],
    [/代办|帮父母|帮老人|替家人|帮别人|委托|代交/g, '帮别人办理', 'near'],
    [/骗子|骗局|诈骗|上当|可疑|假的|骗/g, '骗局 谨防上当 安全办理', 'near'],
    [/低保户|低保|特困|残疾|困难|孤儿|资助/g, '分类资助参保 困难群众', 'near'],
    [/单位|公司|老板|上班/g, '单位 职工医保', 'near'],
    [/多少钱|交多少|金额|费用/g, '交多少钱', 'near'],
    [/什么时候交|几月|截止|参保期|交费期/g, '什么时候交 集中交费期', 'near'],
    [/香港|澳门|台湾/g, '港澳台居民', 'same'],
    [/外籍|老外/g, '外国人', 'same'],
    [/看病|报销|住院/g, '看病 报销', 'near'],
    [/户口|户籍|居住证/g, '户口 居住证', 'near'],
  ],
  en: [
    [/new rural cooperative( medical)?( scheme| insurance)?|rural cooperative|cooperative medical( scheme)?|xinnonghe|nrcms/g, 'resident insurance', 'same'],
    [/medical card|insurance card|medical insurance card/g, 'social security card', 'same'],
    [/\bcard\b/g, 'social security card digital credential', 'near'],
    [/\blost\b|\blose\b|replace|replacement|damaged|stolen/g, 'lost replace', 'near'],
    [/stopped paying|didn.?t pay|not paid|unpaid/g, 'lapse', 'same'],
    [/\blapse|\bgap\b/g, 'lapse gap back-pay', 'near'],
    [/forgot|missed|too late|deadline passed/g, 'missed forgot collection period', 'near'],
    [/self-employed|self employed|freelancers?|gig work(ers?)?|delivery riders?|ride-hailing drivers?|couriers?|odd jobs?/g, 'flexible worker', 'same'],
    [/refunds?|money back|repay/g, 'refund money back', 'same'],
    [/\bbaby\b|babies|infants?/g, 'newborn', 'same'],
    [/college|\bstudents?\b/g, 'university student', 'near'],
    [/another city|other city|another province|other province|elsewhere|moving|move to|relocat\w*|out-of-area|out of area/g, 'another place elsewhere moving', 'near'],
    [/qr code|e-card|credential/g, 'digital credential', 'near'],
    [/family|relatives?|spouse|sharing|personal account|my (child|children|kids?)/g, 'family sharing personal account', 'near'],
    [/twice|duplicate|both schemes|two insurances|double/g, 'duplicate twice', 'near'],
    // A retired (or older) member of the resident scheme keeps paying every year (see the zh-CN rule).
    [/(retire\w*|elderly|older|old age)[^.?]{0,40}resident insurance|resident insurance[^.?]{0,40}(retire\w*|elderly|older|old age)/g, 'resident insurance retired keep paying every year', 'near'],
    [/retire\w*|pension/g, 'retirement contribution years', 'near'],
    [/how many years|minimum years|contribution years/g, 'contribution years retirement', 'near'],
    [/how long|\bwait\b/g, 'waiting period', 'near'],
    [/health check|medical check|medical records?|medical history|physical exam\w*/g, 'health check medical history', 'near'],
    [/change my name|name change|id number|personal details|phone number|wrong details/g, 'changing personal details', 'near'],
    [/records?|look up|receipts?/g, 'check records', 'near'],
    [/on behalf|for someone|help my|helping|for my (parents|mother|father|mum|dad)|elderly parents/g, 'acting for someone else', 'near'],
    [/scam|fraud|fake|suspicious|cheat/g, 'scam staying safe', 'near'],
    [/dibao|poverty|disab\w*|hardship|orphans?|subsid\w*/g, 'subsidised enrollment hardship', 'near'],
    [/employer|company|boss/g, 'employer employee insurance', 'near'],
    [/how much (does it|do i|will it|is it) cost|how much do i pay|\bcosts?\b|\bprice\b/g, 'how much pay', 'same'],
    [/how much|amount/g, 'how much pay', 'near'],
    [/deadline|what month|which month/g, 'collection period when pay', 'near'],
    [/hong kong|macao|macau|taiwan/g, 'hong kong macao taiwan residents', 'near'],
    [/foreigners?|foreign nationals?|expats?/g, 'foreign nationals', 'near'],
    [/hospital|treatment|doctor/g, 'treatment hospital', 'near'],
    [/hukou|household registration|residence permit/g, 'hukou residence permit', 'near'],
  ],
};

/**
 * Question words that say nothing about the topic, removed from a Chinese query: the phrases
 * wherever they are, the single characters only where the word segmenter finds them as a word on
 * their own (so 就 goes in 就去办, not in 就业).
 */
const ZH_STOP_PHRASES = ['可不可以', '怎么办', '怎么样', '能不能', '是不是', '有没有', '要不要', '怎么', '怎样', '如何', '什么', '哪里', '哪个', '哪儿', '哪些', '在哪', '请问', '一下'];
const ZH_STOP_WORDS = new Set([
  '可以', '能否', '需要', '我们', '吗', '呢', '吧', '了', '的', '我', '你', '他', '她', '还', '就', '都', '是', '在', '要', '能', '会', '有', '和', '与', '或', '么', '啊', '该', '去', '得', '说', '人',
]);
const zhSegmenter = new Intl.Segmenter('zh', { granularity: 'word' });

function stripZhStop(text: string): string {
  let t = text;
  for (const w of ZH_STOP_PHRASES) t = t.split(w).join(' ');
  return [...zhSegmenter.segment(t)].map((p) => (ZH_STOP_WORDS.has(p.segment) ? ' ' : p.segment)).join('');
}

export type Query = {
  /** What was typed, trimmed and shortened to at most 100 characters. */
  text: string;
  /** Tokens of the query itself. */
  own: Token[];
  /** Tokens the synonyms add (searched with a lower weight). */
  added: Token[];
  /** Words to highlight in snippets: the query's own words and the synonyms' words. */
  marks: string[];
};

export const MAX_QUERY = 100;

export function parseQuery(raw: string, locale: Locale): Query {
  const text = raw.normalize('NFKC').replace(/\s+/g, ' ').trim().slice(0, MAX_QUERY);
  let folded = fold(text);
  const expansions: string[] = [];
  for (const [re, words, kind] of SYNONYMS[locale]) {
    re.lastIndex = 0;
    if (!re.test(folded)) continue;
    // A `same` synonym is searched in place of what was typed, at full weight.
    if (kind === 'same') folded = folded.replace(re, ` ${words} `);
    else expansions.push(words);
  }
  let stripped = folded;
  if (locale === 'zh-CN') stripped = stripZhStop(stripped);
  const own = [...new Set(tokens(stripped, locale))];
  const added = [...new Set(tokens(expansions.join(' '), locale))].filter((t) => !own.includes(t));
  const words = (s: string) => s.split(/[\s,，。、？?！!]+/).filter((w) => w.length > (locale === 'en' ? 2 : 1));
  const marks = [...new Set([...words(stripped), ...expansions.flatMap(words)])];
  return { text, own, added, marks };
}
