/** A measure written straight after its number ('8,000ha', '5km') is read as with a space. */
import { describe, expect, it } from 'vitest';
import { extractFigures } from '../../../electron/core/figures/extract';

const read = (text: string) => extractFigures(text, { date: '2020-06-01', city: null, language: 'en' });

describe('glued measures', () => {
  it.each([
    ['hectares', 'Planting 8,000ha a year is part of the plan.', 8000, 'ha'],
    ['kilometres', 'The new line runs 12km across the city.', 12, 'km'],
    ['square kilometres', 'The park covers 40km2 of wetland.', 40, 'km2'],
  ])('%s', (_name, text, value, unit) => {
    expect(read(text).map((f) => [f.value, f.unit])).toContainEqual([value, unit]);
  });

  it('a word that only begins like a unit is not one', () => {
    expect(read('He scored 5kills in the match.').map((f) => f.unit)).not.toContain('k');
  });
});
