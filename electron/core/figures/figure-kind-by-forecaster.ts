/**
 * Who made a forecast decides what it is. A forecast an official body makes of a whole year, before the
 * year or in its first half, is the benchmark the year is held to: 'the Ministry of Trade and Industry
 * expects the economy to grow by 0.5 per cent to 2.5 per cent in 2023', 'the bureau expects … 46 million
 * this year', 旅发局总干事表示，预计全年访港旅客数目有望达到2600万人次. Every labeller of the real pairs
 * read such a forecast as the year's target, and editors hold the outcome to it.
 *
 * An analyst's, a bank's or an international body's forecast stays a projection, and so does any forecast
 * made late in the year: by then it estimates the outcome rather than setting a mark for it.
 */
import type { ExtractionContext } from '../../../shared/domain/figure';
import { spansOneYear } from './figure-kind-by-period';
import type { Working } from './working';

/** One kind of speaker, as data: the words that name it in each language. */
interface Forecaster {
  name: string;
  zh: RegExp | null;
  en: RegExp | null;
}

/** Public bodies whose forecasts of a year set the benchmark the year is judged by. */
export const OFFICIAL_FORECASTERS: readonly Forecaster[] = [
  {
    name: 'government',
    zh: /政府|当局|国务院|特首|行政长官|[省市区县州]长(?![期远江沙春治寿])|首相|总理(?!府)/,
    en: /\b(?:government|administration|cabinet|prime minister|premier)\b/i,
  },
  {
    name: 'finance ministry or budget',
    zh: /财政部|财长|财政司司长|财政司|预算案|施政报告|政府工作报告|财政预算/,
    en: /\b(?:treasury|treasurer|finance (?:minister|ministry|secretary)|financial secretary|chancellor|budget|office for budget responsibility|OBR)\b/i,
  },
  {
    name: 'ministry, department or bureau',
    // 格局, 布局, 开局: words in 局 that are no bureau; 部 only in the ministries' own names.
    zh: /(?<![格布大开结全])局(?![面势部限])|署|处(?=(?:长|今年|日前|早前|年初)?(?:预计|预测|预估|表示|指出))|主计总处|委员会|发改委|商务部|交通运输部|文化和旅游部|住房和城乡建设部|人力资源和社会保障部|部长/,
    en: /\b(?:ministry|minister|department|bureau|(?:monetary|tourism|statistics|planning|transport|housing|energy|ports?) authority|(?:tourism|tourist) board|council|MTI|DOT)\b/i,
  },
  {
    name: 'central bank',
    zh: /中央银行|央行|人民银行|金管局|金融管理局|储备银行/,
    en: /\b(?:central bank|reserve bank|monetary authority|federal reserve|bank negara|bangko sentral|bank of (?:england|canada|japan|korea|thailand|ghana|israel|uganda|jamaica|mexico|tanzania|zambia|botswana|namibia|mauritius)|state bank of pakistan|MAS|RBI|RBA|RBNZ|SARB|BSP|CBN|BoE|BoJ)\b/i,
  },
];

/**
 * Speakers whose forecasts are never a government's benchmark: analysts, banks and rating agencies,
 * international bodies, research houses. Named anywhere in the sentence, they keep it a projection.
 */
export const OTHER_FORECASTERS: readonly Forecaster[] = [
  {
    name: 'analysts and economists',
    zh: /分析师|经济学家|券商|机构(?:预计|预测)|市场(?:预计|预期)|调查显示|研究院|研究所|智库|学者/,
    en: /\b(?:analysts?|economists?|consensus|poll|survey|forecasters|think[- ]tank|institute|researchers?|consultancy|rhodium)\b/i,
  },
  {
    name: 'international bodies and rating agencies',
    zh: /国际货币基金组织|世界银行|世行|亚洲开发银行|亚开行|经合组织|惠誉|穆迪|标普|标准普尔/,
    en: /\b(?:IMF|International Monetary Fund|World Bank|OECD|Asian Development Bank|ADB|Fitch|Moody's|S&P|Standard & Poor's)\b/i,
  },
];

/** Words of a forecast, in the sentence that gives the figure. */
const FORECAST_WORDS = {
  zh: /预计|预测|预估|估算|有望|可望|料将|预期/,
  en: /\b(?:expects?|expected|expecting|forecasts?|forecasting|predicts?|predicted|projects?|projected|projections?|assumptions?|assumes?|assumed|likely|sees|estimates?)\b/i,
};

/**
 * 主计总处上修今年经济成长率至3.43%, 'the ministry raised its growth forecast to 2%': a forecast revised during the
 * year is held against the benchmark set before it, so it stays a projection.
 */
const REVISION_WORDS = {
  // 向上 alone is any rise (落成量今明两年连环向上); only 向上修订 and the like revise a forecast.
  zh: /上修|下修|上调|下调|调高|调低|调升|调降|修正|修订|(?:向上|向下)(?:修订|修正|调整)/,
  // 'according to the mid-year review', 'wider than the 3.8% seen in February': the budget's own forecast, updated
  // later, is held against the budget.
  en: /\b(?:revised|revises|revise|raised|raises|lowered|lowers|upgraded|upgrades|downgraded|downgrades|trimmed|trims|cut (?:its|their|the) (?:[a-z]+ )?(?:forecast|projection|outlook)|now (?:expects?|sees|forecasts?|projects?)|mid-?year (?:review|update|budget|outlook|economic|fiscal|statement|report)|half-yearly (?:review|update)|MYEFO|(?:wider|narrower|higher|lower|larger|smaller|up|down)\s+(?:than|from)\s+(?:the\s+)?(?:[^.;]|\.(?=\d)){0,40}?\b(?:seen|forecast|projected|expected|estimated|predicted|budgeted)\s+(?:in|at|for)\b)\b/i,
};

const COMPARED_WITH_REVISED = /(?:较|比|与)[^，。；\d]{0,10}修订(?:预算|预测|数字)?/g;

/** 'We expect the economy to grow …' in a budget speech: the body is named in the paragraph, not the sentence. */
const FIRST_PERSON_FORECAST = /\b(?:we|our)\b/i;

const DAY = 86_400_000;

/** The story was published before the year's midpoint: a forecast then sets a mark; after, it estimates the outcome. */
function beforeMidYear(p: { from: string }, date: string): boolean {
  return Date.parse(date) <= Date.parse(p.from) + 182 * DAY;
}

/** The words that name the first of the forecasters found in the text, or null. */
function speaks(forecasters: readonly Forecaster[], text: string, language: 'zh' | 'en'): string | null {
  for (const f of forecasters) {
    const m = f[language]?.exec(text);
    if (m) return m[0];
  }
  return null;
}

/**
 * 预计到2025年有望突破8000万千瓦, said in 2021; 'this will reach 3.2 per cent in 2025/26' in a budget: a forecast
 * two or more calendar years ahead does not estimate an outcome under way, it states the mark a plan sets, and
 * the outcome is held to it. Unless the paragraph holds it against a goal already set ('on track to', 'short of
 * the target', 实现目标): then it is a projection of that goal's outcome.
 */
const PLAN_HORIZON_YEARS = 2;
const HELD_AGAINST_GOAL = /目标|任务|进度|差距|按此|照此|缺口|如期/;

function planHorizon(w: Working, ctx: ExtractionContext & { date: string }, folded: string, language: 'zh' | 'en'): boolean {
  // English long-range projections are mostly progress reports on a goal already set (a budget's medium-term
  // path, a commission's modelling), told in the same words as the plan's own: only the archive can tell them apart.
  if (language !== 'zh' || !w.period || Number(w.period.to.slice(0, 4)) - Number(ctx.date.slice(0, 4)) < PLAN_HORIZON_YEARS) return false;
  return !HELD_AGAINST_GOAL.test(folded.slice(w.paragraph.start, w.paragraph.end));
}

/**
 * 「燃煤发电的占比预计2025年下降为27%。环保团体…痛批该承诺彻底跳票」, 'The pledge was broken': the
 * sentence after a forecast calls it a promise, so it was a goal all along.
 */
const CALLED_A_PROMISE_AFTER: Record<'zh' | 'en', RegExp> = {
  zh: /^[^。；\n]{0,40}?(?:(?:该|这项|这一|此|上述)(?:承诺|目标|政策目标|政见)|跳票)/,
  en: /^[^.;\n]{0,60}?\b(?:(?:the|that|this) (?:pledge|promise|commitment) (?:was|has been|is) (?:broken|missed|abandoned|dropped)|broken (?:pledge|promise))\b/i,
};

const FORECAST_BEFORE: Record<'zh' | 'en', RegExp> = { zh: /预计|预期|预估|将/, en: /\b(?:expected|expects|forecast|projected|will)\b/i };

/** A forecast (or what became of one) that the next sentence calls a promise is a goal. */
export function forecastCalledAPromise(w: Working, folded: string, language: 'zh' | 'en'): void {
  if (w.kind === 'target' || w.kind === 'budget' || w.kind === 'other') return;
  if (!FORECAST_BEFORE[language].test(folded.slice(w.clause.start, w.raw.start))) return;
  if (CALLED_A_PROMISE_AFTER[language].test(folded.slice(w.sentence.end, w.sentence.end + 120).replace(/^[\s。.；;]+/, ''))) w.kind = 'target';
}

/** The public purse: what only a government forecasts of itself. */
const FISCAL_WORDS = {
  zh: /赤字|财政盈余|财政结余|财政收入|税收|地价收入|印花税收入|政府开支|财政支出|公共债务/,
  en: /\b(?:deficit|budget surplus|fiscal surplus|exchequer|public debt|government debt|borrowing|tax revenues?|tax collections?|government revenues?|government spending|public spending)\b/i,
};

export function officialForecast(w: Working, ctx: ExtractionContext, folded: string, language: 'zh' | 'en'): void {
  if (w.kind !== 'projection' || !w.period || !ctx.date) return;
  const sentence = folded.slice(w.sentence.start, w.sentence.end);
  // 较上年度修订预算上升6.4%: last year's revised estimate as the base of a comparison revises nothing of this forecast.
  const revised = REVISION_WORDS[language].test(language === 'zh' ? sentence.replace(COMPARED_WITH_REVISED, '') : sentence);
  if (revised || speaks(OTHER_FORECASTERS, sentence, language)) return;
  if (planHorizon(w, { ...ctx, date: ctx.date }, folded, language)) {
    w.kind = 'target';
    return;
  }
  if (!spansOneYear(w.period) || !beforeMidYear(w.period, ctx.date) || !FORECAST_WORDS[language].test(sentence)) return;
  let official = speaks(OFFICIAL_FORECASTERS, sentence, language);
  if (!official && language === 'en' && FIRST_PERSON_FORECAST.test(sentence)) {
    const paragraph = folded.slice(w.paragraph.start, w.paragraph.end);
    if (!speaks(OTHER_FORECASTERS, paragraph, language)) official = speaks(OFFICIAL_FORECASTERS, paragraph, language);
  }
  // 'It projects the deficit will be $40 billion in 2023-24', 地价收入预计为850亿元: the public purse is forecast by the
  // government that keeps it, whoever the sentence leaves unnamed, unless the paragraph names another forecaster.
  if (!official && FISCAL_WORDS[language].test(sentence) && !speaks(OTHER_FORECASTERS, folded.slice(w.paragraph.start, w.paragraph.end), language)) official = 'budget';
  if (!official) return;
  w.kind = 'target';
  w.kindCue = official;
}

