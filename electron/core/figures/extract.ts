import { definedAbbreviations, expandAbbreviatedUnit, expandAbbreviations } from './acronyms-en';
import { refine } from './refine';
import type { ExtractedFigure, ExtractionContext } from '../../../shared/domain/figure';
import { findEntitiesEn, findEntitiesZh } from './entities';
import { applyDistributive } from './figure-distributive';
import { chooseKind, listLeadCue, type ListWalk } from './figure-kind';
import { forecastCalledAPromise, officialForecast } from './figure-kind-by-forecaster';
import { budgetEstimate, estimateOfFinishedPeriod, finishedInOwnClause, goalForYearUnderWay, kindFromPeriod, yearAlreadyOver, yearEndLateInYear } from './figure-kind-by-period';
import { enMetric } from './figure-metric-en';
import { zhMetric, ZH_FORMER_VALUE_ASIDE } from './figure-metric-zh';
import { chooseEntity, firstProvinceNamed, mainEntity } from './figure-owner';
import { choosePeriod, comparedValuePeriods, eachYearGoal } from './figure-period';
import { foldText } from './fold';
import { readLead } from './lead';
import { findKindCues, type KindCue } from './kind';
import { metricKey } from './metric';
import { findPeriods } from './periods';
import { scanEn } from './scan-en';
import { scanZh, type RawFigure } from './scan-zh';
import { scanZhMultiples } from './scan-zh-multiples';
import { type Segments, segment, spanAt } from './segment';
import { yenSignCurrency } from './units';
import type { Working } from './working';

export { metricKey } from './metric';
export { isEachYearLabel, STORY_YEAR_LABEL } from './figure-period';

/** Chinese if Han characters outnumber Latin letters in the first few thousand characters. */
export function detectLanguage(text: string): 'zh' | 'en' {
  const sample = text.slice(0, 4000);
  let han = 0;
  let latin = 0;
  for (let i = 0; i < sample.length; i++) {
    const c = sample.charCodeAt(i);
    if (c >= 0x4e00 && c <= 0x9fff) han++;
    else if ((c >= 65 && c <= 90) || (c >= 97 && c <= 122)) latin++;
  }
  return han * 2 >= latin ? 'zh' : 'en';
}

/** 减半, 翻一番 among the numbers, in reading order; a word inside a number's own quote is that number's. */
function withMultiples(numbers: RawFigure[], multiples: RawFigure[]): RawFigure[] {
  if (!multiples.length) return numbers;
  const free = multiples.filter((w) => !numbers.some((n) => n.start < w.end && w.start < n.end));
  return [...numbers, ...free].sort((a, b) => a.start - b.start);
}

const fig_isOther = (w: Working): boolean => w.kind === 'other';

/** A figure for each subject its value is said of: the first keeps the working, the others copy it. */
function eachSubject(w: Working): Working[] {
  return [w, ...(w.alsoOf ?? []).map((m) => ({ ...w, metric: m, baseMetric: m })), ...(w.alsoIn ?? []).map((entity) => ({ ...w, entity }))];
}

/** A headline states a figure the body repeats: it takes the body's period, owner and kind. */
function headlineRestatements(works: Working[], folded: string, segs: Segments): void {
  const head = segs.paragraphs[0];
  if (!head || segs.paragraphs.length < 2) return;
  const headText = folded.slice(head.start, head.end).trim();
  if (headText.length > 120 || /[.。!?！？]$/.test(headText)) return;
  for (const w of works) {
    if (w.raw.start >= head.end) break;
    const twin = works.find((b) => b.raw.start >= head.end && b.raw.value === w.raw.value && b.raw.unit === w.raw.unit && b.raw.valueMax === w.raw.valueMax);
    if (!twin) continue;
    w.period = twin.period;
    w.periodSource = twin.periodSource;
    if (twin.entity) w.entity = twin.entity;
    if (w.kind !== 'other') { w.kind = twin.kind; w.kindCue = twin.kindCue; }
    if (!w.metric) { w.metric = twin.metric; w.baseMetric = twin.baseMetric; }
  }
}

export function extractFigures(text: string, ctx: ExtractionContext): ExtractedFigure[] {
  const language = ctx.language ?? detectLanguage(text);
  const folded = foldText(text);
  const segs = segment(folded, language);
  const raws = language === 'zh' ? withMultiples(scanZh(folded, ctx.city), scanZhMultiples(folded)) : scanEn(folded);
  if (raws.length === 0) return [];
  const periods = findPeriods(folded, language, ctx.date, segs.paragraphs);
  const mentions = language === 'zh' ? findEntitiesZh(folded, ctx.city) : findEntitiesEn(folded, segs.sentences);
  const cues = findKindCues(folded, language);
  const works: Working[] = [];
  let prev: Working | null = null;
  for (const raw of raws) {
    // “15分钟生活圈”: a number inside a quoted name is part of the name, not a figure.
    if (language === 'zh' && folded[raw.start - 1] === '“' && /^[\u4e00-\u9fff]{1,8}”/.test(folded.slice(raw.end, raw.end + 10))) continue;
    // 15分钟生活圈, 1小时经济圈: a duration run into the noun after it names a zone, not a figure.
    if (language === 'zh' && (raw.unit === '分钟' || raw.unit === '小时') && /^[\u4e00-\u9fff](?<![的以之内左上])/.test(folded.slice(raw.end, raw.end + 1))) continue;
    const sentence = spanAt(segs.sentences, raw.numStart) ?? { start: 0, end: folded.length };
    const clause = spanAt(segs.clauses, raw.numStart) ?? sentence;
    const paragraph = spanAt(segs.paragraphs, raw.numStart) ?? sentence;
    const w: Working = { raw, sentence, clause, paragraph, baseMetric: '', metric: '', entity: null, period: null, kind: 'actual', kindCue: null, periodSource: 'none' };
    if (language === 'zh') zhMetric(w, prev, folded, mentions, periods);
    else enMetric(w, prev, folded, mentions);
    // 5.27％（原统计为4.84％）: a revised figure's former value in brackets is the same measure, and the
    // figures after it in the sentence follow on from the revised one, not from the aside.
    const aside = language === 'zh' && prev !== null && prev.sentence === sentence && ZH_FORMER_VALUE_ASIDE.test(folded.slice(Math.max(0, raw.start - 8), raw.start)) && /^[)）]/.test(folded.slice(raw.end, raw.end + 1));
    if (aside) { w.metric = prev!.metric; w.baseMetric = prev!.baseMetric; }
    refine(w, folded, language);
    works.push(w);
    if (!aside) prev = w;
  }
  applyDistributive(works, folded, language);
  const lead = readLead(ctx.lead, language, ctx.date, ctx.city);
  const main = mainEntity(mentions, language, ctx, lead);
  const province = language === 'zh' ? firstProvinceNamed(folded) : null;
  // A list's lead-in is walked back to once per sentence, however many figures the sentence holds.
  const listLeads = new Map<number, KindCue | undefined>();
  const listWalks = new Map<number, ListWalk>();
  const listLeadOf = (sentenceStart: number): KindCue | undefined => {
    if (!listLeads.has(sentenceStart)) listLeads.set(sentenceStart, listLeadCue(cues, folded, sentenceStart, lead, listWalks));
    return listLeads.get(sentenceStart);
  };
  for (const w of works) {
    chooseEntity(w, mentions, language, main, folded, province);
    chooseKind(w, cues, listLeadOf, language, folded);
    if (fig_isOther(w)) w.period = null;
    else choosePeriod(w, periods, segs, language, ctx, lead, folded);
    kindFromPeriod(w, cues, ctx);
    finishedInOwnClause(w, ctx);
    yearAlreadyOver(w, ctx, folded);
    estimateOfFinishedPeriod(w, ctx);
    goalForYearUnderWay(w, ctx, folded);
    yearEndLateInYear(w, ctx, folded);
    if (language === 'zh') budgetEstimate(w, ctx, folded);
    eachYearGoal(w, folded, language);
  }
  if (language === 'en') comparedValuePeriods(works, folded);
  // After the compared values take their own periods: 'from 34 million' is last year's, not the forecast.
  for (const w of works) {
    officialForecast(w, ctx, folded, language);
    forecastCalledAPromise(w, folded, language);
  }
  headlineRestatements(works, folded, segs);
  const abbreviations = language === 'en' ? definedAbbreviations(folded) : new Map<string, string>();
  const out: ExtractedFigure[] = [];
  const yen = language === 'en' && folded.includes('¥') && yenSignCurrency(folded) === 'JPY';
  for (const w of works.flatMap(eachSubject)) {
    if (abbreviations.size) w.metric = expandAbbreviations(w.metric, abbreviations);
    const raw = w.raw;
    const cuesOut = [...raw.cues];
    if (w.kindCue && !cuesOut.includes(w.kindCue)) cuesOut.push(w.kindCue);
    if (w.period) cuesOut.push(w.period.label);
    let confidence = 0.9;
    if (!w.metric) confidence -= 0.2;
    if (!w.entity) confidence -= 0.1;
    if (!w.kindCue && w.kind !== 'other') confidence -= 0.1;
    if (raw.countInWords) confidence -= 0.1;
    if (w.periodSource === 'carry' || w.periodSource === 'story') confidence -= 0.05;
    // The yen sign in a story about Japan: '¥912.1 billion' against a 1 trillion yen goal.
    if (yen && raw.currency === 'CNY' && text.slice(raw.start, raw.end).includes('¥')) { raw.currency = 'JPY'; raw.unit = 'JPY'; }
    out.push({
      quote: text.slice(raw.start, raw.end),
      start: raw.start,
      end: raw.end,
      value: raw.value,
      valueMax: raw.valueMax,
      unit: expandAbbreviatedUnit(raw.unit, abbreviations),
      currency: raw.currency,
      qualifier: raw.qualifier,
      kind: w.kind,
      change: raw.change,
      metric: w.metric,
      metricKey: metricKey(w.metric),
      entity: w.entity,
      period: w.period,
      confidence: Math.max(0.05, Math.min(1, Math.round(confidence * 100) / 100)),
      rule: raw.rule,
      cues: cuesOut,
    });
  }
  return out;
}
