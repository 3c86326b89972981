/**
 * When a number with no unit is still a figure: 每万人口发明专利拥有量达16.14，投入強度2.36，
 * 新增就业目标1200万; 'over 87,000', 'nearly 100,000 by 2027'. Its measure comes from the
 * indicator it is said of. The rules below keep labels as labels: a number in quotes
 * (“33618”), a code or phone number, a year, an address or an ordinal never becomes a figure.
 */

/** A rule that marks a number as a label, with the reason an editor would give. */
export interface LabelRule {
  name: string;
  reason: 'label' | 'code name' | 'date' | 'ordinal' | 'phone number' | 'address' | 'code';
  /** Tested on the text just before the number (ending where it starts). */
  before?: RegExp;
  /** Tested on the text right after the number (starting where it ends). */
  after?: RegExp;
  /** Tested on the number itself. */
  number?: RegExp;
}

export const ZH_LABEL_RULES: LabelRule[] = [
  { name: 'quoted name', reason: 'label', before: /[“"「『《〈‘]$/ },
  { name: 'closing quote', reason: 'label', after: /^[”"」』》〉’]/ },
  { name: 'phone or fax', reason: 'phone number', before: /(?:电话|热线|传真|手机|联系方式|咨询)[:：]?\s*$/ },
  { name: 'code word', reason: 'code', before: /(?:编号|代码|号码|邮编|备案号?|证号|文号|批号|型号)[为是:：]?\s*$/ },
  { name: 'leading zero', reason: 'code', number: /^0\d/ },
  { name: 'bare year', reason: 'date', number: /^(?:1[89]|20)\d{2}$/ },
  { name: 'address', reason: 'address', before: /(?:路|街|道|巷|弄|大厦|村|组)$/ },
  { name: 'ordinal', reason: 'ordinal', before: /[第前这那每该哪]$/ },
];

/**
 * What may follow a figure with no unit: an approximator, then the end of the clause, or a verb
 * of change that takes it to another level (从1.96缩小至1.81, 从84.7提升至89.6).
 */
const ZH_AFTER = /^(?:左右|以上|以下|以内|上下|出头|多|余|许)?(?:[，。；、,;！？!?）)\n]|\s*$|(?:提高|提升|缩小|扩大|增长|增加|下降|减少|降至|升至|降为|升为|至|到|折算|折合))/;
/** After a number with 万 or 亿 a noun may follow straight on (让242万偏远农村居民, 超过1亿的省份). */
const ZH_AFTER_SCALED = /^(?:的|[\u4e00-\u9fff])/;
/** The numeral must start with a digit and carry a scale (960多万, 一万亿) to stand alone. */
const ZH_SCALED_NUMERAL = /^[一二两三四五六七八九十壹贰叁肆伍陆柒捌玖拾].*[万亿]/;

function labelled(rules: LabelRule[], before: string, number: string, after: string): boolean {
  return rules.some((r) => (r.before?.test(before) ?? true) && (r.number?.test(number) ?? true) && (r.after?.test(after) ?? true) && !!(r.before || r.number || r.after));
}

/**
 * A Chinese number with no unit that stands as a figure: said of the words before it (a Han
 * character), closing its clause, and no label.
 */
export function isZhUnitlessFigure(folded: string, matchStart: number, numStart: number, end: number, shape: { chinese: boolean }): boolean {
  let i = matchStart;
  while (i > 0 && matchStart - i < 2 && (folded[i - 1] === ' ' || folded[i - 1] === '\t')) i--;
  const prev = folded[i - 1] ?? '';
  const after = folded.slice(end, end + 4);
  const number = folded.slice(numStart, end);
  const scaled = /[万亿]$/.test(number);
  // 跨越7万亿、8万亿、9万亿, 。450万困难群众纳入…: an amount with 万 or 亿 may stand after a list comma or open a sentence.
  if (!/[\u4e00-\u9fff]/.test(prev) && !(scaled && /^(?:[、，。；\n]|)$/.test(prev))) return false;
  if (!ZH_AFTER.test(after) && !(scaled && ZH_AFTER_SCALED.test(after))) return false;
  if (shape.chinese && !ZH_SCALED_NUMERAL.test(number)) return false;
  return !labelled(ZH_LABEL_RULES, folded.slice(Math.max(0, i - 8), i), number, after);
}

export const EN_LABEL_RULES: LabelRule[] = [
  { name: 'quoted name', reason: 'label', before: /["“‘']$/ },
  { name: 'closing quote', reason: 'label', after: /^["”’]/ },
  { name: 'phone', reason: 'phone number', before: /\b(?:tel|phone|call|fax|hotline)[.:]?\s*$/i },
  { name: 'numbered thing', reason: 'code', before: /\b(?:no|number|article|section|clause|chapter|page|pages|p|pp|room|route|flight|box|suite|unit|quarter|q|phase|stage|level|grade|tier|class|version|rule|part|item|figure|table|annex|schedule|line|platform|gate|junction|exit|bus|ward|block|lot|floor|bill|act|resolution|paragraph|volume|issue|cohort|round|season|week|day|year|years|aged|age|ages|under-)\.?\s*$/i },
  { name: 'leading zero', reason: 'code', number: /^0\d/ },
  { name: 'digit groups', reason: 'phone number', before: /\d[\s-]$/ },
  { name: 'bare year', reason: 'date', number: /^(?:1[89]|20)\d{2}$/ },
  { name: 'time of day', reason: 'date', after: /^(?:[:.]\d{2}|\s?(?:am|pm|a\.m\.|p\.m\.|gmt|bst|utc)\b)/i },
  { name: 'address', reason: 'address', after: /^\s+[A-Z][a-z]+\s+(?:Street|St|Road|Rd|Avenue|Ave|Lane|Drive|Way|Place|Square)\b/ },
];

/** Words after which a bare number is a value ('reach 10,000', 'from 240', 'over 87,000'). */
const EN_VALUE_BEFORE = /\b(?:of|to|from|by|at|reach|reached|reaches|reaching|exceed|exceeds|exceeded|exceeding|over|nearly|almost|around|about|roughly|approximately|some|than|least|up|down|rise|rises|rose|risen|fall|falls|fell|fallen|grew|grow|grows|added|adding|add|cut|cuts|totalled|totaled|total|totals|was|were|is|are|be|stood|stands|hit|hits|topped|tops|top|surpassed|estimated|expected|forecast|only|just|another|extra|additional|further|remaining|record|nearly|under|below|above|exceeding|with|and|or|versus|vs\.?|between|compared with|compared to|averaged|averages|average)\s+$/i;
const EN_AFTER = /^(?:\s*[,.;:!?)\]—–]|\s+-\s|\s+(?:in|by|for|on|at|from|to|and|or|as|of|last|this|next|a|an|the|per|each|people|since|after|before|during|over|under|than|while|with|compared|year-on-year|respectively|so|according|was|were|is|are|will|would|had|has|have)\b|\s*$|\s+\()/i;

/** An English number with no unit that stands as a figure: a value after a verb or preposition, not a label. */
export function isEnUnitlessFigure(folded: string, numStart: number, end: number, number: string): boolean {
  const before = folded.slice(Math.max(0, numStart - 30), numStart);
  const after = folded.slice(end, end + 24);
  if (!EN_AFTER.test(after)) return false;
  const big = /,\d{3}|\.\d/.test(number) || Number(number.replace(/,/g, '')) >= 1000;
  // 'down to -17': the sign stands between the words and the number.
  if (!big && !EN_VALUE_BEFORE.test(before.replace(/[-−]$/, ''))) return false;
  return !labelled(EN_LABEL_RULES, before, number, after);
}
