/**
 * What an English figure measures when the words before it are a verb and its object, or a goal's
 * frame around the measure: 'to get the smoking rate below 5 per cent', 'increasing that figure to
 * 80 per cent', 'the GDP growth target for the year at 6.5%'.
 *
 * The subject of such a sentence is whoever acts ('we', 'the Assembly'), and the figure is where the
 * verb moves its object, so the object is the measure. Each frame is a named row; the first that
 * matches the words right before the figure gives the measure as printed.
 */

/** Verbs that move a quantity to a level, in every form a report uses them. */
const MOVING_VERBS = [
  'get|gets|got|getting',
  'bring|brings|brought|bringing',
  'cut|cuts|cutting',
  'reduce|reduces|reduced|reducing',
  'lower|lowers|lowered|lowering',
  'raise|raises|raised|raising',
  'increase|increases|increased|increasing',
  'lift|lifts|lifted|lifting',
  'boost|boosts|boosted|boosting',
  'push|pushes|pushed|pushing',
  'drive|drives|drove|driving',
  'keep|keeps|kept|keeping',
  'hold|holds|held|holding',
  'take|takes|took|taking',
  'grow|grows|grew|growing',
  'expand|expands|expanded|expanding',
  'return|returns|returned|returning',
].join('|');

/** Where the verb moves its object: to a level, or under or over one. */
const TO_A_LEVEL = String.raw`(?:\s+(?:steady|unchanged|stable|flat|constant))?(?:\s+(?:back\s+)?(?:down|up))?\s+(?:to|below|under|above|over|beneath|at|towards?)(?:\s+(?:about|around|some|roughly|less\s+than|more\s+than|no\s+more\s+than|at\s+least|just|only))?\s*$`;

/** A noun phrase of one to six words (an abbreviation in brackets among them: 'greenhouse gas (GHG) emissions'), after its determiner (kept apart: 'that figure' points back, 'figure' alone does not). */
const OBJECT = String.raw`(?:(the|its|their|our|his|her|this|that|these|those)\s+)?((?:(?:[a-z][a-z'-]*|\([A-Z]{2,6}\))\s+){0,5}?[a-z][a-z-]*)`;

/** Words that are no measure: a pronoun object, or a determiner left alone. */
const NOT_A_MEASURE = /^(?:it|them|this|that|these|those|him|her|us|people|things|everyone|everything|one|ones)$/i;
/** A preposition inside an object, other than 'of' ('number of nurses'): the object runs past its noun phrase. */
const INNER_PREPOSITION = /\s(?:to|from|by|with|in|on|for|at|into)\s/i;
/** An object opening on a preposition or article is no noun phrase: 'return of headline inflation to'. */
const LEADING_WORD = /^(?:of|to|in|on|for|by|at|from|with|a|an|the)\b/i;
/** A goal word closing the object, or standing alone. */
const GOAL_WORD_LAST = /(?:^|\s+)(?:targets?|goals?|aims?|ambitions?|objectives?|limits?|caps?|ceilings?)$|^(?:figures?|numbers?)$/i;
/** A state or manner, not a thing: 'held rates steady at', 'grew strongly to'. */
const MANNER_WORD = /\b(?:steady|unchanged|firm|flat|constant|stable|further|again|still|even|[a-z]+ly)\b/i;

/** An object that points back to the figure named before ('that figure'), kept so the pointer rule can follow it. */
const POINTER_OBJECT = /^(?:this|that|the)\s+(?:figure|number|level|rate|share|proportion)$/i;

export interface ObjectFrame {
  name: string;
  pattern: RegExp;
  /** A goal's own frame names its object whatever it is ('a pledge to bring it down to'); a bare verb's object must name a thing. */
  anyObject?: boolean;
}

/** The frames, in order: a goal named with its verb first, then a bare verb and object, then a goal's own name. */
export const EN_OBJECT_FRAMES: readonly ObjectFrame[] = [
  {
    // 'the flagship target of getting immigration below', 'a pledge to bring inflation down to'.
    name: 'a goal of moving its object',
    pattern: new RegExp(
      String.raw`\b(?:targets?|goals?|aims?|pledges?|promises?|ambitions?|commitments?|objectives?)\s+(?:of|to)\s+(?:${MOVING_VERBS})\s+${OBJECT}(?:\s+(?:back\s+)?(?:down|up))?(?:\s+(?:below|under|to|above|over|beneath|within|by)(?:\s+(?:about|around|some|less than|more than|no more than))?)?\s*$`,
      'i',
    ),
    anyObject: true,
  },
  {
    // 'to bring inflation within its assumption of', 'keep prices below the target of'.
    name: 'an object kept within a goal',
    pattern: new RegExp(
      String.raw`\b(?:bring|bringing|keep|keeping|hold|holding|get|getting|return|returning)\s+${OBJECT}\s+(?:back\s+)?(?:within|below|under|to|at|inside)\s+(?:(?:the|its|their|our|his|her)\s+)?(?:[a-z-]+\s+){0,2}?(?:targets?|goals?|assumptions?|forecasts?|bands?|ranges?|ceilings?|caps?)(?:\s+range)?\s+of\s*$`,
      'i',
    ),
    anyObject: true,
  },
  {
    // 'if we are to get the smoking rate below', 'increasing that figure to', 'cut the waiting list to'.
    name: 'a verb moving its object to the figure',
    pattern: new RegExp(String.raw`\b(?:${MOVING_VERBS})\s+(?:(?:down|up|back)\s+)?${OBJECT}${TO_A_LEVEL}`, 'i'),
  },
  {
    // 'forecasts are for inflation to return to the target range of', 'expects the deficit to fall below its ceiling of'.
    name: 'a subject moved within a goal',
    pattern: /\b(?:for|expects?|expected|wants?|needs?)\s+(the|its|their|our)?\s*((?:[a-z][a-z-]*\s+){0,3}?[a-z][a-z-]*)\s+to\s+(?:return|fall|rise|come|go|move|be|remain|stay|settle|ease|get)\s+(?:back\s+)?(?:down\s+|up\s+)?(?:to|within|below|inside|at|under)\s+(?:the|its|their|our)\s+(?:[a-z-]+\s+){0,2}?(?:targets?|goals?|ranges?|bands?|ceilings?)(?:\s+range)?\s+of\s*$/i,
  },
  {
    // 'the GDP growth target for the year at', 'its inflation forecast for 2025 of', 'the housing goal for this year is'.
    name: "a goal's own name, with its year",
    pattern: /\b(the|its|their|our|a|an)\s+((?:[a-z][a-z-]*\s+){0,3}?[a-z][a-z-]*)\s+(?:targets?|goals?|objectives?|forecasts?|projections?)\s+for\s+(?:the\s+(?:year|period)|(?:19|20)\d{2}(?:[-–/]\d{2,4})?|(?:this|next|the\s+coming|the\s+current)\s+(?:year|financial\s+year|fiscal\s+year))\s+(?:at|of|is|was|will\s+be|to\s+be|set\s+at|stands\s+at)\s*$/i,
  },
];

/**
 * A balance told as one flow outrunning the other: 'revenue will outpace expenses by $511 million' is a surplus,
 * 'spending exceeded revenue by $2bn' a deficit. The measure is the balance, whatever the subject.
 */
export const EN_BALANCE_FRAMES: ReadonlyArray<{ name: string; pattern: RegExp; measure: string }> = [
  {
    name: 'income outrunning spending',
    pattern: /\b(?:revenues?|income|receipts|takings)\s+(?:(?:will|would|could|is expected to|are expected to|is set to|are set to)\s+)?(?:outpace|exceed|top|outstrip|surpass|outrun)(?:s|ed)?\s+(?:its\s+|their\s+)?(?:expenses|expenditures?|spending|costs|outlays)\s+by\s*$/i,
    measure: 'surplus',
  },
  {
    name: 'spending outrunning income',
    pattern: /\b(?:expenses|expenditures?|spending|costs|outlays)\s+(?:(?:will|would|could|is expected to|are expected to|is set to|are set to)\s+)?(?:outpace|exceed|top|outstrip|surpass|outrun)(?:s|ed)?\s+(?:its\s+|their\s+)?(?:revenues?|income|receipts|takings)\s+by\s*$/i,
    measure: 'deficit',
  },
];

/** Words that may not stand in the object, because they end the noun phrase: a verb or a clause word. */
const CLAUSE_WORD = /\b(?:is|are|was|were|be|been|will|would|has|have|had|and|or|but|if|which|who|that\s+(?!figure|number|level|rate|share|proportion)|by|from|with|in|on|for|to|at|over|under|below|above)\b/i;

/**
 * The measure a frame names right before a figure, as printed, or null when no frame fits.
 * An object that points back ('that figure') is returned as it stands, for the pointer rule.
 */
export function measureOfFrame(before: string): string | null {
  for (const frame of EN_BALANCE_FRAMES) if (frame.pattern.test(before)) return frame.measure;
  for (const frame of EN_OBJECT_FRAMES) {
    const m = frame.pattern.exec(before);
    if (!m) continue;
    // "reducing Hong Kong's carbon intensity by": whose it is, is the figure's entity, not its measure.
    // 'The bank kept its inflation forecast': a match opened at an earlier determiner holds a clause; the phrase is after the last one.
    const object = (m[2]!.trim().split(/\b(?:the|its|their|our|his|her|a|an)\s+/i).pop() ?? '').replace(/^(?:[A-Z][\w-]*\s+)*[A-Z][\w-]*['’]s\s+/, '');
    const pointer = `${m[1] ?? ''} ${object}`.trim().toLowerCase();
    if (POINTER_OBJECT.test(pointer)) return pointer;
    // A goal's frame names whatever it moves ('a pledge to bring it down to'), but not a clause ('its contribution to … from').
    if (frame.anyObject && !INNER_PREPOSITION.test(` ${m[2]!} `)) return object.replace(GOAL_WORD_LAST, '').trim() || object;
    if (frame.anyObject) continue;
    if (NOT_A_MEASURE.test(object) || CLAUSE_WORD.test(object) || MANNER_WORD.test(object) || LEADING_WORD.test(object)) continue;
    // 'raised its solar PV deployment target to': the goal of a measure is the measure; a goal alone ('expand the goal to') names none.
    const measure = object.replace(GOAL_WORD_LAST, '').trim();
    if (!measure) continue;
    return measure;
  }
  return null;
}

/** Words that name no measure for a count with its own noun ('bringing the total to 337,483 units'). */
const COUNT_FRAME_ONLY = /^(?:total|tally|count|figure|number|sum|amount)$/i;

/** A frame's measure for a count printed with its noun, when it names a thing; a pointer or a bare frame leaves the noun. */
export function measureOfCount(before: string): string | null {
  const framed = measureOfFrame(before);
  if (!framed || isPointerObject(framed) || NOT_A_MEASURE.test(framed) || COUNT_FRAME_ONLY.test(framed) || MANNER_WORD.test(framed)) return null;
  return inMetricCase(framed);
}

/** A measure as metrics are kept: lower case, unless it opens on an acronym ('GDP growth'). */
export function inMetricCase(measure: string): string {
  return /^[A-Z][A-Z]/.test(measure) ? measure : measure.toLowerCase();
}

/** True for an object that only points back to the figure before it. */
export function isPointerObject(metric: string): boolean {
  return POINTER_OBJECT.test(metric.trim());
}

/** A balance or a flow a sum is, printed right after it: 'a wafer-thin $1.5 billion surplus', 'a $40bn trade deficit'. */
const SUM_NOUN_AFTER = /^\s+((?:[a-z][a-z-]*\s+)?(?:surplus|deficit|shortfall|profit|loss|revenues?|turnover|budget|investments?|debt|overspend|underspend))\b(?!\s+(?:of|in)\s+\$)/i;

/** What a sum is, when the noun printed right after it says so; null otherwise. */
export function sumNamedAfter(after: string): string | null {
  const m = SUM_NOUN_AFTER.exec(after);
  if (!m) return null;
  const words = m[1]!.toLowerCase().split(/\s+/);
  // 'a $1.5 billion surplus for': the modifier must be a word of the noun phrase, not a clause word before the head.
  if (words.length > 1 && /^(?:in|to|of|for|and|or|the|a|an|this|that|was|is|will|would|by|from|on|at)$/.test(words[0]!)) return null;
  return words.join(' ');
}
