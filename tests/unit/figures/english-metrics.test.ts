/**
 * English metric names and statistics-office entities. Every sentence here is
 * written for the test, not taken from a fixture.
 */
import { describe, expect, it } from 'vitest';
import { extractFigures } from '../../../electron/core/figures/extract';
import type { ExtractedFigure } from '../../../shared/domain/figure';
import { metricIdentity, unitClassOf } from '../../../electron/core/metrics/key';

const en = (text: string, date = '2024-05-02'): ExtractedFigure[] => extractFigures(text, { date, city: null, language: 'en' });
const byQuote = (figs: ExtractedFigure[], quote: string): ExtractedFigure => {
  const f = figs.find((x) => x.quote.includes(quote));
  expect(f, `${quote} in ${figs.map((x) => x.quote).join(' | ')}`).toBeDefined();
  return f!;
};

describe('English metric names', () => {
  it('a verb of trying after the subject is not the metric', () => {
    const figs = en('Ticket prices at the Leeds museum will rise by 8%, as Leeds City Council seeks to cut a £2m shortfall.');
    expect(byQuote(figs, '£2m').metric).not.toMatch(/seeks/);
  });
  it('money raised by charges or fees is income from them', () => {
    const figs = en('Library fees in Derby will go up by 5% next year, as Derby City Council tries to raise an extra £2m a year.');
    expect(byQuote(figs, '£2m').metric).toBe('library income');
  });
  it('money spent on doing something is named by the nominalised activity', () => {
    const figs = en('The council said it would spend £12m over the next two years on repainting bridges.');
    expect(byQuote(figs, '£12m').metric).toBe('bridge repainting');
    const plain = en('The trust will invest £3m in new scanners.');
    expect(byQuote(plain, '£3m').metric).toBe('new scanners');
  });
  it('the subject of a change to a count names the measure; the count noun is only its unit', () => {
    const figs = en('Attendance at the county fair rose to 48,000 visitors this year, from 41,000 in 2021.');
    expect(byQuote(figs, '48,000').metric).toBe('attendance');
    expect(byQuote(figs, '41,000').metric).toBe('attendance');
  });
  it('what forecasters expected is the metric, not the forecasters', () => {
    const figs = en('Economists had broadly expected annual profit of $3.4 billion, according to a poll.');
    expect(byQuote(figs, '$3.4 billion').metric).toBe('annual profit');
  });
});

describe('English statistics offices', () => {
  it('figures a national statistics office reports belong to its country', () => {
    const figs = en('Retail sales fell 1.2% in March, the Office for National Statistics said. Harbor Foods said its sales rose 4%.');
    expect(byQuote(figs, 'fell 1.2%').entity).toBe('UK');
    const us = en('Payrolls grew by 0.2% in June, the Bureau of Labor Statistics said.');
    expect(byQuote(us, '0.2%').entity).toBe('US');
  });
  it('the short form ONS is the same office', () => {
    const figs = en('Wages rose 5.6% in the year to April, according to the ONS.');
    expect(byQuote(figs, '5.6%').entity).toBe('UK');
  });
});

describe('budgets, shares of GDP and cuts from a base year', () => {
  it('a budget document is not whose deficit target it is, and the share of GDP is of the deficit', () => {
    const f = byQuote(en('The Union Budget has fixed the fiscal deficit target for 2023-24 at 5.9 percent of GDP.', '2023-02-01'), '5.9 percent');
    expect(f.entity).toBeNull();
    // The goal's own name ('the fiscal deficit target … at') is the measure; as a percentage it is the deficit's share of GDP.
    expect(f.metric).toBe('fiscal deficit');
    expect(metricIdentity(f.metric, f)).toBe('@fiscal-deficit-ratio');
  });
  it.each([
    ["Australia's emissions are now expected to be 42.6% below 2005 levels by 2030.", '42.6%', 'emissions reduction'],
    ['Ireland’s greenhouse gas emissions are projected to be 29% lower than 2018 levels by 2030.', '29%', 'greenhouse gas emissions reduction'],
  ])('a share below a base year’s level is the cut: %s', (text, quote, metric) => {
    expect(byQuote(en(text, '2024-11-26'), quote).metric).toBe(metric);
  });
});

describe('abbreviations and deadlines on a day', () => {
  it('the dots of U.S. end no sentence: the deadline after them is the goal’s', () => {
    const f = byQuote(en('President Joe Biden will announce a new goal on Tuesday to have 70% of U.S. adults vaccinated with at least one COVID-19 shot by July 4, officials said.', '2021-05-04'), '70%');
    expect(f.metric).toBe('adult vaccinated');
    expect(f.period?.to).toBe('2021-07-04');
  });
  it('a sentence after U.S. still starts a sentence', () => {
    const figs = en('Exports to the U.S. rose 5%. The U.K. said sales fell 3% in May.', '2021-06-01');
    expect(byQuote(figs, '3%').metric).toBe('sales');
  });
});

describe('progress towards a named goal, housing units and departments', () => {
  it('homes delivered towards the affordable homes target count affordable homes', () => {
    const f = byQuote(en('From 23 March 2022 to end September 2023, 15,765 homes have been delivered towards the 110,000 affordable homes target.', '2024-02-19'), '15,765');
    expect(f.metric).toBe('affordable homes');
    expect(f.period?.from).toBe('2022-03-23');
  });
  it('bare units in a sentence about housing are housing units', () => {
    expect(byQuote(en("That puts the Government's Housing For All target of building 33,450 units this year in jeopardy.", '2023-07-27'), '33,450').metric).toBe('housing units');
  });
  it('an A&E department owns no figure', () => {
    expect(byQuote(en('75% of patients were admitted, transferred or discharged from A&E departments within four hours in March.', '2025-04-10'), '75%').entity ?? '').not.toMatch(/A&E/);
  });
});

describe('a goal that will be hit is still a goal', () => {
  it.each([
    ['She is confident the Government will hit its target of 500 extra officers in two years.', '500 extra officers', 'target'],
    ['The council has hit its target of 500 new homes this year.', '500 new homes', 'actual'],
  ])('%s', (text, quote, kind) => {
    expect(byQuote(en(text, '2025-02-26'), quote).kind).toBe(kind);
  });
});

describe('a bare Government owns no figure', () => {
  it('the Government named without a country leaves the owner to the story', () => {
    expect(byQuote(en('She is confident the Government will hit its target of 500 extra officers in two years.', '2025-02-26'), '500 extra officers').entity).toBeNull();
  });
});

describe('a share of homes with broadband, within a deadline', () => {
  it('85 per cent of UK homes within the next three years is a goal for gigabit broadband', () => {
    const f = byQuote(en('A report looked into the introduction of gigabit-capable broadband to 85 per cent of UK homes within the next three years.', '2020-12-22'), '85 per cent');
    expect(f.kind).toBe('target');
    expect(f.metric).toBe('gigabit capable broadband');
  });
});

describe('what a government binds itself to, or forecasts in its budget, is a goal', () => {
  it.each([
    ['The Act puts the country on a legally binding path to a 40% reduction in emissions by 2030.', '40%', 'target'],
    ['"By the end of the year, we intend to have vaccinated over 5 million adults," the minister said.', '5 million adults', 'target'],
    ['Ministers are half way to delivering their manifesto commitment of 6,000 more nurses by March 2025.', '6,000 more nurses', 'target'],
    ['The government said its projection for the 2025 fiscal year inflation rate stands at 15.2%.', '15.2%', 'target'],
    ['Analysts expect inflation to ease to 15.2% next year.', '15.2%', 'projection'],
  ])('%s', (text, quote, kind) => {
    expect(byQuote(en(text, '2024-11-20'), quote).kind).toBe(kind);
  });
});

describe('a goal of doing something to a measure is about that measure', () => {
  it.each([
    ["The minister's flagship target of getting immigration below 100,000 a year has not changed.", '100,000', 'immigration'],
    ['The pledge to bring inflation down to 5% by the end of 2024 stands.', '5%', 'inflation'],
    ['The aim of cutting hospital waiting lists to 6 million was missed.', '6 million', 'hospital waiting lists'],
  ])('%s', (text, quote, metric) => {
    expect(byQuote(en(text, '2024-11-20'), quote).metric).toBe(metric);
  });
});

describe('a financial year named by the year it ends in, and a measure named after its figure', () => {
  it.each([
    ['The utility aims to achieve 70% EAF by the 2027 financial year.', '70%', '2024-03-17', '2027-03-31'],
    ['The deficit in fiscal year 2024 was 6.4% of GDP.', '6.4%', '2023-04-01', '2024-03-31'],
  ])('%s', (text, quote, from, to) => {
    const f = byQuote(en(text, '2024-03-17'), quote);
    expect([f.period?.from, f.period?.to]).toEqual([from, to]);
  });
  it.each([
    ['The utility aims to achieve 70% EAF by the 2027 financial year.', '70%', 'EAF'],
    ['The statistics showed that the EAF for the latest financial year, from 1 April 2024 to 31 March 2025, was 60.6%.', '60.6%', 'EAF'],
  ])('%s', (text, quote, metric) => {
    expect(byQuote(en(text, '2025-04-04'), quote).metric).toBe(metric);
  });
});

describe('how staff are counted is not what is counted', () => {
  it.each([
    ['There are 29,103 more full-time equivalent (FTE) direct patient care staff working in primary care.', '29,103', 'direct patient care staff'],
    ['There are 2,300 more FTE nurses than a year ago.', '2,300', 'nurses'],
  ])('%s', (text, quote, metric) => {
    expect(byQuote(en(text, '2023-05-18'), quote).metric).toBe(metric);
  });
  it('direct patient care staff in general practice are the primary care staff a pledge counts', () => {
    const f = byQuote(en('There are 29,103 more full-time equivalent (FTE) direct patient care staff working in primary care.', '2023-05-18'), '29,103');
    expect(metricIdentity(f.metric, f)).toBe(metricIdentity('more primary care staff', { unit: 'staff', currency: null, change: 'increase' }));
  });
});

describe('a count of a list of things', () => {
  it.each([
    ['We will deliver an extra two million NHS operations, scans, and appointments every year.', 'two million', 'nhs operations, scans, and appointments'],
    ['The council built 300 homes and 20 schools last year.', '300 homes', 'homes'],
  ])('%s', (text, quote, metric) => {
    expect(byQuote(en(text, '2025-01-02'), quote).metric).toBe(metric);
  });
  it('the pledge of extra operations, scans and appointments and the later count of extra elective appointments are one indicator', () => {
    const pledge = byQuote(en('We will deliver an extra two million NHS operations, scans, and appointments every year.', '2025-01-02'), 'two million');
    const outcome = byQuote(en('Almost 2.2 million more elective care appointments were delivered between July and November 2024.', '2025-02-17'), '2.2 million');
    expect(metricIdentity(pledge.metric, pledge)).toBe(metricIdentity(outcome.metric, outcome));
  });
});

describe('what a percentage is of, when the words after it say', () => {
  it.each([
    ['The government has resolved to meet the target of 20 per cent ethanol blending in petrol by 2025.', '20 per cent', 'ethanol blending', 'target'],
    ['India has achieved its target of 20 per cent ethanol blending with petrol.', '20 per cent', 'ethanol blending', 'actual'],
    ['The board has become the first in the country to be 90% fully vaccinated.', '90%', 'fully vaccinated', 'actual'],
  ])('%s', (text, quote, metric, kind) => {
    const f = byQuote(en(text, '2025-07-27'), quote);
    expect([f.metric, f.kind]).toEqual([metric, kind]);
  });
  it.each([
    ['Prices rose 5% last year.', '5%'],
    ['Sales saw a 5% increase in March.', '5%'],
  ])('a percentage followed by time or a change names no measure after it: %s', (text, quote) => {
    const f = byQuote(en(text, '2025-07-27'), quote);
    expect(f.metric).not.toMatch(/last year|increase in/);
  });
});

describe('a resolve, a preferred band, a goal that must be hit, a figure named as a goal', () => {
  it.each([
    ['The government is determined to further narrow the fiscal deficit to 3.8 per cent this year.', '3.8 per cent', 'target', 'fiscal deficit'],
    ['The central bank has a preferred range for inflation of between 3% and 6% in the medium term.', 'between 3% and 6%', 'target', 'preferred range for inflation'],
    ['The Act sets goals which the government is expected to hit by 2030, including fewer than 8% of pupils leaving school without a qualification.', '8%', 'target', null],
    ['Ministers are still far from the 4,000 target pledged at the election.', '4,000', 'target', null],
    ['The minister set a goal to add 1800 new firefighters over three years.', '1800 new firefighters', 'target', 'new firefighters'],
  ])('%s', (text, quote, kind, metric) => {
    const f = byQuote(en(text, '2024-03-20'), quote);
    expect(f.kind).toBe(kind);
    if (metric) expect(f.metric).toBe(metric);
  });
  it('a level a phrasal verb of growing reaches sets no ceiling: ramp up to 90,000', () => {
    const f = byQuote(en('Housing targets will ramp up to 90,000 in 2025 and 110,000 in 2026, the minister wrote.', '2024-03-20'), '90,000');
    expect(f.qualifier).not.toBe('lte');
  });
  it('a month owns no figure: inflation in March', () => {
    const text = 'Inflation fell in March compared with a month earlier, the statistics office said.\n\nOn a month-on-month basis, inflation was at 0.3% compared with 0.2% in February.\n\nThe government has a preferred range for inflation of between 2.5% and 7.5% in the medium term.';
    const f = byQuote(en(text, '2024-04-02'), 'between 2.5%');
    expect(f.entity).not.toBe('March');
  });
});

describe('an abbreviation the story defines names the same thing as its long form', () => {
  it.each([
    ['The state wants 3 million zero-emission vehicles (ZEVs) on its roads by 2030, up from its goal of 1 million ZEVs by 2025.', '1 million ZEVs', 'zero-emission vehicles', 'vehicles'],
    ['The plan cuts greenhouse gas (GHG) emissions and adds 500 electric vehicle charging points (EVCPs); 200 EVCPs are built.', '200 EVCPs', 'electric vehicle charging points', 'points'],
  ])('%s', (text, quote, metric, unit) => {
    const f = byQuote(en(text, '2024-03-20'), quote);
    expect(f.metric).toBe(metric);
    expect(f.unit).toBe(unit);
  });
  it('an abbreviation the story never defines stays as printed', () => {
    const f = byQuote(en('The state now has 1 million ZEVs on its roads (DMV figures).', '2024-03-20'), '1 million ZEVs');
    expect(f.metric).toBe('zevs');
  });
});

describe('a government forecast for a named year is its benchmark; a figure set against a goal is a reading', () => {
  it.each([
    ['The government remained confident to meet its gross domestic product (GDP) forecast of 3.5 per cent to 4.5 per cent for 2024.', '3.5 per cent to 4.5 per cent', 'target'],
    ['Ontario says its housing targets are on track, with the latest year delivering a 38.1 per cent share of new rentals, well ahead of its 2024 target of 30 per cent.', '38.1 per cent', 'actual'],
    ['Analysts forecast growth of 3.5 per cent for 2024.', '3.5 per cent', 'projection'],
  ])('%s', (text, quote, kind) => {
    expect(byQuote(en(text, '2024-03-20'), quote).kind).toBe(kind);
  });
});

describe('a verb that moves a goal names no measure: its object does', () => {
  it.each([
    ['The government last week hiked its 2023 deficit target to 5.3% of GDP.', '5.3%', 'deficit'],
    ['The ministry raised its inflation forecast to 2.1% for this year.', '2.1%', 'inflation'],
  ])('%s', (text, quote, metric) => {
    expect(byQuote(en(text, '2023-10-01'), quote).metric).toBe(metric);
  });
});

describe('a subject that names no measure gives way to the indicator the sentence names', () => {
  it.each([
    ['an actor', 'The government has set itself a target of shipping exports worth $58 billion this fiscal year.', '$58 billion', '@exports'],
    ['a goal frame around the measure', 'The ministry set an inflation target at 3% for 2025.', '3%', '@cpi-inflation'],
    ['a lone adverb', 'Unemployment is now 4.2%, the statistics office said.', '4.2%', '@unemployment-rate'],
    ['a lone conjunction', 'CPI inflation is projected to rise temporarily, to 4% in Q4, owing largely to energy prices, before falling back to close to the 2% target.', '2%', '@cpi-inflation'],
    ['words that name no thing', 'The target for retail inflation was kept at 4 per cent with a margin of 2 per cent on either side.', '4 per cent', '@cpi-inflation'],
    ['a report word', 'The president vowed to halve the deficit he inherited, estimated at $1.3 trillion.', '$1.3 trillion', '@fiscal-deficit'],
    ['the sentence before in the paragraph', 'The share of renewable energy was 10.6 per cent last year. The stated target is 16 per cent by 2020.', '16 per cent', '@renewables-share-of-energy'],
  ])('%s', (_why, text, quote, key) => {
    const f = byQuote(en(text), quote);
    expect(metricIdentity(f.metric, f)).toBe(key);
  });
  it.each([
    ['a named thing the lexicon does not know is kept', 'New urban jobs reached 12 million while the surveyed urban unemployment rate averaged 5.2%.', '12 million', 'new urban jobs'],
    ['an indicator of another unit is not borrowed', 'The White House said capacity reached 30 gigawatts.', '30 gigawatts', 'capacity'],
  ])('%s', (_why, text, quote, metric) => {
    expect(byQuote(en(text), quote).metric).toBe(metric);
  });
});

describe('a unit of measure is no metric, a counted noun is', () => {
  it.each([
    ['The ministry constructed 12,349 km of national highways in 2023-24.', '12,349 km', 'national highways'],
    ['The country produced 3 million tonnes of grain last year.', '3 million tonnes', 'grain'],
    ['Farmers planted 20,000 hectares of maize this spring.', '20,000 hectares', 'maize'],
  ])('what a measure is "of" names it: %s', (text, quote, metric) => {
    expect(byQuote(en(text), quote).metric).toBe(metric);
  });
  it.each([
    ['tonnes', 'mass'], ['tonne', 'mass'], ['hectares', 'area'], ['kilometres', 'length'], ['miles', 'length'], ['jobs', 'count'],
  ])('a plural unit keeps its class: %s is %s', (unit, cls) => {
    expect(unitClassOf({ unit, currency: null })).toBe(cls);
  });
  it('jobs counted are jobs, whatever else the sentence names', () => {
    expect(byQuote(en('The scheme will deliver 2,000 new homes and create about 300 jobs.'), 'about 300 jobs').metric).toBe('jobs');
  });
});

describe('an indicator named after the figure lends its name only within the clause', () => {
  it('capital spending in the next clause is not what the job cuts were a share of', () => {
    const f = byQuote(en('Amazon has cut more than 27,000 jobs, about 9% of its corporate workforce, and chief executive Andy Jassy said capital spending would total $50 billion.'), 'about 9%');
    expect(f.metric).not.toBe('capital spending');
  });
  it('a participle clause after the figure still speaks of it', () => {
    const f = byQuote(en('The government has garnered Rs 16,507 crore through the sale of minority stakes during 2023-24, falling short of its revised estimates for disinvestment proceeds.'), 'Rs 16,507 crore');
    expect(metricIdentity(f.metric, f)).toBe('@disinvestment-receipts');
  });
});

describe('a share of renewables stated after the percentage', () => {
  it.each([
    ['In 2030, 40% of Nova Scotia’s electricity will be renewable, thanks to new hydro.', '40%', '@renewable-electricity-share'],
    ['The target is for 80 per cent renewable electricity by 2030.', '80 per cent', '@renewable-electricity-share'],
    ['The territory will get 100% of its electricity from renewable energy by 2020.', '100%', '@renewable-electricity-share'],
    ['The bloc wants 42.5% renewables in its energy mix by 2030.', '42.5%', '@renewables-share-of-energy'],
    ['The share of renewable generation in total electricity supply was 40.7%.', '40.7%', '@renewable-electricity-share'],
  ])('%s', (text, quote, key) => {
    const f = byQuote(en(text), quote);
    expect(metricIdentity(f.metric, f)).toBe(key);
  });
  it('reads through a place named in the possessive', () => {
    expect(metricIdentity('share of renewable energy in Scotland’s electricity needs', { unit: '%', currency: null, change: 'level' })).toBe('@renewable-electricity-share');
  });
  it('leaves a percentage of something else alone', () => {
    expect(byQuote(en('Unemployment fell to 4% of the workforce, while renewable projects grew.'), '4%').metric).not.toMatch(/renewable/);
  });
});

describe('a service standard is the goal a figure is held to', () => {
  it.each([
    ['The Scottish Government standard states that 90% of children should start treatment within 18 weeks of referral.', '90%'],
    ['Just 70% were seen within four hours, against the four-hour standard of 95%.', '95%'],
  ])('%s', (text, quote) => {
    expect(byQuote(en(text), quote).kind).toBe('target');
  });
  it.each([
    ['The standard rate of VAT is 20%.', '20%'],
    ['Living standards fell 2% last year.', '2%'],
  ])('not a standard of another kind: %s', (text, quote) => {
    expect(byQuote(en(text), quote).kind).not.toBe('target');
  });
});


describe('a verb of how a rate moved is not part of what it measures', () => {
  it.each([
    ['Kenya’s annual inflation rate decelerated to 5.1% in December.', '5.1%', 'annual inflation rate'],
    ['Japan’s jobless rate edged to 2.6% in March.', '2.6%', 'jobless rate'],
    ['Headline inflation surged to 9.4% in June.', '9.4%', 'headline inflation'],
  ])('%s', (text, quote, metric) => {
    expect(byQuote(en(text, '2025-01-10'), quote).metric).toBe(metric);
  });
});
