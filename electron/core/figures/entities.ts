/**
 * Who a figure belongs to: places and organisations named in the text, and
 * deictic forms (我市, 全区, 本港) resolved to them. A figure takes the last
 * mention before it in its sentence, else the mention carried from earlier.
 */

import { englishPlaceName, placeOf } from '../metrics/places';
import { eachStartWordMatch, startWordTable } from './start-words';
import { containsWord, matchesAt, wordPlaces } from './word-search';
import {
  EN_BODY_REFERENCE,
  EN_NOT_OWNER,
  EN_ORG_WORD,
  EN_PARTY,
  EN_PEOPLE_BEFORE,
  EN_PERSON_TITLE,
  EN_PLACE_ABBREVIATIONS,
  EN_PLACE_ADJ,
  EN_PLACES,
  EN_ROLE_NOUN,
  EN_STATISTICS_OFFICES,
  EN_SUBJECT_VERB,
  EN_TITLED_NAME,
  EN_VENUE_BEFORE_AT,
  EN_VENUE_BEFORE_IN,
  PROPER,
} from './entity-rules-en';

export { fullCityName, isTaiwanStory } from './entity-rules-zh';
export { findEntitiesZh } from './entities-zh';

export interface EntityMention {
  start: number;
  end: number;
  name: string;
  /** 区/县 level: what 全区/我区 refers back to. */
  district: boolean;
  /** A deictic or back-reference that needs resolving at use time (全区 → last district). */
  ref?: 'district' | 'province' | 'city' | 'carry' | 'project';
  /** The noun of an English back-reference (the council, the force): what kind of body it points back to. */
  refNoun?: string;
  /** A named body (香港机场管理局), whose short form (机管局) may follow. */
  org?: boolean;
  /** A known country, region or city rather than an organisation (English). */
  place?: boolean;
  /** Named in passing (a bare city opening a clause of a province's report): owns the figures of its own sentence only. */
  passing?: boolean;
  /** Named as what another is measured against ('surpassed Thailand', 'behind Greece (161.9%), Italy and France'): owns only a figure right after it. */
  compared?: boolean;
}

/**
 * English mentions: possessives (Amazon's), known places after 'in'/'at',
 * organisation names after a noun with 'at' (sales at Amazon Web Services),
 * and proper-noun subjects at the start of a sentence (Amazon has cut …).
 * A capitalised word counts as a name only if it is also capitalised somewhere
 * other than a sentence start, so 'Revenue' or 'Shares' never become entities.
 */
export function findEntitiesEn(folded: string, sentences: Array<{ start: number; end: number }>): EntityMention[] {
  const sentenceStarts = new Set<number>();
  for (const s of sentences) {
    let i = s.start;
    while (i < s.end && /[\s"“'‘(]/.test(folded[i]!)) i++;
    sentenceStarts.add(i);
  }
  const midCapitalised = new Set<string>();
  const wordRe = /\b[A-Z][A-Za-z&-]+/g;
  let m: RegExpExecArray | null;
  while ((m = wordRe.exec(folded)) !== null) {
    if (!sentenceStarts.has(m.index) && !afterQuoteOrColon(folded, m.index)) midCapitalised.add(m[0]);
  }
  const surnames = new Set<string>();
  EN_TITLED_NAME.lastIndex = 0;
  while ((m = EN_TITLED_NAME.exec(folded)) !== null) surnames.add(m[1]!.split(/\s+/).pop()!);
  for (const surname of repeatedSurnames(folded)) surnames.add(surname);
  const out: EntityMention[] = [];
  PROPER.lastIndex = 0;
  while ((m = PROPER.exec(folded)) !== null) {
    // 'in England. Sunak said': a full stop after a whole word ends the sentence, so the name ends there too
    // (a dot after an abbreviation, 'U.S.' or 'Mr.', does not).
    const stop = /[A-Za-z]{4,}\.[ \t]+/.exec(m[0]);
    if (stop && !/\./.test(m[0].slice(0, stop.index))) {
      const cut = stop.index + stop[0].trimEnd().length;
      PROPER.lastIndex = m.index + cut;
      m[0] = m[0].slice(0, cut);
    }
    let text = m[0].replace(/\.$/, '').replace(/(?:\s+(?:of|and|for|&))+$/, '').replace(/^(?:(?:of|and|for|&)\s+)+/, '');
    // 'November's 5.0%', 'December's inflation rate': a month is never whose figure it is, possessive or not.
    if (!text || !/^[A-Z]/.test(text) || EN_NOT_OWNER.test(text.replace(/'s$/, ''))) continue;
    let start = m.index + m[0].indexOf(text);
    // "China's GDP": a possessive inside the capitalised run ends the owner's name.
    const innerPossessive = /^(.+?)'s\s/.exec(text);
    if (innerPossessive) text = `${innerPossessive[1]!}'s`;
    text = text.replace(/'s$/, '');
    // 'While Quebec was aiming …', 'In Kenya, …': a capitalised opener is the sentence's word, not the place's name.
    const opener = OPENER.exec(text);
    if (opener && isKnownPlace(text.slice(opener[0].length).replace(/^the\s+/i, ''))) {
      start += opener[0].length;
      text = text.slice(opener[0].length);
    }
    // 'West Bengal and Bihar': two places joined, unless the joined name is one place ('England and Wales').
    const joined = / and /.exec(text);
    if (joined && isKnownPlace(text.slice(0, joined.index)) && isKnownPlace(text.slice(joined.index + joined[0].length).split(/\s+(?:and|of)\s+/)[0]!) && !isKnownPlace(text.replace(/^the\s+/i, ''))) {
      text = text.slice(0, joined.index);
      PROPER.lastIndex = start + joined.index + joined[0].length;
    }
    const first = upTo(text, SPACE_RUN);
    const possessive = /^'s\b/.test(folded.slice(start + text.length, start + text.length + 3)) || /'s$/.test(m[0]);
    const withoutThe = text.replace(/^the\s+/i, '');
    const abbreviation = EN_PLACE_ABBREVIATIONS.get(withoutThe);
    const known = EN_PLACES.has(text) || isKnownPlace(withoutThe);
    const isName = known || text.split(/\s+/).some((w) => midCapitalised.has(w.replace(/'s$/, '')) && !/^(?:The|A|An|In|By|Last|This|Since|Under|Over|Around|About|More|Notes|Call|Published|For|It|They|He|She|We|Ministers|Analysts|Shares|Sales|Revenue)$/.test(w)) || (sentenceStarts.has(start) && reportingSubject(folded, start, text));
    if (!isName) continue;
    // 'NEW YORK, Feb 26 -', 'MADRID (Reuters) –', 'TORONTO —': a dateline says where the story was filed, not whose figures it holds.
    if (DATELINE.test(text) && DATELINE_AFTER.test(folded.slice(start + text.length, start + text.length + 4))) continue;
    // 'Rival Conagra Brands …': a capitalised sentence-initial word never capitalised elsewhere is not part of the name.
    if (sentenceStarts.has(start) && text.includes(' ') && EN_ROLE_NOUN.test(first) && !midCapitalised.has(first) && !known) {
      const rest = text.slice(first.length).trimStart();
      if (rest.split(/\s+/).some((w) => midCapitalised.has(w))) {
        start += text.length - rest.length;
        text = rest;
      }
    }
    // Where the whole phrase starts and ends ('The Bank of England'), for sentence-start and source checks.
    const nameStart = start;
    const phraseEnd = start + text.length;
    if (/^(?:The|A|An)$/.test(first) && !known) {
      // 'The Bank of England' is a name; 'The Chancellor' is a title.
      const rest = text.replace(/^(?:The|A|An)\s+/, '');
      if (rest === text || !rest.includes(' ')) continue;
      text = rest;
    }
    if (isPersonOrParty(text, surnames)) continue;
    const atSentenceStart = sentenceStarts.has(nameStart);
    const before = folded.slice(Math.max(0, nameStart - 24), nameStart);
    const after = folded.slice(phraseEnd, phraseEnd + 24);
    // Sources and titles are not whose figure it is.
    // An organisation announcing its own plans (West Northamptonshire Council said …) is still their owner.
    // A bare 'Council' or 'Bank' is a title word ('Council leader Jonathan Nunn'), not a name.
    const ownVoice = (EN_ORG_WORD.test(text) && text.includes(' ') || sentenceStarts.has(nameStart) && reportingSubject(folded, nameStart, text)) && !/\b(?:analysts|economists|according to)\s+(?:at\s+)?$/i.test(before);
    if (!ownVoice && !known && (/\b(?:analysts|economists|according to|said|says)\s+(?:at\s+)?$/i.test(before) || /^\s+(?:said|says|had expected|expected|forecast)\b/.test(after))) continue;
    const afterArticle = /\b(?:a|an|the)\s+$/i.test(before) && !known;
    if (afterArticle) continue;
    // '17.71 trillion U.S. dollars' names a currency; 'a news conference in Beijing' names where it was said.
    if (known && /^\.?\s+dollars?\b/i.test(after)) continue;
    if (known && EN_VENUE_BEFORE_IN.test(before)) continue;
    const inPlace = known && /\b(?:in|across|for|of)\s+(?:the\s+)?$/i.test(before);
    // 'sales at Amazon' names an owner; 'agreed … this target at National Cabinet' names where it was said.
    const atOrg = /\b[A-Za-z]+\s+at\s+$/.test(before) && !EN_VENUE_BEFORE_AT.test(before);
    const afterLong = folded.slice(phraseEnd, phraseEnd + 40);
    const subject = atSentenceStart && EN_SUBJECT_VERB.test(afterLong);
    // 'Footfall in Broadmead fell to …': a named place owns the measure before it (but not 'Councillors in Northampton').
    const placeSubject = !known && /^[a-z][a-z' -]*\s+in\s+$/i.test(folded.slice(Math.max(0, start - 40), start).replace(/^[\s\S]*[.,;:\n]\s*/, '')) && !EN_PEOPLE_BEFORE.test(before) && EN_SUBJECT_VERB.test(afterLong);
    if (!(possessive || inPlace || atOrg || subject || placeSubject || (ownVoice && EN_SUBJECT_VERB.test(afterLong)) || (known && !/\boutside\s+(?:the\s+)?$/i.test(before)))) continue;
    out.push({ start, end: start + text.length, name: abbreviation ?? (known ? asWrittenElsewhere(text.replace(/^the\s+/i, '')) : text.replace(/^the\s+/i, '')), district: false, ...(known ? { place: true } : {}) });
  }
  // A national statistics office stands for its country, even as a source ('…, the ONS said'), like 国家统计局 → 中国.
  eachStartWordMatch(folded, EN_OFFICE_TABLE, (office, om) => {
    const a = om.index;
    const b = a + om[0].length;
    for (let i = out.length - 1; i >= 0; i--) if (out[i]!.start < b && out[i]!.end > a) out.splice(i, 1);
    out.push({ start: a, end: b, name: EN_STATISTICS_OFFICES[office]!.country, district: false, place: true });
  });
  // Back-references to the last named organisation.
  eachStartWordMatch(folded, EN_BODY_REFERENCE_TABLE, (_rule, rm) => out.push({ start: rm.index, end: rm.index + rm[0].length, name: '', district: false, ref: 'carry', refNoun: rm[1]!.toLowerCase() }));
  const adjRe = EN_PLACE_ADJ_WORD;
  adjRe.lastIndex = 0;
  while ((m = adjRe.exec(folded)) !== null) if (!/^\s+dollars?\b/i.test(folded.slice(m.index + m[0].length, m.index + m[0].length + 10))) out.push({ start: m.index, end: m.index + m[0].length, name: EN_PLACE_ADJ[m[1]!]!, district: false });
  out.sort((a, b) => a.start - b.start);
  markCompared(folded, out);
  // 'Meridian cut 1,500 jobs' after 'Meridian Foods said': a short form of a name already given is that name.
  // Every leading run of whole words of a body's name ('Leeds', 'Leeds City'): a name that is none of them has no longer form to take.
  const leadingWords = new Set<string>();
  for (const x of out) if (!x.ref && !x.place) for (let k = x.name.indexOf(' '); k >= 0; k = x.name.indexOf(' ', k + 1)) leadingWords.add(x.name.slice(0, k));
  for (let i = 0; i < out.length; i++) {
    const e = out[i]!;
    if (e.ref || e.place || !leadingWords.has(e.name)) continue;
    // 'Bus fares in Leeds …, Leeds City Council said': a place that begins a body's name stands for that body.
    const full = out.slice(0, i).find((x) => !x.ref && !x.place && x.name.startsWith(`${e.name} `)) ?? out.find((x) => !x.ref && !x.place && x.name.startsWith(`${e.name} `) && EN_ORG_WORD.test(x.name));
    if (full) out[i] = { ...e, name: full.name };
  }
  return out;
}

/** Words after which a place is the yardstick of a comparison, not the subject. */
const COMPARED_BEFORE = /\b(?:surpass(?:ed|es|ing)?|overt(?:ook|aken|akes|ake|aking)|than|behind|ahead\s+of|outpac(?:ed|es|ing|e)|beat(?:s|ing)?|trail(?:ed|s|ing)?|compared\s+(?:with|to)|versus|vs\.?)\s+(?:the\s+)?$/i;
/** Between two places of one list: a comma or 'and', perhaps after the first one's own bracketed figure. */
const LIST_BETWEEN = /^\s*(?:\([^()]{0,24}\)\s*)?(?:,\s*(?:and\s+)?|and\s+)$/;

function markCompared(folded: string, mentions: EntityMention[]): void {
  for (let i = 0; i < mentions.length; i++) {
    const m = mentions[i]!;
    if (m.ref) continue;
    const prev = i > 0 ? mentions[i - 1]! : null;
    if (COMPARED_BEFORE.test(folded.slice(Math.max(0, m.start - 30), m.start)) || (prev?.compared && LIST_BETWEEN.test(folded.slice(prev.end, m.start)))) m.compared = true;
  }
}

/** Words that open a sentence before a name: a conjunction, a preposition or an adverb of time. */
const OPENER = /^(?:While|Whilst|Although|Though|As|When|After|Before|Since|If|But|And|Yet|So|In|By|For|With|Without|Despite|Across|Under|Unlike|Like|Meanwhile|Overall|Now|Today|Yesterday|Last|This)\s+(?!of\b|and\b|for\b)/;

const DATELINE = /^[A-Z][A-Z.'-]+(?: [A-Z][A-Z.'-]+)*$/;
const DATELINE_AFTER = /^\s*(?:,|\(|—|–|-\s|:)/;

/** Place names that are also given names: capitalised alone, they more often name a person. */
const GIVEN_NAMES = new Set(['chad', 'jordan', 'georgia']);
const TABLE_LEVELS = new Set(['union', 'country', 'nation', 'province', 'city']);

/**
 * A country, nation, state or city the place table holds ('Kenya', 'Tasmania', 'MALAYSIA' in a
 * dateline's capitals), beyond the short list of places the rules name: the table is the one list
 * the check's hierarchy reads too.
 */
function tablePlace(name: string): boolean {
  // An adjective ('British', 'Irish') is read by the adjectives' own rule.
  if (name.length < 4 || GIVEN_NAMES.has(name.toLowerCase()) || EN_PLACE_ADJ[name]) return false;
  const place = placeOf(name);
  return !!place?.id && TABLE_LEVELS.has(place.level);
}

function isKnownPlace(name: string): boolean {
  return EN_PLACES.has(name) || EN_PLACE_ABBREVIATIONS.has(name) || tablePlace(name);
}

/** A place printed in capitals ('MALAYSIA has …') by the name the place table gives it. */
function asWrittenElsewhere(name: string): string {
  if (!/^[A-Z][A-Z .'-]{3,}$/.test(name)) return name;
  const id = placeOf(name)?.id;
  return (id && englishPlaceName(id)) || name;
}

const QUOTE_OR_COLON = new Set([':', '"', '“']);
const SPACE = /\s/;

/** Whether one of :"“ stands right before `at`, or two before with a space between (as /[:"“]\s*$/ over the two characters before). */
function afterQuoteOrColon(text: string, at: number): boolean {
  if (at >= 1 && QUOTE_OR_COLON.has(text[at - 1]!)) return true;
  return at >= 2 && QUOTE_OR_COLON.has(text[at - 2]!) && SPACE.test(text[at - 1]!);
}

/**
 * News names a person in full once and by surname after ('Rishi Sunak has promised …', 'Sunak said …'):
 * a two- or three-word name, neither a place nor a body, whose last word also stands alone.
 */
// A surname inside a longer capitalised name ('Mr Sunak', 'Sunak Foundation') is not one standing alone.
const AFTER_CAPITALISED = /(?<=[A-Z][A-Za-z'-]*\s)/y;
const BEFORE_CAPITALISED = /\s+[A-Z]/y;

const SENTENCE_END = /[.!?\n]/;
const SPACE_RUN = /\s+/;

/** `text` up to the first match of `stop`, as `text.split(stop)[0]` gives it without splitting all of it. */
function upTo(text: string, stop: RegExp): string {
  const end = text.search(stop);
  return end < 0 ? text : text.slice(0, end);
}

function repeatedSurnames(folded: string): Set<string> {
  const out = new Set<string>();
  const fullName = /\b([A-Z][a-z'-]+)(?:\s+[A-Z][a-z'-]+)?\s+([A-Z][a-z'-]{2,})\b/g;
  // Where each surname stands alone, found once per story however often its full name recurs.
  const alonePlaces = new Map<string, number[]>();
  let m: RegExpExecArray | null;
  while ((m = fullName.exec(folded)) !== null) {
    const surname = m[2]!;
    if (out.has(surname) || isKnownPlace(surname) || isKnownPlace(m[0]) || EN_ORG_WORD.test(m[0]) || EN_PLACE_ADJ[m[1]!] || /^(?:The|A|An|In|On|At|By|For|Of|And|But|Last|This|Next|New)$/.test(m[1]!)) continue;
    // 'Rishi Sunak has promised …, as he sets out …': a name that the sentence goes on to call he or she.
    const sentenceRest = upTo(folded.slice(m.index + m[0].length, m.index + m[0].length + 160), SENTENCE_END);
    if (/^\s+[a-z]+\b/.test(sentenceRest) && /\b(?:he|she|his|her|him)\b/.test(sentenceRest) && !/\b(?:it|its)\b/.test(sentenceRest)) {
      out.add(surname);
      continue;
    }
    const own = m.index + m[0].length - surname.length;
    if (!alonePlaces.has(surname)) alonePlaces.set(surname, wordPlaces(folded, surname).filter((at) => !matchesAt(AFTER_CAPITALISED, folded, at) && !matchesAt(BEFORE_CAPITALISED, folded, at + surname.length)));
    if (alonePlaces.get(surname)!.some((at) => at !== own)) out.add(surname);
  }
  return out;
}

/** The offices and back-references, each looked for only where a word it begins with stands (start-words.ts). */
const EN_OFFICE_TABLE = startWordTable(EN_STATISTICS_OFFICES);
const EN_BODY_REFERENCE_TABLE = startWordTable([EN_BODY_REFERENCE]);

const EN_PLACE_ADJ_WORD = new RegExp(`\\b(${Object.keys(EN_PLACE_ADJ).join('|')})\\b`, 'g');

/** Verbs a company is the subject of when it reports: 'Tesco said', 'Apple shipped', 'Nvidia posted'. */
const EN_REPORTING_VERB = /^\s+(?:said|says|reported|reports|announced|posted|shipped|sold|booked|unveiled|confirmed|warned|forecast|raised|cut|delivered)\b/;
/** Capitalised sentence openers that are never a company's name. */
const EN_NOT_COMPANY = /^(?:The|A|An|It|He|She|We|They|This|That|These|Those|There|Officials|Economists|Analysts|Ministers|Experts|Police|Data|Figures|Government|Revenue|Inflation|Unemployment|Output|Production|Spending|Demand|Growth|Profit|Income|Turnover|Retail|Trade|Exports|Imports)$/;

/**
 * A single capitalised word opening a sentence and reporting something is a company named once
 * ('Tesco said group sales rose …'); a plural or a common opener is not.
 */
function reportingSubject(folded: string, at: number, text: string): boolean {
  if (text.includes(' ') || /(?:s|ing|tion|sion|ment|ity|ness|ance|ence)$/.test(text) || EN_NOT_COMPANY.test(text)) return false;
  // A common noun turns up in lower case somewhere ('Funding confirmed …', '… the funding'); a company's name does not.
  if (containsWord(folded, text.toLowerCase())) return false;
  return EN_REPORTING_VERB.test(folded.slice(at + text.length, at + text.length + 20));
}

/** A titled person, a name ending in the surname of one, or a political party. */
// 'Housing and Urban Development Minister Phil Twyford', 'Finance Secretary Jane Doe': a portfolio, a title, then a name.
const EN_TITLE_BEFORE_NAME = /\b(?:Minister|Secretary|Chancellor|President|Premier|Mayor|Governor|Treasurer|Senator|Spokesperson|Spokesman|Spokeswoman|Commissioner|Chairman|Chairwoman|Chair|Director|Leader|Speaker|Statistician|Professor|Prof|Judge|Justice|Ambassador|Dr)\.?\s+[A-Z][a-z'-]+(?:\s+[A-Z][a-z'-]+){0,3}$/;

function isPersonOrParty(text: string, surnames: Set<string>): boolean {
  if (EN_PERSON_TITLE.test(text) || EN_PARTY.test(text) || EN_TITLE_BEFORE_NAME.test(text)) return true;
  const words = text.split(/\s+/);
  // 'Boris Johnson' once 'Mr Johnson' is named; an organisation word keeps 'Johnson Matthey plc' a body.
  return words.length <= 3 && surnames.has(words[words.length - 1]!) && !EN_ORG_WORD.test(text);
}

/** Back-references to a place by its level: what 'the province' or 'the city' may point back to. */
const REF_NOUN_LEVELS: Record<string, readonly string[]> = { province: ['province'], state: ['province'], city: ['city'], country: ['country', 'nation'] };

const REF_NOUN_NAME: Record<string, RegExp> = {
  council: /\bCouncil\b/, authority: /\b(?:Authority|Council)\b/, force: /\b(?:Police|Constabulary)\b/, police: /\b(?:Police|Constabulary)\b/,
  trust: /\bTrust\b/, board: /\bBoard\b/, government: /\bGovernment\b/, ministry: /\bMinistry\b/, agency: /\bAgency\b/, bank: /\bBank\b/,
};

/** What an English back-reference names: the last body of its kind (the force → … Police), else the story's first organisation. */
export function resolveEnRef(mentions: EntityMention[], ref: EntityMention): string | null {
  // 'the province finished the year with a $182-million surplus': the last place of that level named before.
  const levels = ref.refNoun ? REF_NOUN_LEVELS[ref.refNoun] : undefined;
  if (levels) {
    for (let i = mentions.indexOf(ref) - 1; i >= 0; i--) {
      const x = mentions[i]!;
      const level = !x.ref && x.place ? placeOf(x.name)?.level : undefined;
      if (level && levels.includes(level)) return x.name;
    }
    return null;
  }
  const kind = ref.refNoun ? REF_NOUN_NAME[ref.refNoun] : undefined;
  if (kind) {
    for (let i = mentions.indexOf(ref) - 1; i >= 0; i--) {
      const x = mentions[i]!;
      if (!x.ref && kind.test(x.name)) return x.name;
    }
  }
  const first = mentions.find((x) => !x.ref && !x.place && !/^(?:UK|US|USA|England|Britain|China|Europe)$/.test(x.name));
  return first ? first.name : null;
}
