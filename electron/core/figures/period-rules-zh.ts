/**
 * How Chinese text names a time, as named rules in the order they are tried: longer, more
 * specific forms first. Years are Gregorian unless a rule says (民国 years, 十四五).
 */
import { parseChineseInteger } from './numbers';
import { fiscal, months, partOfYear, year, yearForPart, years, ymd, ZH_QUARTER_SPAN, zhOrArabic } from './period-calendar';
import { plain, type PeriodRule } from './period-rules';

const ZH_DIGIT: Record<string, number> = { 〇: 0, 零: 0, 一: 1, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };
const RELATIVE_YEAR: Record<string, number> = { 今年: 0, 本年: 0, 明年: 1, 去年: -1, 前年: -2 };

/** A financial year in digits (2024/25年度, 2024-2025财政年度) and in words (二○二四至二五年度), its first year in group 1. */
const FISCAL_YEAR = /(?<!\d)(\d{4})\s*(?:至|—|–|-|\/|~)\s*(\d{2}|\d{4})\s*(?:课税|财政|财务)?年度/g;
const FISCAL_YEAR_IN_WORDS = /([〇○零一二三四五六七八九]{4})\s*(?:至|—|–|-|\/)\s*[〇○零一二三四五六七八九]{2,4}\s*(?:课税|财政|财务)?年度/g;

/** 二○二四 → 2024. */
function yearInWords(digits: string): number {
  return Number([...digits].map((c) => ZH_DIGIT[c === '○' ? '〇' : c]).join(''));
}

/** The last financial year a story names outright, in either form, as its first year. */
function lastFiscalYearNamed(before: string): number | null {
  // Fresh copies: the rules' own patterns keep their place (lastIndex) while the scan runs.
  let year: { at: number; value: number } | null = null;
  for (const m of before.matchAll(new RegExp(FISCAL_YEAR.source, 'g'))) if (!year || m.index >= year.at) year = { at: m.index, value: Number(m[1]) };
  for (const m of before.matchAll(new RegExp(FISCAL_YEAR_IN_WORDS.source, 'g'))) if (!year || m.index >= year.at) year = { at: m.index, value: yearInWords(m[1]!) };
  return year?.value ?? null;
}

export const ZH_PERIOD_RULES: readonly PeriodRule[] = [
  {
    name: 'fiscal-year',
    pattern: FISCAL_YEAR,
    read: (m, s) => plain(fiscal(Number(m[1]), s.label)),
  },
  {
    // 明年度, 下年度 in a story of Hong Kong's or Macau's budget: the financial year after the one the story falls in;
    // elsewhere (Taiwan's budget year is the calendar's), the next year.
    name: 'next-fiscal-year',
    pattern: /(?:明|下)(?:一个?)?(?:财政)?年度/g,
    read: (m, s) => {
      if (!s.ctx.ctxDate) return null;
      const y = Number(s.ctx.ctxDate.slice(0, 4));
      // 明年度国防预算 in Taiwan (whose budget year is the calendar year) or on the mainland: next year.
      if (!/港元|港府|香港|澳门|财政年度|\d{4}\s*\/\s*\d{2}\s*(?:财政)?年度/.test(s.folded)) return plain(year(y + 1, s.label));
      const april = s.ctx.ctxDate.slice(5) >= '04-01';
      return plain(fiscal(april ? y + 1 : y, s.label));
    },
  },
  {
    // 本财年, 今个财政年度, 上财年 in a Hong Kong story: the financial year (April to March) the story falls in, or
    // the one before. Macau's financial year is the calendar year, so only Hong Kong's words count.
    name: 'this-fiscal-year',
    pattern: /(本|今个|这个|上|上一个?|上个)财(?:政)?年(?:度)?(?:(?:首|头|前)\s*([一二三四五六七八九十\d]{1,2})\s*个?月)?/g,
    read: (m, s) => {
      // 财政储备 (fiscal reserves) is Hong Kong's word; a company's 财年 ends when its own year does.
      if (!s.ctx.ctxDate || !/港元|港府|香港|本港|财政司|库房|财政储备/.test(s.folded)) return null;
      const y = Number(s.ctx.ctxDate.slice(0, 4));
      // 公布二○二四至二五年度财务状况…本财政年度录得803亿港元赤字: the year the story has named is the one it means.
      const named = lastFiscalYearNamed(s.folded.slice(0, s.start));
      const current = named ?? (s.ctx.ctxDate.slice(5) >= '04-01' ? y : y - 1);
      const start = m[1]!.startsWith('上') ? current - 1 : current;
      const year = fiscal(start, s.label);
      if (!m[2]) return plain(year);
      // 本财年首10个月: April and the nine months after it.
      const months = zhOrArabic(m[2]);
      if (months === null || months > 12) return plain(year);
      const to = new Date(Date.UTC(start, 3 + months, 0)).toISOString().slice(0, 10);
      return plain({ ...year, to });
    },
  },
  {
    // 二○二四至二五年度, as Hong Kong's government writes its financial years.
    name: 'fiscal-year-in-words',
    pattern: FISCAL_YEAR_IN_WORDS,
    read: (m, s) => plain(fiscal(yearInWords(m[1]!), s.label)),
  },
  {
    // 首十个月, 前10个月, 今年头三个月, 2024年前11个月: the year's opening months, to the last one named.
    name: 'first-months',
    pattern: /(?:(今年|本年|去年|前年)|(?<!\d)(\d{4})\s*年)?(?:(?<![提超之以])前|首|头)\s*([一二三四五六七八九十\d]{1,3})\s*个?月(?!份?\d)/g,
    read: (m, s) => {
      const n = zhOrArabic(m[3]!);
      if (!n || n < 1 || n > 12) return null;
      let y: number | null;
      if (m[2]) y = Number(m[2]);
      else if (m[1]) y = s.ctx.ctxYear === null ? null : s.ctx.ctxYear + (RELATIVE_YEAR[m[1]] ?? 0);
      // A year-less span: the one the story can already report, so 前11个月 told in January is last year's.
      else if (s.sameParaYear !== null) y = s.sameParaYear;
      else y = s.ctx.ctxDate && s.ctx.ctxYear !== null ? (Number(s.ctx.ctxDate.slice(5, 7)) > n ? s.ctx.ctxYear : s.ctx.ctxYear - 1) : null;
      return y === null ? null : plain(months(y, 1, n, s.label));
    },
  },
  {
    name: 'year-range',
    pattern: /(?<!\d)(\d{4})\s*年?\s*(?:—|–|-|~|至|到)\s*(\d{4})\s*年/g,
    read: (m, s) => plain(years(Number(m[1]), Number(m[2]), s.label)),
  },
  {
    name: 'full-date',
    pattern: /(?<!\d)(\d{4})年(\d{1,2})月(\d{1,2})日/g,
    // An event date (a dateline) is not the period a figure covers; a stock
    // stated as at a date is (于2024年3月31日为…, 截至…).
    read: (m, s) => {
      if (!/(?:于|截至|截止|到|至)$/.test(s.before)) return null;
      const day = ymd(+m[1]!, +m[2]!, +m[3]!);
      return { period: { from: day, to: day, label: s.label } };
    },
  },
  {
    name: 'month-range',
    pattern: /(?<!\d)(\d{4})年(\d{1,2})\s*(?:—|–|-|~|至|到)\s*(\d{1,2})月/g,
    read: (m, s) => plain(months(Number(m[1]), Number(m[2]), Number(m[3]), s.label)),
  },
  {
    // Hong Kong and Taiwan set a space around numbers: 2025 年 3 月.
    name: 'month',
    pattern: /(?<!\d)(\d{4}) ?年 ?(\d{1,2}) ?月(?!\d{1,2}日)/g,
    read: (m, s) => plain(months(Number(m[1]), Number(m[2]), Number(m[2]), s.label)),
  },
  {
    name: 'part-of-year',
    // 2022年1-3季度, 2024年前三季度: a span of quarters before a single one.
    pattern: new RegExp(String.raw`(?<!\d)(\d{4}) ?年 ?(${ZH_QUARTER_SPAN}|第?[一二三四1-4]季度|第[一二三四1-4]季|首季度?|上半年|下半年)`, 'g'),
    read: (m, s) => plain(partOfYear(Number(m[1]), m[2]!, s.label)),
  },
  {
    // 到2025年底: from the story's year to that year's end.
    name: 'by-year',
    pattern: /(?:到|至|截至|截止)(\d{4})年(?:底|末)?/g,
    afterComparison: true,
    read: (m, s) => plain(s.ctx.ctxYear !== null && s.ctx.ctxYear <= Number(m[1]) ? years(s.ctx.ctxYear, Number(m[1]), s.label) : year(Number(m[1]), s.label)),
  },
  {
    // 期盼在2028年前, 2030年以前: a deadline, from the story's year to that year's end.
    name: 'before-year',
    pattern: /(?<!\d)(\d{4}) ?年(?:以前|之前|前)(?![\u4e00-\u9fff]{0,2}(?:相比|相较|比较|水平))/g,
    afterComparison: true,
    read: (m, s) => (s.ctx.ctxYear !== null && s.ctx.ctxYear <= Number(m[1]) ? plain(years(s.ctx.ctxYear, Number(m[1]), s.label)) : null),
  },
  {
    name: 'year',
    pattern: /(?<!\d)(\d{4}) ?年(?:度)?/g,
    read: (m, s) => {
      const y = Number(m[1]);
      return y >= 1900 && y <= 2100 ? plain(year(y, s.label)) : null;
    },
  },
  {
    // 明(2024)年, 今(2023)年: Taiwan's press writes the year it means beside the relative word.
    name: 'relative-with-year',
    pattern: /[今明去本]\s*[(（](\d{4})[)）]\s*年/g,
    read: (m, s) => plain(year(Number(m[1]), s.label)),
  },
  {
    name: 'relative',
    pattern: new RegExp(String.raw`(今年|本年|明年|去年|前年)(初|底|末|年初|年底)?(上半年|下半年|${ZH_QUARTER_SPAN}|第?[一二三四]季度|第[一二三四1-4]季度?|首季度?|(?<!\d)\d{1,2}\s*(?:—|–|-|~|至)\s*\d{1,2}月|\d{1,2}月(?!\d{1,2}日)|[一二三四五六七八九十]{1,2}月?\s*(?:—|–|-|~|至)\s*[一二三四五六七八九十]{1,2}月|[一二三四五六七八九十]{1,2}月(?![一二三四五六七八九十\d]{1,3}日))?`, 'g'),
    read: (m, s) => {
      if (s.ctx.ctxYear === null) return null;
      const y = s.ctx.ctxYear + (RELATIVE_YEAR[m[1]!] ?? 0);
      const part = m[3];
      if (!part) return plain(year(y, s.label));
      if (!/月$/.test(part)) return plain(partOfYear(y, part, s.label));
      // 1—5月 and 一月至三月 alike.
      const mm = /([一二三四五六七八九十\d]{1,2})月?(?:\s*(?:—|–|-|~|至)\s*([一二三四五六七八九十\d]{1,2}))?月/.exec(part)!;
      const a = zhOrArabic(mm[1]!);
      const b = mm[2] ? zhOrArabic(mm[2]) : a;
      return a && b && a >= 1 && b <= 12 && a <= b ? plain(months(y, a, b, s.label)) : null;
    },
  },
  {
    // 上月博彩毛收入錄得208.88億 told on 1 January 2026: the month, or the quarter, before the story's (or its own: 本月).
    // 当月 is left alone: it names a month the story gave before, not the story's.
    name: 'relative-month',
    pattern: /(上个?月|本月|上一?季度?|本季度?)/g,
    read: (m, s) => {
      // Only as a clause's time word (公布，上月博彩毛收入…): 比上月回落, 由上月的4.4% name a base of comparison, and
      // 上月 there counts from the month the story speaks of, not from the story's date.
      if (!s.ctx.ctxDate || !/(?:^|[\n，,。；;：:、\s（(]|公布|显示|表示|指出)$/.test(s.folded.slice(Math.max(0, s.start - 2), s.start))) return null;
      const y = Number(s.ctx.ctxDate.slice(0, 4));
      const month = Number(s.ctx.ctxDate.slice(5, 7));
      const back = m[1]!.startsWith('上') ? 1 : 0;
      if (/月$/.test(m[1]!)) {
        const at = month - back;
        return plain(at >= 1 ? months(y, at, at, s.label) : months(y - 1, 12, 12, s.label));
      }
      const quarter = Math.floor((month - 1) / 3) - back;
      return plain(quarter >= 0 ? months(y, quarter * 3 + 1, quarter * 3 + 3, s.label) : months(y - 1, 10, 12, s.label));
    },
  },
  {
    // 过去 5 年, as typeset in Hong Kong and Taiwan.
    name: 'span-of-years',
    pattern: /(过去|近|未来|今后) ?([一二三四五六七八九十两\d]{1,2}) ?年/g,
    read: (m, s) => {
      const ctxYear = s.ctx.ctxYear;
      const n = ctxYear === null ? null : zhOrArabic(m[2]!);
      if (ctxYear === null || !n) return null;
      return plain(m[1] === '未来' || m[1] === '今后' ? years(ctxYear, ctxYear + n - 1, s.label) : years(ctxYear - n, ctxYear - 1, s.label));
    },
  },
  {
    name: 'five-year-plan',
    pattern: /十([一二三四五六七八九])五/g,
    read: (m, s) => {
      const n = 10 + (parseChineseInteger(m[1]!) ?? 0);
      // The third plan began in 1966 after the 1963–65 adjustment years.
      const first = n >= 3 ? 1966 + 5 * (n - 3) : 1953 + 5 * (n - 1);
      // 是实施“十四五”规划的关键一年: the plan named as a document dates nothing after its own clause.
      const document = /^[”"」]?规划/.test(s.folded.slice(s.end, s.end + 3)) && /(?:实施|落实|编制|谋划|制定|推进|贯彻|完成)[“"「]?$/.test(s.before);
      return document ? { period: years(first, first + 4, s.label), local: true } : plain(years(first, first + 4, s.label));
    },
  },
  {
    name: 'part-of-context-year',
    pattern: new RegExp(String.raw`(上半年|下半年|${ZH_QUARTER_SPAN}|第?[一二三四]季度|第[一二三四1-4]季度?|首季度?(?![度]))`, 'g'),
    read: (m, s) => {
      const part = m[1]!;
      // The year in which the part began by the story date: the month it starts in, read off any year.
      const startMonth = Number(partOfYear(2001, part, '')?.from.slice(5, 7) ?? 1);
      const y = yearForPart(s.ctx, startMonth, s.sameParaYear);
      return y === null ? null : plain(partOfYear(y, part, s.label));
    },
  },
  {
    name: 'month-range-of-context-year',
    pattern: /(?<!\d)(\d{1,2})\s*(?:—|–|-|~|至)\s*(\d{1,2})月(?!\d{1,2}日)/g,
    read: (m, s) => {
      const y = yearForPart(s.ctx, Number(m[1]), s.sameParaYear);
      return y === null ? null : plain(months(y, Number(m[1]), Number(m[2]), s.label));
    },
  },
  {
    name: 'month-of-context-year',
    pattern: /(?<![\d年])(\d{1,2})月份?(?!\d{1,2}日|\d)/g,
    read: (m, s) => {
      const mo = Number(m[1]);
      const y = mo < 1 || mo > 12 ? null : yearForPart(s.ctx, mo, s.sameParaYear);
      return y === null ? null : plain(months(y, mo, mo, s.label));
    },
  },
  {
    // 全年, 年末: the year last named, else the story's.
    name: 'reference-year',
    pattern: /(?<![今去明前本上])(全年|年末|年底|年初)/g,
    read: (_m, s) => {
      const y = s.runningYear ?? s.ctx.ctxYear;
      return y === null ? null : plain(year(y, s.label));
    },
  },
  {
    // 二〇二五年
    name: 'year-in-numerals',
    pattern: /(?<![〇零一二三四五六七八九])([一二][〇零一二三四五六七八九]{3})年(?!代)/g,
    read: (m, s) => {
      const y = Number([...m[1]!].map((c) => ZH_DIGIT[c]).join(''));
      return y >= 1900 && y <= 2100 ? plain(year(y, s.label)) : null;
    },
  },
  {
    // A Minguo (ROC) year, as Taiwan dates its plans: 113年度 = 2024. Only where Taiwan's
    // calendar is in use: the story says 民国, or its other years are Minguo too.
    name: 'minguo-year',
    pattern: /(?:民国|中华民国)?(?<!\d)(1[0-2]\d)年度?(?!\d)/g,
    read: (m, s) => {
      const taiwan = /民国/.test(s.label) || /年度$/.test(s.label) || /(?:台湾|行政院|主计总处|立法院)/.test(s.folded);
      return taiwan ? plain(year(1911 + Number(m[1]), s.label)) : null;
    },
  },
  {
    // 今明两年光电并网目标为18GW、20GW
    name: 'this-year-and-next',
    pattern: /今明两年/g,
    read: (_m, s) => (s.ctx.ctxYear === null ? null : plain(years(s.ctx.ctxYear, s.ctx.ctxYear + 1, s.label))),
  },
  {
    // Where things stand on the day the story was written (光电目前是16GW); it speaks for its own sentence only.
    name: 'now',
    pattern: /(?<![从在比较与])(?:截至目前|到目前为止|目前|当前|现阶段)(?!的|为止)/g,
    read: (_m, s) => (s.ctx.ctxDate ? { period: { from: s.ctx.ctxDate, to: s.ctx.ctxDate, label: s.label }, sentenceOnly: true } : null),
  },
  {
    // A bare year heading a place or a line, as headlines and quotes print it: 2025北京全市…, 「2024 新重庆 开新局」.
    name: 'headline-year',
    pattern: /(?<![\d.\w]|\d,)((?:19|20)\d{2})(?=[\u4e00-\u9fff]{0,3}(?:全国|全省|全市|全区|全县|全港|全澳)|[ \u3000]+(?![个家人元万亿项所座台辆套吨件只名位条次岁])[\u4e00-\u9fff]{2})/g,
    read: (m, s) => plain(year(Number(m[1]), s.label)),
  },
  {
    // A heading that opens a review of a year: 回顾2023, 2023年回顾, 盘点2024. What follows is that year's.
    name: 'review-heading-year',
    pattern: /(?:回顾|回望|盘点)\s*((?:19|20)\d{2})(?![\d年])|(?<![\d.])((?:19|20)\d{2})(?:年)?(?:工作)?(?:回顾|盘点)/g,
    read: (m, s) => plain(year(Number(m[1] ?? m[2]), s.label)),
  },
];
