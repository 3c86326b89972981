/** What an English figure measures, read from its subject or the words after it. */
import type { EntityMention } from './entities';
import { antecedentOfBareHead, changeSubject, cleanEnMetric, incomeFromCharges, powerMetric, spendingObject } from './metric';
import { findIndicator } from '../metrics/lexicon/lookup';
import { isPointerObject, measureOfCount, sumNamedAfter } from './metric-en-objects';
import { settleWeakMetric } from './metric-en-named-nearby';
import { renewablesShareAfter } from './metric-en-renewables';
import { MONEY_UNITS, type Working } from './working';

/** Words after a percentage that do not name what it is of. */
const EN_NOT_MEASURE_AFTER_PERCENT = /^(?:of|in|on|to|by|for|from|at|than|more|less|higher|lower|last|this|next|a|an|the|and|or|but|year|years|month|months|rise|increase|growth|fall|decline|drop|cut|reduction|jump|gain|stake|chance|share|year-on-year|annual|annually|points?|per|compared|while|which|who|that|is|are|was|were|will|would|has|have|had|said|says)$/i;

/** A metric that is only a span of time ('first 10 months', 'the same period'): what was measured is named elsewhere. */
const EN_TIME_SPAN_ONLY = /^(?:(?:the|first|last|past|next|same|this|that|previous|latest|\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|months?|years?|quarters?|weeks?|days?|half|period|of|fiscal|financial|calendar)\s*)+$/i;

/** 'of 20 per cent ethanol blending in petrol' → 'ethanol blending'; the goal's frame words at the end are dropped. */
function percentOfWhat(after: string): string | null {
  const m = /^\s+((?:[a-z][a-z-]*\s+){0,3}?[a-z][a-z-]*)(?=\s+(?:in|with|of|for|by|among|across|rate|milestone|target|goal)\b|[,.;:]|\s*$)/.exec(after);
  if (!m) return null;
  const words = m[1]!.split(/\s+/);
  if (EN_NOT_MEASURE_AFTER_PERCENT.test(words[0]!)) return null;
  while (words.length > 1 && /^(?:milestone|target|goal|rate|level)$/i.test(words[words.length - 1]!)) words.pop();
  return words.join(' ');
}

/**
 * 'protect 30 per cent of land', 'by the end of 2018, 11.3 per cent of land … was preserved':
 * the whole a percentage is a share of, for a figure whose subject names nothing measured.
 */
function percentOfWhole(after: string): string | null {
  const m = /^\s+of\s+(?:(?:the|our|its|their|his|her|all)\s+|[A-Za-z]+['’]s\s+)*((?:[a-z][a-z-]*[ \t]+){0,2}?[a-z][a-z-]*)(?=\s+(?:and|or|was|were|is|are|has|have|had|will|would|in|by|for|to|that|which|who|under|protected|covered)\b|[,.;:]|\s*$)/.exec(after);
  if (!m) return null;
  const words = m[1]!.split(/\s+/);
  // '67 percent of adults': a share of people says who was counted, not what was measured, which is named elsewhere.
  if (EN_NOT_MEASURE_AFTER_PERCENT.test(words[0]!) || EN_POPULATION_WHOLE.test(words[words.length - 1]!)) return null;
  return words.join(' ');
}

const EN_POPULATION_WHOLE = /^(?:population|adults?|people|persons|residents|citizens|children|households|families|respondents|voters|workers|employees|students|pupils|patients|those|them|us)$/i;

/** A metric that is only a goal word or a verb of reaching, or no metric where the words before point back. */
const EN_POINTER_METRIC = /^(?:targets|goals|set|achieved|reached|hit|met)$/i;
/** 'its target of reducing greenhouse gas (GHG) emissions by 2020': what a goal of changing something changes. */
const EN_GOAL_OF_CHANGING = /\b(?:targets?|goals?|aims?|pledges?|ambitions?)\s+of\s+(reducing|cutting|increasing|raising|lowering|bringing down)\s+(?:the\s+|its\s+|their\s+)?([a-z][a-z ()-]*?)(?:\s+(?:by|to|from|in|below|under)\b|[,.;]|$)/i;
const EN_POINTER_WORDS = /\b(?:this|that|the)\s+(?:figure|number|level|rate|share|proportion)\b|\b(?:it|they)\s+(?:achieved|reached|hit|recorded|managed)\b/i;
/** How far back (characters) the figure a pointer names may stand: the sentence before, across a paragraph break. */
const POINTER_REACH = 300;
function pointsBack(metric: string, before: string): boolean {
  return EN_POINTER_METRIC.test(metric.trim()) || isPointerObject(metric) || (!metric.trim() && EN_POINTER_WORDS.test(before));
}

/** Subjects that name nothing measured: a moment ('by the end of 2018'), the one who pledges, the pledge itself. */
const EN_WEAK_SUBJECT = /^(?:end|start|beginning|middle|close|government|the government|administration|country|nation|we|they|it|target|goal|aim|commitment|pledge|promise)$/i;

export function enMetric(w: Working, prev: Working | null, folded: string, mentions: EntityMention[]): void {
  const fig = w.raw;
  const prevSameSentence = prev && prev.sentence === w.sentence ? prev : null;
  let metric = '';
  if (fig.metricHint) {
    metric = fig.metricHint;
    if (fig.classifier) {
      const names = mentions.filter((m) => !m.ref && m.start >= w.sentence.start && m.end <= fig.start).map((m) => m.name);
      const prevCount = prevSameSentence && prevSameSentence.raw.classifier && prevSameSentence.raw.unit === fig.unit && prevSameSentence.raw.metricHint === fig.metricHint ? prevSameSentence : null;
      // 'from 41,000 in 2021' after '… rose to 48,000 visitors': the second count measures what the first did.
      if (prevCount && prevCount.baseMetric) metric = prevCount.baseMetric;
      // 'raising its hospital capacity to 12,000 beds': the object a verb moves to the count is what is counted, not the unit.
      else metric = changeSubject(folded.slice(w.clause.start, fig.numStart), names) ?? measureOfCount(folded.slice(w.clause.start, fig.numStart)) ?? metric;
    }
  } else {
    const from = prev && prev.clause === w.clause ? Math.max(w.clause.start, prev.raw.end) : w.clause.start;
    let rawText = folded.slice(from, fig.start);
    // 'Sales at AWS, its cloud computing unit, grew 12%': the subject is in an earlier clause, past the appositive.
    // 'Core inflation, which strips out energy and food, narrowed to 3.3%': also when only a verb is left.
    if ((!/[a-z]/i.test(rawText) || !cleanEnMetric(rawText, [])) && from === w.clause.start && !prevSameSentence && w.clause.start > w.sentence.start) {
      const clauses = folded.slice(w.sentence.start, w.clause.start).split(',').map((c) => c.trim()).filter(Boolean);
      // 'the EAF for the latest financial year, from 1 April 2024 to 31 March 2025, was 60.6%': a clause that
      // names nothing (a date span, an aside) is passed over too.
      while (clauses.length && (/^(?:its|their|his|her|which|who|the same|a |an |[a-z]+(?:ed|ing)\b)/i.test(clauses[clauses.length - 1]!) || !cleanEnMetric(clauses[clauses.length - 1]!, []))) clauses.pop();
      if (clauses.length) rawText = clauses[clauses.length - 1]!;
    }
    const names = mentions.filter((m) => !m.ref && m.start >= w.sentence.start && m.end <= fig.start).map((m) => m.name);
    metric = cleanEnMetric(rawText, names, folded.slice(fig.start, fig.numStart));
    // 'jumped 37 per cent in the first 10 months of this year to 36.7 million': a span of time names no measure.
    if (EN_TIME_SPAN_ONLY.test(metric)) metric = '';
    // 'beating analysts' forecasts of $141.6bn': a forecast of the metric just named.
    if (/(?:^|\s)(?:analysts'?\s+|market\s+|consensus\s+)?(?:forecasts?|expectations?|estimates?)(?:\s+of)?$/i.test(metric)) metric = '';
    if (!metric && fig.ofHint) metric = fig.ofHint;
    const changeIn = /^\s+(?:rise|increase|gain|fall|drop|decline)\s+in\s+(?:the\s+)?([A-Z][\w&]*(?:\s+[A-Z0-9][\w&]*)*)/.exec(folded.slice(fig.end, fig.end + 40));
    if (changeIn) metric = changeIn[1]!;
    // Money given to a named programme: 'allocated £2.3bn to the Affordable Homes Programme'.
    const recipient = MONEY_UNITS.test(fig.unit) ? /^\s+(?:to|in|into|for)\s+(?:the|a|an)\s+([A-Z][\w-]*(?:\s+[A-Z][\w-]*)+)/.exec(folded.slice(fig.end, fig.end + 80)) : null;
    if (recipient) metric = recipient[1]!;
    if (MONEY_UNITS.test(fig.unit)) metric = spendingObject(folded.slice(w.sentence.start, fig.start), folded.slice(fig.end, fig.end + 120)) ?? metric;
    if (!metric && prevSameSentence) {
      metric = prevSameSentence.baseMetric;
      // 'Bus fares will rise 5% as the council tries to raise an extra £2m': what the charges raise is income from them.
      if (MONEY_UNITS.test(fig.unit) && /\b(?:raise|raising|raises|generate|generating|generates|bring in|bringing in|collect|collecting)\s+(?:(?:an?\s+)?(?:extra|additional|further|another)\s+)?(?:about|around|some|nearly|almost|more than|over|up to)?\s*$/i.test(folded.slice(w.clause.start, fig.start))) {
        metric = incomeFromCharges(metric) ?? metric;
      }
    }
    if (!metric && prev && /^\s*(?:they|it|shares?)\b/i.test(folded.slice(w.clause.start, fig.start))) metric = prev.baseMetric;
    // 'the rate in the year to May was 8.7%': a bare head is the fuller name given earlier in the story.
    metric = antecedentOfBareHead(metric, folded.slice(0, fig.start)) ?? metric;
    // 'Eskom's target to achieve 70% EAF': an abbreviation right after a percentage is the measure it is of.
    const abbreviation = metric && fig.unit !== '%' ? null : /^\s+([A-Z]{2,6})\b(?!['’]s|\s+[A-Z][a-z])/.exec(folded.slice(fig.end, fig.end + 12));
    if (abbreviation) metric = abbreviation[1]!;
    // 'the target of 20 per cent ethanol blending in petrol', 'a 90 per cent double-dose vaccination milestone':
    // after a goal's frame, or with no subject worth the name, the words after the percentage name the measure.
    const frame = /\b(?:targets?|goals?|aims?|ambitions?|milestones?|pledges?)\s+of\s*$|\b(?:a|an)\s*$/i.test(folded.slice(Math.max(w.clause.start, fig.start - 24), fig.start));
    const after = fig.unit === '%' && !abbreviation && (frame || !metric || /["“”]/.test(metric)) ? percentOfWhat(folded.slice(fig.end, fig.end + 60)) : null;
    if (after) metric = after;
    const weak = metric && (EN_WEAK_SUBJECT.test(metric) || names.includes(metric));
    const whole = fig.unit === '%' && !after && !abbreviation && weak ? percentOfWhole(folded.slice(fig.end, fig.end + 60)) : null;
    if (whole) metric = whole;
  }
  // 'the targets are maintained at 3.25%', 'aims for this figure to be at least 95%', 'it achieved 26.6 per cent': a word
  // that points back names the measure of the figure before it in the paragraph.
  if (!fig.metricHint && pointsBack(metric, folded.slice(w.clause.start, fig.start))) {
    // 'aiming for a 20 per cent reduction in GHG emissions, it achieved 26.6 per cent': the same measure, and the same change.
    if (prev && fig.start - prev.raw.end <= POINTER_REACH && prev.raw.unit === fig.unit && prev.baseMetric) {
      metric = prev.baseMetric;
      if (fig.change === 'level' && prev.raw.change !== 'level') fig.change = prev.raw.change;
    } else {
      // 'achieve its target of reducing greenhouse gas emissions by 2020, set at 20%': the goal named earlier in the sentence, and its change.
      const goal = EN_GOAL_OF_CHANGING.exec(folded.slice(w.sentence.start, w.clause.start));
      if (goal) {
        metric = goal[2]!;
        if (fig.change === 'level' && fig.unit === '%') fig.change = /^(?:reducing|cutting|lowering|bringing down)$/i.test(goal[1]!) ? 'decrease' : 'increase';
      }
    }
  }
  // 'brought full-year 2023 growth to 1.1%': growth of nothing named, as a percentage, is the economy's.
  // 'the growth of industrial production had slowed to 13 per cent' names what grows: that is no economy's growth.
  if (fig.unit === '%' && /^(?:full[- ]year\s+|annual\s+)?growth$/i.test(metric.trim()) && !/\bgrowth\s+(?:of|in)\s+(?!(?:about|around|between|some|nearly|almost|over|under|just|only)?\s*[\d$£€])/i.test(folded.slice(w.sentence.start, fig.end))) metric = 'economic growth';
  // 'A WAFER-THIN $1.5 billion surplus': a sum followed by the balance it is names what it measures, unless the words before name an indicator.
  const sumNoun = MONEY_UNITS.test(fig.unit) && !fig.metricHint ? sumNamedAfter(folded.slice(fig.end, fig.end + 40)) : null;
  if (sumNoun && !(metric.trim() && findIndicator(metric, 'en'))) metric = sumNoun;
  metric = settleWeakMetric(metric, folded, { ...fig, unit: fig.unit ?? '' }, w.clause, w.sentence, w.paragraph);
  // '40% of Nova Scotia's electricity will be renewable', '80 per cent renewable electricity': the renewables' share.
  const renewables = fig.unit === '%' && !/\bshare\b.*\brenewable/i.test(metric) ? renewablesShareAfter(folded.slice(fig.end, fig.end + 120), folded.slice(w.sentence.start, w.sentence.end)) : null;
  if (renewables) metric = renewables;
  if (!metric && fig.unit === '%' && !fig.metricHint) metric = percentOfWhole(folded.slice(fig.end, fig.end + 60)) ?? '';
  if (!fig.classifier) metric = powerMetric(metric, fig.unit);
  w.baseMetric = metric;
  w.metric = metric;
}
