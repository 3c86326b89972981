import { inMetricCase, measureOfFrame } from './metric-en-objects';
import { foldText } from './fold';
import { rememberByString } from './memo';
import { ZH_QUARTER_SPAN } from './period-calendar';
import { escapeRegex } from '../text/escape-regex';

export {
  splitDistributive,
  splitZhCoordination,
  zhChangeMetric,
  zhCountedWorks,
  zhFollowingNoun,
  zhGrowthAsRate,
} from './metric-zh-count';

/**
 * What a figure counts, read from the words around it, and a normalised key for
 * matching metrics across stories.
 */

const KEY_SYNONYMS: Array<[RegExp, string]> = [
  [/研究与试验发展|研究与开发|r&d/g, '研发'],
  [/国内生产总值|地区生产总值|本地生产总值|生产总值|\bgdp\b|gross domestic product/g, 'gdp'],
  [/居民消费价格指数|居民消费价格|\bcpi\b|consumer prices?/g, 'cpi'],
];

/**
 * Metric normalised for matching: simplified characters, lower case, brackets
 * and quote marks dropped, leading 全市/我市 and trailing growth-rate words
 * (增速, 增幅, 降幅, growth) dropped so 产值 and 产值增速 meet, synonyms folded.
 */
export const metricKey: (metric: string) => string = rememberByString(readMetricKey);

function readMetricKey(metric: string): string {
  let s = foldText(metric).toLowerCase();
  s = s.replace(/（[^）]*）|\([^)]*\)/g, '');
  s = s.replace(/[“”"'‘’「」『』《》\s·,，、.。:：;；-]/g, '');
  s = s.replace(/^(?:全市|我市|本市|全区|我区|本区|全县|全省|全国|本港|全港|the)+/, '');
  for (const [re, to] of KEY_SYNONYMS) s = s.replace(re, to);
  s = s.replace(/(?:增长速度|增长率|增速|增幅|涨幅|降幅|跌幅|降低率|growthrate|growth|rate)$/, '');
  if (/^[a-z0-9&]+$/.test(s)) s = s.replace(/(?<!s)s$/, '');
  return s;
}

// Words that open a clause but are not part of what is counted.
const ZH_LEADING = new RegExp(
  '^(?:' +
    [
      '其中', '此外', '另外', '同时', '据悉', '据了解', '另据了解', '初步核算', '按不变价格计算', '按经营地统计', '从产业看', '分经济类型看', '分行业看',
      '全年', '今年', '去年', '明年', '前年', '当年', '上半年', '下半年', '年末', '年底', '年初', '期间', '每年', '年度', '本年度', '全市', '全区', '全县', '全省', '全国',
      '我市', '我区', '我县', '我国', '本市', '本区', '本港', '全港', '全台', '全台湾', '力争', '确保', '争取', '预计', '预期', '计划', '目标', '努力', '还将', '还要', '也将',
      '并', '还', '也', '将', '要', '使', '让', '为', '在', '对', '由', '其', '共', '约', '的', '和', '及', '以及', '再', '实现', '已', '已经', '比上年',
      '比上年末', '同比', '预测', '维持', '估计', '估', '最新', '提升', '提高', '预估', '估算', '初步估算', '有望', '涉及', '安排', '回落至', '增长到', '下降到', '提高到', '上升至', '降至', '增至', '至', '到', '较', '比', '主要预期目标是', '围绕上述目标', '其中的', '累计实现', '政府', '市府', '县府', '市政府', '县政府', '省政府', '他表示', '表示', '显示', '指出',
      // 按年上升 (HK: year on year), 按季 (quarter on quarter), 经季节性调整后: how the change is measured, not what.
      '按年实质', '按年', '按季', '按月', '实质', '经季节性调整后', '经季节性调整', '目前', '当前', '截至目前', '现已',
      // 各类棚户区改造开工: a quantifier over kinds, not part of what is counted.
      '各类', '各种', '各项', '各级',
      // 尽管较前年占比…, 不过仍…: a conjunction linking to the sentence before.
      '尽管', '虽然', '不过', '但是', '但', '然而', '而且', '并且', '因此', '所以', '仍',
      // 原订再生能源发电占比达20%: the goal as first set, which the kind reads; not part of the metric.
      '原订', '原定', '原本', '原先', '而',
      // 仍以绿电占比30%迈进, 仅增长, 该省GDP, 这意味着要…: a preposition, a limiter, a back-reference or a gloss.
      '以', '仅', '该省', '该市', '该区', '该县', '这意味着', '这意味著', '意味着', '意味著',
      // 要完成地区生产总值增长6%左右: the verb of fulfilling a goal, not part of what is measured.
      '完成',
      // 共有各类市场主体108.2万户: 有 introduces what is counted.
      '共有', '拥有', '现有', '有', '把',
      // 当地拟争取非博彩业增加值比重…: 'the place' and a verb of intent are no part of what is measured.
      '当地', '拟', '拟争取', '计划将', '料',
      // 说明今年预定国际旅客来台目标是…, 展望全年旅客人次有望…: a report's verb or outlook, not what is counted.
      '说明', '预定', '预订', '展望',
    ]
      .sort((a, b) => b.length - a.length)
      .join('|') +
    ')',
);
const ZH_TIME_PREFIX = new RegExp(String.raw`^(?:届时|到时|届期|本(?:财政|财务)?年度|\d{1,2}月\d{1,2}日|[今明去本]\s*[(（]\d{4}[)）]\s*年|\d{4}(?:\s*[—–\-至/]\s*\d{2,4})?年度?|[〇零一二三四五六七八九]{4}年度?|今明两年|今明年|近[一二两三四五六七八九十\d]年|上一?季度?|本季度?|[今去明][春夏秋冬]|\d{1,2}\s*[—–\-~至]\s*\d{1,2}月|\d{1,2}月份?|[一二三四五六七八九十两]+年|“?十[一二三四五六七八九]五”?(?:期间|时期)?|到\d{4}年|未来[一二三四五六七八九十\d]年|过去[一二三四五六七八九十\d]年|第?[一二三四]季度|首季度?|${ZH_QUARTER_SPAN}|今年[上下]半年|今年首季)`);
// Adverbs between a subject and its verb (都, 均, 再, 目前) and a compared year are not what is counted.
const ZH_TRAILING = /(?:(?:提高|增加|上升|下降|降低|扩大|缩小|增长|回落|减少|回升|攀升|提升|上调|下调|升|增|降|跌)(?:到|至)|进一步|继续|持续|逐步|稳步|(?:历史上)?首次|首度|再次|再度|(?<![许认])可|实现|完成|达到|高达|(?:应|应当|须|必须)?(?:小于|大于|低于|高于|不低于|不高于|不超过|不少于|少于|多于)|应当|(?<![供反适对响相答效感回理])应|(?<![下传表送通抵发])达|为|是|约为|约|共计|合计|共|迈上|跃上|站上|登上|创下|创出|刷新|保持|保持在|控制在|稳定在|(?<![不])稳定|分别|比上年末|比上年|较上年|比去年|(?:比|较)(?:上年?|去年|前年)(?:同期)?|同比|环比|可比|按年|按季|按月|按年实质|按可比价格计算|的|于|由|将|在|已|都|(?<![平人户])均|皆|双双|同时|再|又|也|还|仍然|仍|仅|目前|当前|现时|现在|拟|按|(?:将|已)?从|(?<![需主重必只])要|现?(?:预订|预定)|介乎|介于|录得|回复|显著|明显|大幅|小幅|温和|轻微|实质|维持在|维持|有?信心|有?把握|(?<![突打])破|全日|全天|当日|在间|期间|连续[一二两三四五六七八九十\d]+年|连年|(?:临时|预先|初步)估计|(?:人民|新台|港|澳门)?币|(?:向上|向下)?(?:修订|修正|调高|调低|上修|下修)(?:至|为)?|由[^由，。]{0,12}的|(?:维持|保持)在[^，。]{2,12}的|料|料将|预料|则有|则为|则达|则是|会有|能够|大概才|才只有|只有|仅有|起码要|至少要|大概|大约|(?<![王唐宋元明清汉隋晋])朝|冲刺|冲击|迈向|挑战)$/;
/**
 * A goal word after the metric (GDP增速目标为7%, 光电并网目标为18GW, 地区生产总值预期目标为增长5%):
 * the kind says it is a goal; the metric is what the goal counts.
 */
const ZH_GOAL_WORD = /(?:(?:主要|预期|年度|全年)?目标(?:值)?|预测(?:值|数字)?|预估|预期|预设(?:目标)?|数字)$/;
/** 发展主要预期目标之一是单位国内生产总值能耗降低: what comes after "the goal (one of the goals) is" is what is measured. */
const ZH_GOAL_IS = /^.*?目标(?:之一)?(?:是|为)(?=[\u4e00-\u9fff]{2})/;
/** The tail of a bracket opened in the clause before (人民币，下同): not part of the metric. */
const ZH_BRACKET_TAIL = /^[^（(]{0,8}[)）]/;
/**
 * Openers that are also the first character of a word (再生能源, 共享单车, 对外贸易, 在校学生,
 * 其他收入): the opener is not stripped from these.
 */
const ZH_WORD_NOT_OPENER = /^(?:以旧换新|以工代赈|有效|有关|有色|有机|有线|有形|有偿|再生|再就业|再制造|共享|共同|共有产权|其他|其余|对外|在校|在园|在建|在岗|在读|在线|在册|在营|在途|使用|要素|为民|由于|将来|约束|还款|并购|并网|仍然)/;
/** 三省GDP均超过8万亿元, 两市: a count of the places named before, not part of what is counted. */
const ZH_PLACE_COUNT = /^[两二三四五六七八九十\d]+个?(?:省份|省|市|区|县|国|地)(?=[\u4e00-\u9fffA-Za-z]{2})/;
/**
 * List markers and bullets that open a line of a digest or report: ●, ■, 一、, （三）, 2., ①; an
 * opening bracket never closed in the clause (（约新台币831亿元）) is a marker too.
 */
const ZH_LIST_MARKER = /^(?:[●■◆◇▲△▼★☆○〇◯•·▪▫►▶◎□※＊*\-—–]+|[（(](?![^（()）]*[)）])|[一二三四五六七八九十]+、|[（(][一二三四五六七八九十\d]+[)）]|\d{1,2}[.、．](?!\d)|[①-⑳])/;
/**
 * Words that hand over to what is counted: the metric is what follows the last of them
 * (2大目标包括再生能源占比 → 再生能源占比, 承诺要达到再生能源占比 → 再生能源占比).
 */
const ZH_HANDOVER = /^.*(?:包括|包含|主要有|(?:定下|订下|订定|设定|设下|提出|确定)了?(?!的)|承诺要?|(?:要|将|力争|争取|确保)?(?:达到|达成|提高到|提升到|提升至|提高至))(?=[\u3007\u4e00-\u9fff]{2})/;
/**
 * 将/把 X 定为 N: X is the metric (多地均将GDP增速目标拟定为7% → GDP增速目标, whose goal word
 * goes later); the setting verb is dropped at the end.
 */
const ZH_DISPOSAL = /^.*(?:将|把)(?=[^将把]{2,}(?:拟定|确定|设定|明确|调整|下调|上调|锁定|(?<!稳)定)为?$)/;
const ZH_SETTING_VERB = /(?:拟定|确定|设定|明确|调整|下调|上调|锁定|(?<!稳)定)为?$/;
/** A Latin gloss in brackets after a term: 地区生产总值（GDP）, 居民消费价格指数(CPI). */
const ZH_LATIN_GLOSS = /[（(][A-Za-z][A-Za-z\d&.\s-]{0,11}[)）]/g;
// One verb or a chain of them (完成开工, 确保新建): nothing before the count names what it counts.
const ZH_VERB_ONLY = /^(?:新建|新增|建设|建成|引进|培育|打造|改造|新开工|开工|布局|实施|完成|开展|举办|设立|组建|安排|推出|出台|共建|完善|共抓|重点抓好|抓好|发放|兴建|惠及|涉及|减少|增加|为|向|确保|力争|竣工|完工|有|共有|拥有|现有)+$/;

/** Strip clause openers, time words, entity names and light verbs from the words before a figure. */
/** A quoted label and its gloss opening a metric: 「一下」是指, “一平稳”就是. */
const ZH_GLOSSED_LABEL = /^[「“『][^」”』]{1,10}[」”』](?:是指|指的是|就是|即是|即|是)(?:我们|咱们)?的?/;

export function cleanZhMetric(raw: string, entityNames: string[]): string {
  let s = raw.replace(/\s+/g, '').replace(ZH_LATIN_GLOSS, '').replace(ZH_HANDOVER, '').replace(ZH_BRACKET_TAIL, '').replace(ZH_GOAL_IS, '');
  // 「一下」是指失业率…: a slogan's part named and glossed is not what is measured.
  s = s.replace(ZH_GLOSSED_LABEL, '');
  if (ZH_DISPOSAL.test(s)) s = s.replace(ZH_DISPOSAL, '').replace(ZH_SETTING_VERB, '');
  for (let i = 0; i < 8; i++) {
    const before = s;
    s = s.replace(ZH_LIST_MARKER, '').replace(ZH_PLACE_COUNT, '');
    if (!ZH_WORD_NOT_OPENER.test(s)) s = s.replace(ZH_LEADING, '');
    s = s.replace(ZH_TIME_PREFIX, '');
    for (const name of entityNames) if (name && s.startsWith(name)) s = s.slice(name.length);
    s = s.replace(/^[（(][^）)]*[）)]/, '');
    if (s === before) break;
  }
  for (let i = 0; i < 4; i++) {
    const before = s;
    s = s.replace(ZH_TRAILING, '');
    if (s === before) break;
  }
  // 实现 is a light verb inside a clause: 规模以上工业企业实现营业收入 → 规模以上工业企业营业收入.
  s = s.replace(/实现(?=[\u4e00-\u9fff]{2})/, '');
  // 棚户区改造已开工, 已累计开工: 已 marks the aspect, not what is counted.
  s = s.replace(/(?:已经|已)(?=[\u4e00-\u9fff]{2})/, '');
  if (s.replace(ZH_GOAL_WORD, '').length >= 2) s = s.replace(ZH_GOAL_WORD, '');
  // 居民消费价格与上年持平（0.0%）: the figure in brackets is the change, which was none.
  const unchanged = ZH_UNCHANGED.exec(s);
  if (unchanged) s = `${unchanged[1]}增长`;
  return s;
}

const ZH_UNCHANGED = /^(.{2,}?)(?:与上年|比上年|与去年|同比|总体|基本)*持平[（(]?$/;

export function isZhVerbOnly(metric: string): boolean {
  return metric === '' || ZH_VERB_ONLY.test(metric);
}

// Verbs of bringing people or things in: what stands before them is who or when, the count's noun is after
// (有信心在未来3年每年吸引3.5万名人才 counts 人才, not 信心在每年吸引).
// 起码要帮助200间家族办公室落户, 协助89间: helping bodies in counts them too.
const ZH_ENDS_WITH_INTAKE_VERB = /(?:吸引|引进|引入|引才|招引|招收|招聘|培养|培训|输入|接收|安置|资助|新增|新建|建成|建设|兴建|帮助|协助|吸纳|扶持)$/;

/** A metric read before a classifier count that ends in a verb of intake: the noun after the count names what is counted. */
export function endsWithIntakeVerb(metric: string): boolean {
  return ZH_ENDS_WITH_INTAKE_VERB.test(metric);
}

// English: what to drop from the words before a figure.
const EN_LEADING = /^(?:(?:there|and|or|but|while|after|with|as|so|then|also|below|above|beating|compared|versus|in|during|since|by|over|under|last|this|next|year|its|their|his|her|the|a|an|just|only|that|which|who|it|they|company|firm)\b[\s,]*)+/i;
/** Verbs that bring their object to the figure ('brought growth to 1.1%', 'pushed inflation to'): the object is the measure. */
const EN_CAUSATIVE_LEAD = /^(?:brought|brings|bring|took|takes|pushed|pushes|lifted|lifts|dragged|drags|sent|sends|drove|drives)\s+(?:the\s+)?/i;
const EN_VERBS = /\b(?:rose|rise|risen|fell|fallen|fall|grew|grow|jumped|climbed|dropped|declined|reached|was|were|is|are|be|been|stood|totalled|totaled|total|hit|increased|decreased|gained|slipped|has|have|had|will|would|could|may|might|to|of|at|by|for|from|with|up|down|around|about|expects?|expected|said|says|forecast|reach|build|deliver|invest|allocated|cut|raise|boost|plan|plans|employed|earned|required|held|kept|left|narrowed|widened|eased|slowed|expanded|expanding|contracted|halved|doubled|voted|approved|pay|pays|goes|tries|try|seeks|seek|aims|wants|needs|hopes|attempts|reaching|standing|stands|stand|hitting|totalling|totaling|climbing|rising|falling|decelerated|accelerated|moderated|surged|soared|plunged|plummeted|tumbled|dipped|edged|ticked|inched|spiked|rebounded|recovered|decelerating|accelerating|easing|slowing|surging|soaring)\b/i;

/** A wire dateline before the first sentence: 'BEIJING, Jan. 17 (Xinhua) --', 'LONDON (Reuters) -'. */
const EN_DATELINE = /^.*?\((?:Xinhua|Reuters|AP|AFP|Bloomberg|PA|ANI|IANS|PTI|Yonhap|Kyodo|UPI|CNA|Bernama|dpa)\)\s*[-–—]+\s*/;
/** Heads whose of-phrase is part of what they measure: 'share of renewables', 'rate of inflation'. */
const EN_MEASURE_HEAD = /^(?:share|proportion|percentage|portion|fraction|rate|gauge|measure)$/i;
/** Prepositions a measure's of-phrase may run through: 'share of gross final energy consumption from renewable sources'. */
const EN_OF_PHRASE_PREPOSITION = /^(?:of|from|in|for)$/i;
/** Words that frame a quantity without naming it: 'the equivalent of 98.6%', 'a total of', 'the target is 20%'. */
const EN_FRAME_ONLY = /^(?:equivalent|total|sum|figure|number|record|target|goal|aim|objective|ambition|pledge|promise|plan|share|proportion|percentage)$/i;
/** A goal word after the measure it sets a goal for: 'its GDP growth target', 'renewable energy target'. */
const EN_GOAL_SUFFIX = /\s+(?:targets?|goals?|ambitions?|pledges?|objectives?|aims?)$/i;
/** 'the rate in the year to May': the span the rate covers, not part of its name. */
const EN_SPAN_SUFFIX = /\s+(?:in|over|during)\s+(?:the\s+)?(?:year|12 months|twelve months|quarter|month|period)$/i;
/** Change nouns, which need their subject to name anything: 'GDP posted a growth of 5.2 percent'. */
const EN_CHANGE_NOUN = /^(?:growth|increase|rise|gain|jump|fall|drop|decline|decrease|cut|reduction|expansion|contraction)$/i;
/** A source of something, folded to the name statistics give it: 'renewable sources' is renewable energy. */
const EN_SOURCE_NAMES: Array<[RegExp, string]> = [[/^renewable\s+(?:energy\s+)?sources(?:\s+of\s+energy)?$|^renewable\s+energy$/i, 'renewable energy']];

/** A share named by where it comes from: 'share of consumption from renewable sources' → 'share of renewable energy in consumption'. */
export function shareOfSource(source: string, whole: string): string {
  let s = source.trim().replace(/^(?:the|all)\s+/i, '');
  for (const [re, name] of EN_SOURCE_NAMES) if (re.test(s)) s = name;
  const w = whole.trim().replace(/^(?:the|its|their|all|his|her|our)\s+/i, '').replace(/^[a-z.]+'s\s+/i, '');
  return `share of ${s.toLowerCase()} in ${w.toLowerCase()}`;
}

/** A power figure measures capacity: '116 GW renewables' is renewables capacity; generation is counted in energy units. */
export function powerMetric(metric: string, unit: string): string {
  if (unit !== '千瓦' || !metric || /\b(?:capacity|capacities|output|generation|demand|load)\b/i.test(metric)) return metric;
  return `${metric} capacity`;
}

/** Heads that, bare, point back to a fuller name given earlier: 'the rate' after 'the inflation rate'. */
/** A word that is one of EN_VERBS and nothing more. */
const EN_VERB_WORD = new RegExp(`^${EN_VERBS.source}$`, 'i');
const EN_BARE_HEAD = /^(?:the\s+)?(rate|index|deficit|surplus|total)$/i;

/**
 * The fuller name a bare head points back to: 'the rate in the year to May was 8.7%' after
 * 'the inflation rate was around 10%' is the inflation rate. Null when the head is not bare
 * or nothing earlier names it.
 */
export function antecedentOfBareHead(metric: string, before: string): string | null {
  const bare = EN_BARE_HEAD.exec(metric.trim());
  if (!bare) return null;
  const head = bare[1]!.toLowerCase();
  const named = new RegExp(`\\b(?:the|its|their|a|an)\\s+((?:[a-z-]+\\s+){1,2})${head}\\b`, 'gi');
  let last: string | null = null;
  let m: RegExpExecArray | null;
  while ((m = named.exec(before)) !== null) {
    const modifier = m[1]!.trim().toLowerCase();
    if (!/^(?:same|new|current|latest|previous|annual|headline|overall|main|key|this|that|whole|average)$/.test(modifier)) last = `${modifier} ${head}`;
  }
  return last;
}

/** Reads what a metric's words name when they are only a frame, a gauge or a goal around it. */
function unframeEnMetric(metric: string): string {
  let s = metric.replace(EN_GOAL_SUFFIX, '').replace(EN_SPAN_SUFFIX, '');
  // 'the main gauge of inflation', 'a key measure of prices': the thing gauged.
  const gauge = /^(?:(?:the|a|an)\s+)?(?:[a-z]+\s+)?(?:gauge|measure|indicator|barometer|yardstick)\s+(?:of|for)\s+(.+)$/i.exec(s);
  if (gauge) s = gauge[1]!;
  // 'the share of gross final energy consumption from renewable sources'.
  const share = /^(?:the\s+)?(?:share|proportion|percentage) of (.+?)\s+(?:(?:generated|produced|coming)\s+)?from\s+([a-z][a-z -]*)$/i.exec(s);
  // 'share of energy from renewable sources in gross final energy consumption': the whole follows the source.
  const sourceIn = share ? /^(.+?)\s+in\s+(.+)$/.exec(share[2]!) : null;
  if (share) s = sourceIn ? shareOfSource(sourceIn[1]!, sourceIn[2]!) : shareOfSource(share[2]!, share[1]!);
  // 'the share of renewable sources in gross final energy consumption': already source then whole; the source's name folded.
  const shareIn = share ? null : /^(?:the\s+)?(?:share|proportion|percentage) of (.+?) in (.+)$/i.exec(s);
  if (shareIn) s = shareOfSource(shareIn[1]!, shareIn[2]!);
  // 'increase in consumer price index': the change of the thing, head last as the lexicon names it.
  const changeIn = /^(?:the\s+|an?\s+)?(increase|rise|growth|fall|decline|drop)\s+in\s+(?:the\s+)?(.+)$/i.exec(s);
  if (changeIn) s = `${changeIn[2]!} ${changeIn[1]!.toLowerCase()}`;
  // '… broke its guardrail and posted a deficit': the noun the verb's article introduces;
  // 'GDP posted a growth': a change noun is the change of the verb's subject.
  const object = /^(.*?)\s+(?:[a-z]+ed|saw|ran|had|showed|shows|sees|runs|has)\s+(?:a|an)\s+((?:[a-z-]+\s+){0,2}([a-z-]+))$/i.exec(s) ?? /^()(?:.*\s)?(?:a|an)\s+((?:[a-z-]+\s+){0,2}([a-z-]+))$/i.exec(s);
  if (object && EN_CHANGE_NOUN.test(object[3]!) && object[1]) s = `${object[1]} ${object[2]!}`;
  else if (object && object[0] !== object[2] && !EN_CHANGE_NOUN.test(object[3]!) && !EN_FRAME_ONLY.test(object[3]!)) s = object[2]!;
  return EN_FRAME_ONLY.test(s.replace(/^(?:the|a|an)\s+/i, '')) ? '' : s;
}

/**
 * An owner's name where a metric's words open with it ('Tesco's sales') or close on it ('sales at
 * Tesco'), compiled once per name: a story names the same few owners before most of its figures.
 */
const namePatterns: (name: string) => readonly [RegExp, RegExp] = rememberByString((name) => {
  const literal = escapeRegex(name);
  return [new RegExp(`^${literal}(?:'s)?\\s*`, 'i'), new RegExp(`\\s+(?:at|of|in)\\s+${literal}$`, 'i')] as const;
}, 2_000);

/** The subject noun phrase before the verb that introduces an English figure. */
/**
 * `bound` is the figure's own words before its number ('below' of 'below 5 per cent'), which close a
 * verb's object ('to get the smoking rate below') though the figure's quote holds them.
 */
export function cleanEnMetric(raw: string, entityNames: string[], bound = ''): string {
  // 'masked a rise in economic inactivity to 23.5%': after 'to' the figure is the level of the noun after 'in';
  // 'an increase in consumer prices of 3%': after 'of' or 'by' it is the size of the change, named head last.
  // 'the voluntary reduction of gas demand by 15%': 'of' names the thing changed as 'in' does.
  const changeIn = /\b(?:a|an|the)\s+(?:[a-z]+\s+)?(rise|increase|fall|drop|decline|jump|surge|reduction|cut)\s+(?:in|of)\s+(?:the\s+)?((?:(?!(?:to|of|by|in|for)\b)[a-z][a-z-]*\s+){0,7}(?!(?:to|of|by|in|for)\b)[a-z][a-z-]*)\s+(to|of|by)\s*$/i.exec(raw);
  if (changeIn) return changeIn[3]!.toLowerCase() === 'to' ? changeIn[2]!.toLowerCase() : `${changeIn[2]!} ${changeIn[1]!.toLowerCase()}`;
  // 'a pledge to bring inflation down to', 'to get the smoking rate below', 'the GDP growth target for the year at':
  // the figure is where a verb moves its object, or a goal's level, so the object or the goal's measure is the metric.
  const framed = measureOfFrame(raw) ?? (bound ? measureOfFrame(`${raw}${bound}`) : null);
  if (framed) return inMetricCase(framed);
  // 'its renewable energy target of', 'a budget deficit of': the noun phrase the article or possessive opens names the figure.
  const ofObject = /\b(?:its|their|his|her|our|the|a|an)\s+((?:[a-z-]+\s+){0,3}([a-z-]+))\s+of\s*$/i.exec(raw);
  // A bare 'a rate of', 'a value of' names nothing; 'a surveyed urban unemployment rate of' does.
  const bareHead = ofObject && ofObject[1] === ofObject[2] && /^(?:average|maximum|minimum|value|level|rate|reading|price|cost|sum|peak|high|low)$/i.test(ofObject[2]!);
  if (ofObject && !EN_CHANGE_NOUN.test(ofObject[2]!) && !bareHead) {
    const named = unframeEnMetric(ofObject[1]!);
    if (named) return named;
  }
  // Years and other numbers left between figures ('in 2003 to') are not part of a metric.
  let s = raw.replace(EN_DATELINE, '').replace(/^[\s\-–—•*]+/, '').replace(/\b(?:in|by|from|since)?\s*(?:19|20)\d{2}(?:[-–/]\d{2})?\b/g, ' ').trim();
  s = s.replace(EN_LEADING, '').replace(/^(?:the\s+)?number of\s+/i, '');
  // 'This brought full-year 2023 growth to 1.1%': a verb that moves its object to the figure, and the object's span of time.
  if (EN_CAUSATIVE_LEAD.test(s)) s = s.replace(EN_CAUSATIVE_LEAD, '').replace(/^(?:full[- ]year|annual|whole[- ]year)\s+/i, '');
  // Take what follows a reporting verb or complementiser: 'X said capital spending would …'. Anchored at a
  // line start, where the leftmost match always begins, so a text without one is not retried at every position.
  const report = /^.*\b(?:said|says|expects?|forecast|announced|that|projects?|projected|shows?|showed|estimates?|estimated|predicts?|predicted)\s+/im.exec(s);
  if (report && report[0].length < s.length) {
    const rest = s.slice(report[0].length);
    // 'the ratio is projected at': a participle before a preposition is the verb of this figure, not a report.
    const participle = /\b(?:projected|estimated|predicted|forecast|expected)\s+$/i.test(report[0]) && /^(?:at|to|by|of|in|for|on|as|around|about)\b/i.test(rest);
    if (/[a-z]/i.test(rest) && !participle) s = rest;
  }
  // 'China sets its GDP growth target', 'the city targets 5,000 homes': a verb of setting goals, after its subject.
  // 'The government last week hiked its deficit target to 5.3%': a verb that moves a goal or a forecast, before its object.
  const goalVerb = /^.+?\s(?:targets|targeted|sets|aims for|eyes)\s+|^.+?\s(?:raised|hiked|lifted|increased|cut|lowered|reduced|revised|trimmed|widened|narrowed)\s+(?=(?:its|their|the)\s+(?:[a-z-]+\s+){0,3}(?:target|goal|forecast|projection|estimate)s?\b)/i.exec(s);
  if (goalVerb && /[a-z]/i.test(s.slice(goalVerb[0].length))) s = s.slice(goalVerb[0].length);
  // 'said on Thursday revenue rose': the day it was said is not part of the subject.
  s = s.replace(/^(?:on\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|yesterday|today)\s+/i, '');
  // 'By June the rate had risen': a month opening the clause dates the figure, it does not name it.
  s = s.replace(/^(?:(?:in|by|since|until|from)\s+)?(?:January|February|March|April|May|June|July|August|September|October|November|December)\s+(?=(?:the|its|their)\s)/i, '');
  // Cut at the verb introducing the number.
  const words = s.split(/\s+/);
  let cut = words.length;
  let ofPhrase = false;
  for (let i = 0; i < words.length; i++) {
    const word = words[i]!.replace(/[,.]$/, '');
    // 'share of X from Y', 'rate of inflation': a measure's of-phrase is part of it, up to the verb.
    if (/^of$/i.test(word) && i > 0 && EN_MEASURE_HEAD.test(words[i - 1]!) && i < words.length - 1) ofPhrase = true;
    if (ofPhrase && EN_OF_PHRASE_PREPOSITION.test(word) && i < words.length - 1) continue;
    if (EN_VERBS.test(words[i]!) && EN_VERB_WORD.test(word)) {
      cut = i;
      break;
    }
  }
  s = words.slice(0, cut).join(' ').replace(/\s+(?:of|from|in|for)$/i, '');
  for (const name of entityNames) {
    if (!name) continue;
    const [leading, trailing] = namePatterns(name);
    s = s.replace(leading, '').replace(trailing, '');
  }
  s = s.replace(EN_LEADING, '').replace(/^(?:the\s+)?number of\s+/i, '');
  // "The company's share" leaves "'s share" once 'the company' is dropped.
  s = s.replace(/^[A-Z][a-z]+'s\s+/, '').replace(/^'s\s+/, '').replace(/[,.;:]+$/, '').trim();
  if (/^(?:they|it|them|this|these|those|shares? of)$/i.test(s) || !/[a-z]/i.test(s)) return '';
  s = unframeEnMetric(s);
  // Sources are not what is measured: 'Economists had expected a reading of 2.4%'.
  if (/^(?:economists|analysts|forecasters|investors|markets|traders|the city)$/i.test(s)) {
    // 'Analysts had expected quarterly profit of $2bn': the object of the expectation is the metric ('a reading of' names nothing).
    const object = /\b(?:expected|estimated|predicted|forecast|projected|pencilled in)\s+(?!(?:a|an|to|that)\b)([a-z][a-z -]*?)\s+of\s*$/i.exec(raw);
    return object ? object[1]!.toLowerCase() : '';
  }
  // 'Revenue' → 'revenue', but an acronym keeps its capitals ('GDP growth', not 'gDP growth').
  return /^[A-Z][A-Z]/.test(s) ? s : s.charAt(0).toLowerCase() + s.slice(1);
}

/** Money raised by charges is income from them: 'parking charges' → 'parking income'. */
export function incomeFromCharges(metric: string): string | null {
  const m = /^(.*?\b[a-z]+)\s+(?:charges|fees|fares|levies|levy|tolls|tax|taxes|rates|rents)(?:\s+(?:in|at|for)\b.*)?$/i.exec(metric);
  return m ? `${m[1]!} income` : null;
}

/** Singular of a plain English plural noun: roads → road, bridges → bridge, libraries → library. */
function singular(noun: string): string {
  if (/ies$/.test(noun)) return noun.slice(0, -3) + 'y';
  if (/(?:ss|us)$/.test(noun)) return noun;
  if (/(?:ches|shes|xes|sses)$/.test(noun)) return noun.slice(0, -2);
  return noun.replace(/s$/, '');
}

/**
 * What money is spent on, from the words after it: 'spend £5m over two years on resurfacing roads' →
 * 'road resurfacing' (a gerund and its plural object become a compound noun), 'invest £3m in new scanners' → 'new scanners'.
 */
export function spendingObject(before: string, after: string): string | null {
  if (!/\b(?:spend|spent|spending|invest|invested|investing|allocate|allocated|earmark|earmarked)\s+(?:(?:an?\s+)?(?:extra|additional|further|another)\s+)?(?:about|around|some|nearly|almost|more than|over|up to)?\s*$/i.test(before)) return null;
  const m = /^(?:\s+(?:a|per)\s+year)?(?:\s+(?:over|during|in|across)\s+(?:the\s+)?(?:next|coming|past|last)?\s*(?:[a-z]+|\d+)?\s*(?:years?|months?|decades?))?\s+(?:on|in|into)\s+(?!(?:the\s+)?(?:next|coming|past|last|first|second|third|fourth)\b)([a-z][a-z -]*?)(?=\s+(?:and|to|by|in|at|over|for|from|with|as|after|before|while|which|that)\b|[,.;:]|$)/.exec(after);
  if (!m) return null;
  const phrase = m[1]!.trim();
  const gerund = /^([a-z]+ing)\s+(?:the\s+|its\s+|their\s+)?([a-z]+s)$/.exec(phrase);
  if (gerund) return `${singular(gerund[2]!)} ${gerund[1]!}`;
  if (/^[a-z]+ing$/.test(phrase) || /^(?:the|a|an|it|them|this|that)$/.test(phrase)) return null;
  return phrase.replace(/^(?:the|a|an)\s+/, '');
}

/**
 * The subject of a change verb whose figure is a count: 'Footfall in the arcade fell to 2 million visits'
 * measures footfall; 'visits' is only the unit.
 */
export function changeSubject(before: string, entityNames: string[]): string | null {
  const m = /(?:^|[.;:]\s*)([A-Za-z][A-Za-z' -]*?)\s+(?:has\s+|have\s+)?(?:rose|risen|fell|fallen|grew|grown|dropped|declined|climbed|increased|decreased|jumped|slipped|recovered)\s+(?:to|by)\s+(?:about|around|some|nearly|almost|more than|over|under|less than|just)?\s*$/.exec(before);
  if (!m) return null;
  const subject = cleanEnMetric(m[1]!, entityNames);
  if (!subject || subject.split(/\s+/).length > 6 || /^(?:they|it|this|that|these|those|numbers?|figures?)$/i.test(subject)) return null;
  return subject;
}
