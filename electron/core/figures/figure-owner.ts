/** Whose figure it is: the organisation or place that owns it, or the story's own. */
import { englishPlaceName, parentPlaceId, placeOf } from '../metrics/places';
import { districtInPublicationName } from '../metrics/publication-place';
import { lastCityNamedBefore } from '../metrics/zh-bare-cities';
import type { ExtractionContext } from '../../../shared/domain/figure';
import { type EntityMention, fullCityName, resolveEnRef } from './entities';
import type { LeadFacts } from './lead';
import { firstAfter, lastBefore, type Working } from './working';

/**
 * Whose story it is, for figures nobody in their sentence or paragraph owns: in English the
 * organisation or place named most often (first on a tie), in Chinese the publication's city.
 */
export function mainEntity(mentions: EntityMention[], language: 'zh' | 'en', ctx: ExtractionContext, lead: LeadFacts): string | null {
  // A place in the headline (广东：今年GDP增长5%) is whose story it is, before the paper's own city.
  if (lead.place) return lead.place;
  // A district's own paper or government: its reports are the district's, not its city's.
  if (language === 'zh') return districtInPublicationName(ctx.publication ?? null) ?? fullCityName(ctx.city);
  const counts = new Map<string, number>();
  let lastEnd = -1;
  for (const m of mentions) {
    // 'Australian Bureau of Statistics' is one mention, though its office and its adjective both name Australia.
    if (m.start < lastEnd) continue;
    lastEnd = m.end;
    const name = m.ref ? resolveEnRef(mentions, m) : m.name;
    if (name) counts.set(name, (counts.get(name) ?? 0) + 1);
  }
  let best: string | null = null;
  for (const [name, n] of counts) if (best === null || n > counts.get(best)!) best = name;
  return best === null ? null : (wholeOfParts(best, counts) ?? best);
}

/** Parts of one whole a story must name, besides the most named, before it is the whole's story. */
const SIBLINGS_FOR_WHOLE = 2;

/**
 * A story that names Uttar Pradesh, West Bengal and Bihar is a story about India, not about the one
 * state it names most: when the most named place has two or more siblings named too, and none of
 * them is named more than the rest together, the story's own place is their common whole.
 */
function wholeOfParts(best: string, counts: Map<string, number>): string | null {
  const place = placeOf(best);
  const parent = place?.id ? parentPlaceId(place.id) : null;
  if (!parent || parent === 'world') return null;
  let siblings = 0;
  let siblingMentions = 0;
  for (const [name, n] of counts) {
    const other = placeOf(name);
    if (name === best || !other?.id || other.id === place!.id) continue;
    if (parentPlaceId(other.id) === parent) { siblings++; siblingMentions += n; }
  }
  if (siblings < SIBLINGS_FOR_WHOLE || counts.get(best)! > siblingMentions) return null;
  return englishPlaceName(parent);
}

/** Whether a place is named more than once in the story: a subject, not a mention in passing. */
function namedAgain(mentions: EntityMention[], m: EntityMention): boolean {
  let n = 0;
  for (const x of mentions) if (!x.ref && x.name === m.name && ++n > 1) return true;
  return false;
}

const ZH_WHOLE_OF_SHARE_BEFORE = /占$/;
/** 对全球经济增长的贡献率: what a contribution is made to. */
const ZH_CONTRIBUTION_AFTER = /^[^，。；]{0,20}?(?:贡献|拉动)/;
/** 局长王宏志26日在北京透露: where something was said or held, not whose figures follow. */
const ZH_WHERE_SAID_BEFORE = /在$/;
const ZH_WHERE_SAID_AFTER = /^(?:\d{1,2}日)?(?:透露|表示|说|指出|介绍|宣布|发布|召开|举行|出席|会见|举办|开幕)/;

/**
 * 2023年，广东省地区生产总值达到13.57万亿元…，广州经济总量突破3万亿元；…社会消费品零售总额达4.7万亿元: a part of the
 * sentence's place, named in a clause of its own with its own figure, owns that clause; the items after it are the
 * whole's again. The whole named earlier in the sentence, or null.
 */
function wholeAgainAfterPart(mentions: EntityMention[], part: EntityMention, w: Working, folded: string): EntityMention | null {
  if (part.start < w.sentence.start || part.start >= w.clause.start || part.ref || part.org) return null;
  // The part's clause holds its own figure and ends the item with ；, so the figure's clause is another item of the list.
  const partClauseEnd = folded.slice(part.end, w.clause.start).search(/[，；,;]/);
  if (partClauseEnd < 0 || !/\d/.test(folded.slice(part.end, part.end + partClauseEnd))) return null;
  if (!/[；;]/.test(folded.slice(part.end + partClauseEnd, w.clause.start))) return null;
  const partPlace = placeOf(part.name);
  if (!partPlace?.id) return null;
  // The whole gave figures of its own first: the sentence is its list of results.
  // Named by its name (广东省), not by a word of scope (全国重点实验室 names laboratories, not the country's results).
  const whole = lastBefore(mentions, part.start, w.sentence.start, (m) => !m.ref && !!placeOf(m.name)?.id && !/^[全本我]/.test(folded.slice(m.start, m.end)));
  if (!whole || !/\d/.test(folded.slice(whole.end, part.start))) return null;
  const wholeId = placeOf(whole.name)!.id;
  for (let id = parentPlaceId(partPlace.id); id; id = parentPlaceId(id)) if (id === wholeId) return whole;
  return null;
}

/** What may stand between a yardstick and its own figure: 'Thailand (35.5 million)', 'Greece, at 161.9%'. */
const COMPARED_OWN_FIGURE = /^(?:'s)?\s*(?:\(|,\s*(?:at|with)\s+|’s\s*)?[^\s]{0,2}$/;

/** A place that opens its sentence as its subject ('Spain has closed …', 'The Ontario government has …'). */
function sentenceSubject(mentions: EntityMention[], folded: string, sentenceStart: number, before: number): EntityMention | null {
  const first = firstAfter(mentions, sentenceStart, before, (m) => !m.ref);
  if (!first || !first.place || first.compared) return null;
  return /^\W*(?:the\s+)?$/i.test(folded.slice(sentenceStart, first.start)) ? first : null;
}

/** A province or an autonomous region (内蒙古自治区): what 全省 and a bare 自治区 point back to. */
const PROVINCE_LEVEL_NAME = /(?:省|自治区)$/;

/** The level of place a Chinese back-reference points to, for the story's own place when the body names none. */
const ZH_REF_LEVEL: Record<string, RegExp> = { province: /(?:省|自治区)$/, district: /[区县]$/, city: /市$/ };
/**
 * What 全市 may point back to: a city the place table holds, whether prefecture-level (长春),
 * county-level (玉环市) or a municipality with a province's rank (上海市). A name the table does
 * not hold (提请市, 赋能市) is a misreading, not a city.
 */
function isCity(name: string): boolean {
  const place = placeOf(name);
  return !!place?.id && (place.level === 'city' || name.endsWith('市'));
}

/** The name a mention stands for: its own, or for a reference (全省, 该项目, the council) the last name of that kind. */
function resolveRef(m: EntityMention, mentions: EntityMention[], folded?: string): string | null {
  if (!m.ref) return m.name;
  if (m.ref === 'province') {
    const d = lastBefore(mentions, m.start, 0, (x) => !x.ref && PROVINCE_LEVEL_NAME.test(x.name));
    return d ? d.name : null;
  }
  if (m.ref === 'city') {
    const d = lastBefore(mentions, m.start, 0, (x) => !x.ref && !x.org && isCity(x.name));
    return d ? d.name : folded === undefined ? null : lastCityNamedBefore(folded, m.start);
  }
  if (m.ref === 'district') {
    const d = lastBefore(mentions, m.start, 0, (x) => !x.ref && x.district);
    return d ? d.name : null;
  }
  if (m.ref === 'project') {
    const d = lastBefore(mentions, m.start, 0, (x) => !x.ref && !!x.org && /项目|桥|隧道|工程/.test(x.name));
    return d ? d.name : null;
  }
  return resolveEnRef(mentions, m);
}

/**
 * The first province a Chinese story names anywhere, even where that mention owns no figure (在安徽省第十三届
 * 人民代表大会…上, a venue): what 全省 means when no province owns a figure before it.
 */
export function firstProvinceNamed(folded: string): string | null {
  for (const m of folded.matchAll(/[\u4e00-\u9fff]{2,7}?(?:省|自治区)/g)) {
    for (let i = 0; i < m[0].length - 2; i++) {
      const name = m[0].slice(i);
      const place = placeOf(name);
      if (place?.level === 'province' && place.id) return name;
    }
  }
  return null;
}

/** What joins the places of a list: 、 and the conjunctions. */
const LIST_JOIN = /^(?:、|和|与|及|以及)$/;
/** A count of places (12个省区市, 3个城市): what a count right after a list of places counts. */
const COUNTED_PLACES = /^[\d一二三四五六七八九十两]+个?[\u4e00-\u9fff]{0,2}?(?:省|市|区|县|城市|地区|国家|省区市|省份)/;
/** Between a list and its value: a verb of being, perhaps a measure's name; no other value, clause, 等, nor 分别 (each its own value). */
const LIST_TO_VALUE = /^(?!.*分别)[^，。；,;\d等]{0,16}$/;

/**
 * The places of a list that ends with `last`, in order, when the figure's value is said of them all
 * (江西、新疆为7%左右); null for a single place, or a list outside the figure's sentence.
 */
function placeListBefore(mentions: EntityMention[], last: EntityMention, folded: string, figStart: number, sentenceStart: number): string[] | null {
  // 重庆、甘肃…贵州12个省区市: a count right after the list counts its places; 江苏等11个: the list is not all of them.
  const gap = folded.slice(last.end, figStart);
  if (last.ref || last.org || last.passing || !LIST_TO_VALUE.test(gap) || (gap.length <= 2 && COUNTED_PLACES.test(folded.slice(figStart, figStart + 12)))) return null;
  const list = [last];
  for (let i = mentions.indexOf(last) - 1; i >= 0; i--) {
    const m = mentions[i]!;
    if (m.ref || m.org || m.start < sentenceStart || !LIST_JOIN.test(folded.slice(m.end, list[0]!.start))) break;
    list.unshift(m);
  }
  return list.length > 1 ? list.map((m) => m.name) : null;
}

/** 其余省份为6%左右, 其他城市为: the rest of a list of places named before, as a group. */
const REST_OF_LIST = /(?:其余|其他|其它|剩余|另外)的?[\d一二三四五六七八九十两]*个?(?:省份|省区市|省市区|省市|省区|城市|地区|国家|经济体|省|市|区|县)[^，。；,;\d]{0,6}$/;
const LIST_OF_REST_MIN = 3;

/**
 * 重庆、甘肃、河南、吉林…贵州12个省区市目标同时锚定6%，重庆为6%以上，甘肃、河南为6%，其余省份为6%左右: the places of the
 * last list of three or more in the paragraph that no value has been said of since. Null when there is no such list.
 */
function restOfList(mentions: EntityMention[], folded: string, w: Working): string[] | null {
  if (!REST_OF_LIST.test(folded.slice(w.clause.start, w.raw.start))) return null;
  const inParagraph = mentions.filter((m) => !m.ref && !m.org && m.start >= w.paragraph.start && m.end <= w.raw.start);
  for (let end = inParagraph.length - 1; end >= 0; end--) {
    let start = end;
    while (start > 0 && LIST_JOIN.test(folded.slice(inParagraph[start - 1]!.end, inParagraph[start]!.start))) start--;
    if (end - start + 1 < LIST_OF_REST_MIN) continue;
    const named = new Set(inParagraph.slice(end + 1).map((m) => m.name));
    const rest = inParagraph.slice(start, end + 1).map((m) => m.name).filter((n) => !named.has(n));
    return rest.length ? rest : null;
  }
  return null;
}

export function chooseEntity(w: Working, mentions: EntityMention[], language: 'zh' | 'en', main: string | null, folded: string, province: string | null = null): void {
  const fig = w.raw;
  if (language === 'zh') {
    // 总投资约120亿元的某某项目: the project right after 的 owns the figure.
    const owner = firstAfter(mentions, fig.end, w.clause.end, (m) => !m.ref && !!m.org);
    if (owner && /^的$/.test(folded.slice(fig.end, owner.start))) { w.entity = owner.name; return; }
  }
  // 南阳更是提出… in a province's report names the city for its own sentence; the figures after it are the report's.
  // 'MALAYSIA has surpassed Thailand …, recording 38 million arrivals': a yardstick owns only the figure right after it ('Thailand (35.5 million)').
  // 'in the city centre' with no city named before points back to nothing: the name before it still owns the figure.
  const owns = (m: EntityMention): boolean =>
    (!m.compared || COMPARED_OWN_FIGURE.test(folded.slice(m.end, fig.start))) &&
    !(language === 'en' && m.ref && m.refNoun && !resolveEnRef(mentions, m)) &&
    // 占全国份额, 对全球经济增长的贡献率: the whole a share is of, or what a contribution is made to, owns none of the figures
    // (对全省…的贡献率 in a province's report is the province's own: a back-reference to the story's place stays).
    !(language === 'zh' && (ZH_WHOLE_OF_SHARE_BEFORE.test(folded.slice(Math.max(0, m.start - 1), m.start)) || (!m.ref && /(?<!针|相|面)对$/.test(folded.slice(Math.max(0, m.start - 2), m.start)) && ZH_CONTRIBUTION_AFTER.test(folded.slice(m.end, m.end + 24))))) &&
    !(language === 'zh' && ZH_WHERE_SAID_BEFORE.test(folded.slice(Math.max(0, m.start - 1), m.start)) && ZH_WHERE_SAID_AFTER.test(folded.slice(m.end, m.end + 8)));
  let before = lastBefore(mentions, fig.start, language === 'zh' ? 0 : w.sentence.start, (m) => (!m.passing || m.start >= w.sentence.start) && owns(m));
  // 做强…济南新旧动能转换起步区… in one paragraph, 近岸海域水质优良比例不低于95.6% in the next: a zone or district
  // named in passing owns the figures of its own paragraph, not those of the paragraphs after it.
  // A district the story names again and again (龙岗区 in 龙岗区's own report) is its subject, and carries on.
  if (language === 'zh' && before && before.district && !before.ref && before.start < w.paragraph.start && !namedAgain(mentions, before)) {
    const owner = main ?? province;
    if (owner) { w.entity = owner; return; }
    const wider = lastBefore(mentions, before.start, 0, (m) => !m.district && !m.org && !m.ref);
    if (wider) before = wider;
  }
  if (language === 'zh' && before) before = wholeAgainAfterPart(mentions, before, w, folded) ?? before;
  // 安徽、宁夏、湖南、湖北为6.5%左右: a value said of a list of places is each one's; 其余省份为6%左右, of the rest of one.
  const listed = language === 'zh' ? (restOfList(mentions, folded, w) ?? (before ? placeListBefore(mentions, before, folded, fig.start, w.sentence.start) : null)) : null;
  if (listed) { w.entity = listed[0]!; w.alsoIn = listed.slice(1); return; }
  // 'Spain has closed the year with debt of 107.7%, behind Greece …, while the deficit stands at 3.6%': in a clause
  // that names no one, an English figure is the sentence's subject's, not the last name of an earlier clause.
  if (language === 'en' && before && before.start < w.clause.start) {
    const subject = sentenceSubject(mentions, folded, w.sentence.start, fig.start);
    if (subject && subject !== before) before = subject;
  }
  if (before) { w.entity = resolveRef(before, mentions, folded); if (w.entity) return; }
  // 全省 in a bulletin headed 「2021年河南省…统计公报」 that never names the province in its body: the headline's place.
  if (before && !w.entity && main && ZH_REF_LEVEL[before.ref ?? '']?.test(main)) { w.entity = main; return; }
  if (before && !w.entity && before.ref === 'province' && province) { w.entity = province; return; }
  // 在全省“勇当先行者”中勇攀高峰 in a city paper's opening: a 全省 no province resolves, paragraphs
  // before the figure, is a phrase of the report, not whose figures follow; the story's own place is.
  if (before && !w.entity && main && language === 'zh' && before.start < w.paragraph.start) { w.entity = main; return; }
  if (language === 'zh') {
    // Nothing named yet: the publication's own place (本港 stories rarely name 香港 before the first figure).
    if (!before && main && !(mentions.length && mentions[0]!.start < fig.start)) w.entity = main;
    return;
  }
  // Carried from earlier in the paragraph; beyond it, the story's main organisation rather than whoever was named last.
  // A yardstick of an earlier sentence may be its paragraph's topic ('Ohio continue to surpass Michigan. … goal aims to …').
  const carried = lastBefore(mentions, fig.start, w.paragraph.start, (m) => (m.start < w.sentence.start && !m.ref) || owns(m));
  if (carried) { w.entity = resolveRef(carried, mentions); if (w.entity) return; }
  const after = firstAfter(mentions, fig.end, w.sentence.end, (m) => !m.ref);
  if (after) { w.entity = after.name; return; }
  if (main) { w.entity = main; return; }
  const far = lastBefore(mentions, fig.start, 0);
  w.entity = far ? resolveRef(far, mentions) : null;
}
