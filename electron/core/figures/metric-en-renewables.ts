/**
 * A share of renewables as English states it after the percentage: '40% of Nova Scotia's electricity
 * will be renewable', '100% of its electricity from renewable energy', '80 per cent renewable
 * electricity', 'be 100 per cent renewable by 2020'. The words before such a figure name the goal or
 * the place, not the measure; the measure is the renewables' share of electricity (or of energy).
 */

/** '… of (the|its|Nova Scotia's) electricity will be / from / met by renewable …': the whole, then renewables. */
const SHARE_OF_WHOLE = /^\s*of\s+(?:(?:the|its|their|our|[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*)*['’]s)\s+)?(?:total\s+|gross\s+|final\s+)?(electricity(?:\s+(?:generation|supply|consumption|needs))?|power(?:\s+(?:generation|supply))?|generation|energy(?:\s+(?:needs|consumption|use|supply))?)\b[^.;]{0,40}?\b(?:renewables?|clean)\b/i;
/** '80 per cent renewable electricity', '100 per cent renewable by 2020': renewable right after the percentage. */
const RENEWABLE_AFTER = /^\s*(?:renewables?|clean)\b(?:\s+(electricity|power|generation|energy))?/i;
const ELECTRICITY_WORDS = /\b(?:electricity|power|grid|generation|generated)\b/i;

/** The renewables share a percentage measures, from the words after it and its sentence; null when they name none. */
export function renewablesShareAfter(after: string, sentence: string): string | null {
  const whole = SHARE_OF_WHOLE.exec(after);
  if (whole) return /^energy/i.test(whole[1]!) ? 'share of renewable energy' : 'share of electricity from renewables';
  const adjective = RENEWABLE_AFTER.exec(after);
  if (!adjective) return null;
  const of = adjective[1]?.toLowerCase();
  if (of === 'energy') return ELECTRICITY_WORDS.test(sentence) ? 'share of electricity from renewables' : 'share of renewable energy';
  return of || ELECTRICITY_WORDS.test(sentence) ? 'share of electricity from renewables' : 'share of renewable energy';
}
