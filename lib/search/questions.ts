/**
 * The questions people actually ask, as they type them, and the guide each must find first. The
 * search page offers the first few as examples; tests/content/search.test.ts runs every one.
 */
import type { Locale } from '@/lib/i18n/routing';
import type { GuideSlug } from '@/lib/content/catalogue';

export const QUESTIONS: Record<Locale, ReadonlyArray<readonly [question: string, guide: GuideSlug]>> = {
  'zh-CN': [
    ['断缴了怎么办', 'lapses-and-waiting-periods'],
    ['灵活就业选哪个', 'flexible-workers'],
    ['新生儿怎么办', 'special-groups'],
    ['大学生在哪交', 'special-groups'],
    ['医保能退吗', 'refunds'],
    ['家庭共济', 'family-sharing'],
    ['重复参保', 'refunds'],
    ['电子凭证怎么领', 'digital-credential-and-card'],
    ['退休交满多少年', 'retirement'],
    ['退休了还交居民医保吗', 'retirement'],
    ['异地参保', 'moving-and-care-elsewhere'],
    ['新农合怎么交', 'resident-insurance'],
    ['医保卡丢了', 'digital-credential-and-card'],
    ['社保卡丢了怎么补办', 'digital-credential-and-card'],
    ['断保了还能补吗', 'lapses-and-waiting-periods'],
    ['个体户怎么交医保', 'flexible-workers'],
    ['自由职业者参保', 'flexible-workers'],
    ['忘记交医保了', 'missed-payment'],
    ['错过缴费期', 'missed-payment'],
    ['等待期多久', 'lapses-and-waiting-periods'],
    ['单位不给交医保', 'employee-insurance'],
    ['改名字以后医保怎么改', 'changing-details'],
    ['查缴费记录', 'checking-records'],
    ['帮父母办医保', 'acting-for-someone'],
    ['有人说交钱能免等待期是骗局吗', 'staying-safe'],
    ['低保户参保要交钱吗', 'special-groups'],
    ['外地看病怎么报销', 'moving-and-care-elsewhere'],
    ['居民医保交多少钱', 'resident-insurance'],
    ['港澳台居民怎么参保', 'special-groups'],
    ['用个人账户给孩子交医保', 'family-sharing'],
  ],
  en: [
    ['I missed the payment, what now', 'missed-payment'],
    ['my insurance lapsed', 'lapses-and-waiting-periods'],
    ['flexible worker which scheme', 'flexible-workers'],
    ['newborn baby', 'special-groups'],
    ['where do university students enroll', 'special-groups'],
    ['can I get a refund', 'refunds'],
    ['family sharing', 'family-sharing'],
    ['paid twice', 'refunds'],
    ['how to get the digital credential', 'digital-credential-and-card'],
    ['how many years before retirement', 'retirement'],
    ['retired, do I still pay resident insurance', 'retirement'],
    ['insurance when moving to another city', 'moving-and-care-elsewhere'],
    ['new rural cooperative medical scheme', 'resident-insurance'],
    ['lost my social security card', 'digital-credential-and-card'],
    ['self-employed', 'flexible-workers'],
    ['freelancer', 'flexible-workers'],
    ['how long is the waiting period', 'lapses-and-waiting-periods'],
    ['my employer does not pay my insurance', 'employee-insurance'],
    ['change my name', 'changing-details'],
    ['check my payment records', 'checking-records'],
    ['help my elderly parents enroll', 'acting-for-someone'],
    ['is this a scam', 'staying-safe'],
    ['how much does resident insurance cost', 'resident-insurance'],
    ['Hong Kong residents', 'special-groups'],
    ['treatment in another province', 'moving-and-care-elsewhere'],
  ],
};

/** How many of them the search page shows as examples. */
export const EXAMPLES = 10;
