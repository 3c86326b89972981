/**
 * Whose figure an English story prints: the world's countries and the states and provinces the
 * place table holds are places wherever they stand, and months, datelines, openers and titled
 * people never own a figure. Every sentence here is written for the test.
 */
import { describe, expect, it } from 'vitest';
import { extractFigures } from '../../../electron/core/figures/extract';
import { englishPlaceName, placeOf } from '../../../electron/core/metrics/places';
import type { ExtractedFigure } from '../../../shared/domain/figure';

const find = (text: string, quote: string): ExtractedFigure => {
  const figs = extractFigures(text, { date: '2024-05-02', city: null, language: 'en' });
  const f = figs.find((x) => x.quote.includes(quote));
  expect(f, `${quote} in ${figs.map((x) => x.quote).join(' | ')}`).toBeDefined();
  return f!;
};

describe('countries and states from the place table', () => {
  it.each([
    ['Kenya recorded 13,352 affordable units by the end of the year.', '13,352', 'Kenya'],
    ['Ghana missed its target as inflation in Ghana reached 23.8% in December.', '23.8%', 'Ghana'],
    ['MALAYSIA has surpassed its neighbours, recording 38 million foreign tourist arrivals.', '38 million', 'Malaysia'],
    ['Officials said Tasmania was on track to be 100 per cent renewable by 2022.', '100 per cent', 'Tasmania'],
    ['While Quebec was aiming for a 20 per cent reduction by 2020, it achieved 26.6 per cent.', '26.6 per cent', 'Quebec'],
    ['In Rwanda, growth reached 8.9 per cent last year.', '8.9 per cent', 'Rwanda'],
    ['The Saskatchewan government ran a surplus. With the fastest growing economy in Canada, the province finished the year with a $182-million surplus.', '$182-million', 'Saskatchewan'],
  ])('%s', (text, quote, entity) => {
    expect(find(text, quote).entity).toBe(entity);
  });

  it('holds every country once, with its Chinese name, within the world', () => {
    expect(placeOf('Kenya')?.id).toBe(placeOf('肯尼亚')?.id);
    expect(placeOf('Ivory Coast')?.id).toBe(placeOf("Côte d'Ivoire")?.id);
    expect(placeOf('Türkiye')?.id).toBe(placeOf('Turkey')?.id);
    expect(placeOf('Georgia')?.id).toBeNull();
    expect(englishPlaceName('canada-newfoundland-and-labrador')).toBe('Newfoundland and Labrador');
  });
});

describe('words that are never whose figure it is', () => {
  it.each([
    ['Unemployment rose to 5.1% in December from November\'s 5.0%, official data showed.', '5.0%'],
    ['The government missed its target, with December’s inflation rate reaching 23.8%.', '23.8%'],
    ['NEW YORK, Feb 26 - Brazil\'s trade surplus fell 7.5 pct in January.', '7.5 pct'],
    ['Government Statistician Professor Samuel Kobina Annim said inflation eased to 23.8% in December.', '23.8%'],
  ])('%s', (text, quote) => {
    expect(find(text, quote).entity ?? '').not.toMatch(/December|November|New York|Annim|Professor/);
  });

  it('takes the dateline\'s story by its own subject', () => {
    expect(find('NEW YORK, Feb 26 - Brazil\'s trade surplus fell 7.5 pct in January.', '7.5 pct').entity).toBe('Brazil');
  });
});

describe('a yardstick and a subject', () => {
  it.each([
    ['MALAYSIA has surpassed Thailand as the most-visited country in the region, recording 38 million foreign tourist arrivals.', '38 million', 'Malaysia'],
    ['Spain closed the year with debt of 107.7%, behind Greece (161.9%), Italy (137.3%) and France (110.6%), while the deficit stands at 3.6%.', '3.6%', 'Spain'],
    ['Spain closed the year with debt of 107.7%, behind Greece (161.9%), Italy (137.3%) and France (110.6%), while the deficit stands at 3.6%.', '161.9%', 'Greece'],
    ['Meanwhile, Avon and Somerset Police said it would put 50 more officers in the city centre, after reports of antisocial behaviour rose by 12% last year.', '12%', 'Avon and Somerset Police'],
  ])('%s (%s)', (text, quote, entity) => {
    expect(find(text, quote).entity).toBe(entity);
  });
});

describe('a story about the parts of one whole', () => {
  it('is the whole\'s when it names several of its parts and none above the rest', () => {
    const text = [
      'The scheme aimed to provide 5 crore free LPG connections in three years.',
      'Uttar Pradesh received the most connections, followed by West Bengal and Bihar.',
      'Officials in Uttar Pradesh said the drive would go on.',
    ].join('\n\n');
    expect(find(text, '5 crore').entity).toBe('India');
  });

  it('stays the part\'s when the part is named more than its siblings together', () => {
    const text = [
      'The state aims to build 800,000 homes over ten years.',
      'Victoria approved 54,000 homes last year, Victoria\'s planning minister said, more than New South Wales.',
      'Victoria will publish its figures quarterly.',
    ].join('\n\n');
    expect(find(text, '800,000').entity).toBe('Victoria');
  });
});
