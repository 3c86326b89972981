/** The adjective of a place as English names it: British → UK, Welsh → Wales (the Welsh Government). */
export const EN_PLACE_ADJ: Record<string, string> = {
  British: 'UK', American: 'US', Chinese: 'China', German: 'Germany', French: 'France', Japanese: 'Japan', European: 'Europe', Scottish: 'Scotland', Welsh: 'Wales', English: 'England',
  Australian: 'Australia', Canadian: 'Canada', Indian: 'India', Irish: 'Ireland', Italian: 'Italy', Spanish: 'Spain', Russian: 'Russia', Brazilian: 'Brazil',
};

/**
 * The place a government governs, for telling part from whole: 'the Australian Government' is
 * Australia's, 'the Government of India' India's. Null for a government that names no place
 * ('the Federal Government', 'the Government').
 */
export function placeGoverned(entity: string): string | null {
  const adjective = /^(?:the\s+)?([A-Z][a-z]+)\s+(?:Government|Administration|Executive)$/.exec(entity.trim());
  if (adjective) return EN_PLACE_ADJ[adjective[1]!] ?? null;
  const of = /^(?:the\s+)?Government of (?:the\s+)?([A-Z][A-Za-z ]+)$/.exec(entity.trim());
  return of ? of[1]! : null;
}
