/**
 * How English news states figures that are later checked against targets: pledges,
 * goals met, increments, shares and the noun phrase a figure counts. Every sentence
 * here is written for the test, not taken from a fixture.
 */
import { describe, expect, it } from 'vitest';
import { extractFigures } from '../../../electron/core/figures/extract';
import type { ExtractedFigure } from '../../../shared/domain/figure';

const en = (text: string, date = '2024-05-02'): ExtractedFigure[] => extractFigures(text, { date, city: null, language: 'en' });
const find = (text: string, quote: string, date?: string): ExtractedFigure => {
  const figs = en(text, date);
  const f = figs.find((x) => x.quote.includes(quote));
  expect(f, `${quote} in ${figs.map((x) => x.quote).join(' | ')}`).toBeDefined();
  return f!;
};

describe('the noun phrase a count counts', () => {
  it.each([
    ['The mayor promised 20,000 extra police officers if he wins the election.', '20,000', 'extra police officers'],
    ['The network now has around 170,000 chargers nationwide, officials said.', '170,000', 'chargers'],
    ['Is the 50,000 more nurses claim accurate?', '50,000', 'nurses'],
    ['Ministers want 1.2 million new well‑located homes over five years.', '1.2 million', 'new well‑located homes'],
    ['The trust will hire 300 midwives unless funding is cut.', '300', 'midwives'],
    ['About 4,000 teachers annually leave the profession in Wales.', '4,000', 'teachers'],
  ])('%s', (text, quote, metric) => {
    expect(find(text, quote).metric).toBe(metric);
  });
});

describe('an extra or additional count is an increase, quoted with its article', () => {
  it.each([
    ['He wants to see an additional 20,000 officers on the beat by 2025.', 'an additional 20,000 officers'],
    ['The hospital will open an extra 120 beds this winter.', 'an extra 120 beds'],
    ['The scheme funds another extra 40 buses for rural routes.', 'extra 40 buses'],
    ['The county will recruit an additional 350 carers next year.', 'an additional 350 carers'],
  ])('%s', (text, quote) => {
    expect(find(text, quote).change).toBe('increase');
  });
  it('"a further" after a list adds an item, not an increase', () => {
    expect(find('The scheme would create about 300 jobs, with a further 150 apprenticeships for school leavers.', '150 apprenticeships').change).toBe('level');
  });
});

describe('"from A to B" is a start and an end, not a range', () => {
  it.each([
    ['He said he will cut the rate of inflation from more than 10% to 5% by December.', '5%', 'rate of inflation'],
    ['The council aims to lower the vacancy rate from 12% to 8% next year.', '8%', 'vacancy rate'],
    ['The bank plans to raise the deposit rate from about 3% to 4% in June.', '4%', 'deposit rate'],
    ['The party pledged to cut the UK\'s jobless rate from 6% to 4% by 2026.', '4%', 'jobless rate'],
  ])('%s', (text, quote, metric) => {
    const f = en(text).find((x) => x.quote === quote);
    expect(f, en(text).map((x) => x.quote).join(' | ')).toBeDefined();
    expect([f!.valueMax, f!.metric]).toEqual([null, metric]);
  });
});

describe('a quantity kept at a level, past an aside between dashes', () => {
  it.each([
    ['Targets include keeping the CPI increase – the main gauge of inflation – at around 3 percent.', '3 percent', 'cpi increase'],
    ['The plan means keeping the deficit at 3% of GDP.', '3%', 'deficit'],
    ['The bank is holding its key rate at 5.25% for now.', '5.25%', 'key rate'],
    ['Ministers said they would keep the jobless rate – now at a record low – at about 4%.', 'about 4%', 'jobless rate'],
  ])('%s', (text, quote, metric) => {
    expect(find(text, quote).metric.toLowerCase()).toBe(metric);
  });
});

describe('"a record number of X — N": X is what N counts', () => {
  it.each([
    ['We now have a record number of officers—149,572—across England and Wales.', '149,572', 'officers'],
    ['There is now a record number of nurses, 351,000, in the health service.', '351,000', 'nurses'],
    ['The city has the highest number of cyclists, 42,000, since counts began.', '42,000', 'cyclists'],
    ['It means the number of apprentices, 12,400, is the lowest in a decade.', '12,400', 'apprentices'],
  ])('%s', (text, quote, metric) => {
    expect(find(text, quote).metric).toBe(metric);
  });
});

describe('pledges, goals and plans are targets', () => {
  it.each([
    ['Boris Johnson promises 20,000 extra police officers if he becomes prime minister.', '20,000', '2019-07-04'],
    ['Khan was given £4.8bn in 2016 to build 116,000 affordable homes by 2022.', '116,000', '2021-02-15'],
    ['The administration proposed standards for its program to build a network of 500,000 charging stations by 2030.', '500,000', '2022-06-09'],
    ['He said the target for 2023 was for 29,000 new homes to be completed.', '29,000', '2023-04-26'],
    ['The governor announced that one promise would be to get 100 million vaccines into arms in the first 100 days.', '100 million', '2021-01-26'],
    ['The ministry denied reports that the country may fall short of its renewable energy target of 175 gigawatts by 2022.', '175 gigawatts', '2019-10-10'],
    ['The government admitted it will fall well short of its initial target of building 1000 homes by July this year.', '1000 homes', '2019-01-24'],
    ['The bloc is on track to meet its objective to cut emissions 20% below 1990 levels.', '20%', '2020-11-30'],
    ['The former minister said he would like to see an additional 20,000 nurses by 2025.', '20,000', '2019-07-03'],
    ['The goal is 40,000 new trees, the council said.', '40,000', '2024-03-01'],
    ['The city hopes to plant 5,000 street trees, the mayor said on Monday.', '5,000', '2024-03-01'],
    ['The money was used to install 300 heat pumps in council flats.', '300', '2024-03-01'],
    ['Targets set for 2015-16 was 58 per cent, before rising to 64 per cent by 2020.', '64 per cent', '2016-08-24'],
    ['The revenue collector is optimistic about raising Sh2.768 trillion in this FY.', 'Sh2.768 trillion', '2023-10-25'],
    ['The government is confident of achieving GDP growth of between four and five per cent in 2024.', 'between four and five per cent', '2024-02-16'],
  ])('%s', (text, quote, date) => {
    const f = find(text, quote, date);
    expect(f.kind, text).toBe(text.includes('used to install') ? 'actual' : 'target');
  });
  it('an infinitive after "managed" or "failed" reports what was done', () => {
    expect(find('The council managed to build 800 homes last year.', '800 homes').kind).toBe('actual');
    expect(find('The firm failed to deliver 40 trains, the report found.', '40 trains', '2024-03-01').kind).not.toBe('target');
  });
});

describe('a goal reached is an outcome', () => {
  it.each([
    ['The mayor announced the City has reached the goal of building or preserving 200,000 affordable homes.', '200,000'],
    ['He confirmed that he has surpassed the target of starting 116,000 affordable homes.', '116,000'],
    ['The force has now met its pledge of 1,200 more officers, the chief constable said.', '1,200'],
    ['The region hit its target of 5,000 new jobs in March.', '5,000'],
    ['The ministry accomplished its fiscal deficit target for the year, achieving 4.8% of GDP.', '4.8%'],
    ['The county fell well short of its housing target, completing 1,900 homes.', '1,900'],
    ['The city raised its solar target to 3GW by 2030 after reaching its previous 2GW target in 2025.', '2GW'],
  ])('%s', (text, quote) => {
    expect(find(text, quote, '2024-05-02').kind).toBe('actual');
  });
});

describe('an extrapolation from the pace so far is a projection', () => {
  it.each([
    ['If building continues at this pace, Australia will start just over 825,000 new homes over the next five years.', '825,000'],
    ['At the current rate, the county will plant 9,000 trees by 2030.', '9,000'],
    ['On current trends the city will have 2,400 charging points by 2027.', '2,400'],
    ['On current trajectories, there will only be 12 million ICT specialists in Europe by 2030.', '12 million'],
    ['On present trends the region will plant 40,000 trees by 2030.', '40,000'],
    ['At this rate, the scheme will deliver 3,100 homes over the decade.', '3,100'],
    ['If the vaccination rate continues on its current average, the state will reach about 61 percent by July.', '61 percent'],
    ['Forecasters said the state would fall short of the goal, with modelling showing solar reaching 58 per cent by 2030.', '58 per cent'],
    ["The country's gross debt is seen stabilising at 77.7% of GDP in 2025/26.", '77.7%'],
    ['The planning changes will result in the construction of 1.3 million homes during this parliament, the forecaster said.', '1.3 million'],
  ])('%s', (text, quote) => {
    expect(find(text, quote, '2025-01-15').kind).toBe('projection');
  });
});

describe('people and parties do not own figures; places do', () => {
  it.each([
    ['Prime Minister Rishi Sunak has pledged to halve UK inflation this year.', 'halve'],
    ['Labour\'s pledge of 1.5 million homes in England was costed on Monday.', '1.5 million'],
    ['The Conservative Party promised 50,000 more nurses across England.', '50,000'],
    ['Mayor Bill de Blasio said 200,000 affordable homes had been built in New York.', '200,000'],
    ['Rishi Sunak promised 40 new hospitals in England. Sunak said the plan was fully funded.', '40'],
    ['Mr Johnson pledged 20,000 more officers for England. Boris Johnson repeated the pledge.', '20,000'],
    ['Labor committed to 82 per cent renewables by 2030, and Labor repeated the pledge in Canberra.', '82 per cent'],
    ['The BJP promised 20 million jobs, and the BJP said so again.', '20 million'],
    ['Housing and Urban Development Minister Phil Twyford said 47 homes were finished.', '47'],
  ])('%s', (text, quote) => {
    const entity = find(text, quote).entity ?? '';
    expect(entity).not.toMatch(/Sunak|Labour|Labor|BJP|Conservative|Blasio|Johnson|Twyford/);
  });
  it.each([
    ['The deficit came in at Rs 15.77 lakh crore, or 4.8% of GDP.', '4.8%'],
    ['Output rose 2.1% in Q3, official figures show.', '2.1%'],
  ])('a currency or a quarter owns nothing: %s', (text, quote) => {
    expect(find(text, quote).entity ?? '').not.toMatch(/^(?:Rs|Q3)$/);
  });
  it('a body named after a person-like word keeps its name', () => {
    expect(find('Johnson Matthey\'s sales rose 4% in the year, and Johnson shares rose.', '4%').entity).toBe('Johnson Matthey');
  });
});

describe('dotted place abbreviations and national adjectives', () => {
  it.each([
    ['The U.S. had around 170,000 public chargers at the end of 2023.', '170,000', 'US'],
    ['The U.K. economy grew 0.6% in the quarter.', '0.6%', 'UK'],
    ['The Australian Government wants 1.2 million homes built over five years.', '1.2 million', 'Australia'],
    ['Canadian officials expect a deficit of $40 billion this year.', '$40 billion', 'Canada'],
    ['The Central Statistics Office said 7,353 new homes were completed in the quarter.', '7,353', 'Ireland'],
  ])('%s', (text, quote, entity) => {
    expect(find(text, quote).entity).toBe(entity);
  });
});

describe('a share is named by its source and its whole', () => {
  it.each([
    ['The share of gross final energy consumption from renewable sources reached 22.1 percent in 2020.', '22.1 percent', 'share of renewable energy in gross final energy consumption'],
    ['The EU\'s target is to reach 20 percent of its energy from renewable sources by 2020.', '20 percent', 'share of renewable energy in energy'],
    ['Renewables covered almost 98.6% of gross electricity consumption in 2020.', '98.6%', 'share of renewables in gross electricity consumption'],
    ['Coal accounted for 20% of electricity generation last year.', '20%', 'share of coal in electricity generation'],
    ['Figures show that 41% of electricity used in Denmark came from wind power in 2023.', '41%', 'share of wind power in electricity used'],
    ['Imports made up about 30% of gas supply in the winter.', '30%', 'share of imports in gas supply'],
  ])('%s', (text, quote, metric) => {
    expect(find(text, quote).metric).toBe(metric);
  });
});

describe('frames, gauges and goals around a metric are not the metric', () => {
  it.each([
    ['China\'s consumer price index, the main gauge of inflation, increased 0.2 percent on a yearly basis.', '0.2 percent', /^(?:inflation|consumer price index)$/],
    ['The main gauge of inflation rose 3.1% in June.', '3.1%', /^inflation$/],
    ['A key measure of wages rose 5.6% in the year to April.', '5.6%', /^wages$/],
    ['Data show that the equivalent of 98.6% of all electricity used in Scotland came from renewables.', '98.6%', /^share of renewables in electricity used$/],
    ['The renewable energy target is 40% by 2030, officials said.', '40%', /^renewable energy$/],
    ['The rate in the year to May was 8.7%, the statistics office said.', '8.7%', /^rate$/],
    ['China targets an increase in consumer price index of around 3 percent for 2023.', '3 percent', /^consumer price index increase$/],
  ])('%s', (text, quote, metric) => {
    expect(find(text, quote).metric).toMatch(metric);
  });
});

describe('the noun a reporting verb\'s article introduces', () => {
  it.each([
    ['The federal government broke its fiscal guardrail and posted a deficit of $61.9 billion for the year.', '$61.9 billion', 'deficit'],
    ['It projects the deficit will be $40 billion in 2023-24.', '$40 billion', 'deficit'],
    ['The province recorded a budget surplus of C$2.1 billion last year.', 'C$2.1 billion', 'budget surplus'],
    ['BEIJING, Jan. 17 (Xinhua) -- China\'s gross domestic product posted a growth of 5.2 percent in 2023.', '5.2 percent', 'gross domestic product growth'],
    ['The airline ran a loss of £45m in the first half.', '£45m', 'loss'],
  ])('%s', (text, quote, metric) => {
    expect(find(text, quote).metric).toBe(metric);
  });
  it('a participle of forecasting before a preposition is the figure\'s own verb', () => {
    expect(find('- China\'s deficit-to-GDP ratio is projected at 3 percent for 2023.', '3 percent').metric).toBe('deficit-to-GDP ratio');
    expect(find('Meridian Foods said on Thursday revenue rose 8% to $12.4 billion.', 'rose 8%').metric).toBe('revenue');
  });
});

describe('a bare number after a verb that changes a headcount by it', () => {
  it.each([
    ['Boris Johnson has pledged to boost police numbers by 20,000 in three years.', 'by 20,000', 'police numbers', 'increase'],
    ['The retailer will cut its workforce by 1,500 next year.', 'by 1,500', 'workforce', 'decrease'],
    ['The trust plans to increase nurse numbers by 2,000 by 2026.', 'by 2,000', 'nurse numbers', 'increase'],
    ['The airline has reduced its fleet by 12 since the spring.', 'by 12', 'fleet', 'decrease'],
  ])('%s', (text, quote, metric, change) => {
    const f = find(text, quote);
    expect([f.metric, f.change]).toEqual([metric, change]);
  });
});

describe('a bare number whose noun is left out repeats the count before it', () => {
  it.each([
    ['The government is likely to miss its target to build 40 new hospitals by 2030. Only 32 will be built in time.', '32', 'new hospitals'],
    ['The council promised 500 new homes this year, but just 310 have been completed.', '310', 'new homes'],
    ['Ministers set out plans for 12 new schools in the county. So far 5 have opened.', '5', 'new schools'],
    ['The force aimed to recruit 300 officers by March; 240 were recruited.', '240', 'officers'],
  ])('%s', (text, quote, metric) => {
    const f = en(text).find((x) => x.quote === quote);
    expect(f, en(text).map((x) => x.quote).join(' | ')).toBeDefined();
    expect(f!.metric).toBe(metric);
  });
});

describe('a cut measured below a base year is the reduction', () => {
  it.each([
    ['The bloc aims to cut emissions 20% below 1990 levels by 2020.', '20%', 'reduction in emissions'],
    ['The European Union slashed greenhouse gas emissions 34% below 1990 levels by 2020.', '34%', 'reduction in greenhouse gas emissions'],
    ['The city pledged to reduce carbon emissions to 50% below 2005 levels.', '50%', 'reduction in carbon emissions'],
    ['Germany wants to lower its emissions by 65% below 1990 levels by 2030.', '65%', 'reduction in emissions'],
  ])('%s', (text, quote, metric) => {
    const f = find(text, quote);
    expect([f.metric, f.change]).toEqual([metric, 'level']);
  });
});

describe('a person is known by the pronoun that follows the name', () => {
  it.each([
    ['Rishi Sunak has promised to halve inflation in Britain, as he sets out five pledges.', 'halve'],
    ['Sadiq Khan pledged 116,000 affordable homes for London, which he said would be started by 2022.', '116,000'],
    ['Jacinda Ardern announced 100,000 new homes, saying her government would build them.', '100,000'],
    ['Joe Biden set a goal of 500,000 chargers across the US, his aides said.', '500,000'],
  ])('%s', (text, quote) => {
    expect(find(text, quote).entity ?? '').not.toMatch(/Sunak|Khan|Ardern|Biden/);
  });
  it('a company the sentence calls "it" keeps its name', () => {
    expect(find('Harbor Foods has said it will cut 1,200 jobs across its plants.', '1,200').entity).toBe('Harbor Foods');
  });
});

describe('a bare head points back to the fuller name given earlier', () => {
  it.each([
    ['At the time, the inflation rate was around 10%. Data showed that the rate in the year to May was 8.7%.', '8.7%', 'inflation rate'],
    ['The unemployment rate was 4.2% in March. By June the rate had risen to 4.4%.', '4.4%', 'unemployment rate'],
    ['The budget deficit was £12bn last year. This year the deficit is expected to be £9bn.', '£9bn', 'budget deficit'],
    ['The house price index rose 2% in the spring. In July the index was 3% higher than a year ago.', '3%', 'house price index'],
  ])('%s', (text, quote, metric) => {
    expect(find(text, quote).metric).toBe(metric);
  });
});

describe('power in watts is a capacity; lakh and crore are scales', () => {
  it.each([
    ['India has 116 GW renewables installed as of August 2022.', '116 GW', 116e6, '千瓦', 'renewables capacity'],
    ['India may fall short of its renewable energy target of 1.75 lakh megawatt by 2022.', '1.75 lakh megawatt', 175e6, '千瓦', 'renewable energy capacity'],
    ['The UK has 14 GW of offshore wind installed.', '14 GW', 14e6, '千瓦', 'offshore wind capacity'],
    ['The state added 450 MW of solar panels last year.', '450 MW', 450e3, '千瓦', 'solar panels capacity'],
    ['The plant will generate 3,200 GWh a year.', '3,200 GWh', 3.2e9, '千瓦时', null],
    ['In 2015 the Prime Minister set a goal of generating 100Gw of power from solar by 2022.', '100Gw', 100e6, '千瓦', null],
    ['The state commissioned 650Mw of wind last year.', '650Mw', 650e3, '千瓦', null],
    ['The scheme will cost 2 crore rupees a year, officials said.', '2 crore', 2e7, null, null],
  ])('%s', (text, quote, value, unit, metric) => {
    const f = find(text, quote);
    expect(f.value).toBe(value);
    if (unit) expect(f.unit).toBe(unit);
    if (metric) expect(f.metric).toBe(metric);
  });
});

describe('rupees as the Indian press prints them', () => {
  it.each([
    ['The government has set a disinvestment target at ₹51,000 crore for FY24.', '₹51,000 crore', 51e10],
    ['The Centre spent Rs 9,48,506 crore on capital expenditure in FY24.', 'Rs 9,48,506 crore', 948506e7],
    ['The sale of IREDA shares raised Rs. 858 crore for the exchequer.', 'Rs. 858 crore', 858e7],
    ['The state aims to take its GSDP to ₹30.77 lakh crore next year.', '₹30.77 lakh crore', 30.77e12],
    ['The ministry earmarked INR 2,500 crore for the scheme.', 'INR 2,500 crore', 2500e7],
  ])('%s', (text, quote, value) => {
    const f = find(text, quote);
    expect(f.value).toBeCloseTo(value, -3);
    expect(f.currency).toBe('INR');
  });
  it('a dollar sign set apart from its number is still dollars', () => {
    const f = find("India's merchandise exports rose to a record $ 418 billion in 2021-22.", '$ 418 billion');
    expect([f.value, f.currency]).toEqual([418e9, 'USD']);
  });
});

describe('the noun phrase a possessive or article opens before "of N"', () => {
  it.each([
    ['India may miss its renewable energy target of 175 percent, analysts said.', '175 percent', 'renewable energy'],
    ['The city ran up a budget deficit of £12m last year.', '£12m', 'budget deficit'],
    ['The region has a population of 1.2 million people.', '1.2 million', 'people'],
    ['The council set aside its contingency fund of £4m for the floods.', '£4m', 'contingency fund'],
  ])('%s', (text, quote, metric) => {
    expect(find(text, quote).metric).toBe(metric);
  });
});

describe('an "additional" or "extra" count names the increment', () => {
  it.each([
    ['We have recruited an extra 20,951 additional officers since 2019.', '20,951', 'additional officers'],
    ['The trust opened 120 extra beds this winter.', '120', 'extra beds'],
    ['The county hired 350 additional carers last year.', '350', 'additional carers'],
    ['Kent Police put 40 more officers on the beaches.', '40', 'officers'],
  ])('%s', (text, quote, metric) => {
    const f = find(text, quote);
    expect([f.metric, f.change]).toEqual([metric, 'increase']);
  });
});

describe('where a count is, named as its adjective', () => {
  it.each([
    ['Last year, 12.06 million new jobs were created in urban areas in China.', '12.06 million', 'new urban jobs'],
    ['The bank opened 40 branches in rural areas last year.', '40', 'rural branches'],
    ['Some 3,000 homes were built in coastal areas after the floods.', '3,000', 'coastal homes'],
    ['The scheme added 500 jobs in urban areas of the province.', '500', 'urban jobs'],
  ])('%s', (text, quote, metric) => {
    expect(find(text, quote).metric).toBe(metric);
  });
});

describe('a body after "at" is a venue when a goal was set or a speech given there', () => {
  it.each([
    ['The Australian Government agreed to update this target at National Cabinet to 1.2 million homes.', '1.2 million', 'Australia'],
    ['Britain announced the goal at United Nations Climate Week: 50 GW of offshore wind.', '50 GW', 'Britain'],
    ['The Irish Government confirmed at Dublin Castle that 33,000 homes would be built a year.', '33,000', 'Ireland'],
  ])('%s', (text, quote, entity) => {
    expect(find(text, quote).entity).toBe(entity);
  });
  it('sales at a company still belong to it', () => {
    expect(find('Sales at Amazon Web Services rose 12% in the quarter.', '12%').entity).toBe('Amazon Web Services');
  });
});

describe('a forecast about a goal makes what follows a projection', () => {
  it.each([
    ['The auditor found the target will be missed, and only 32 will be built in time.', '32'],
    ['Officials said the goal is likely to be met, with 5,100 homes finished by March.', '5,100'],
    ['The pledge could be missed: just 700 officers will be in post by May.', '700'],
    ['The target is set to be exceeded, with 14,000 trees planted by the autumn.', '14,000'],
  ])('%s', (text, quote) => {
    const figs = en(`The council promised 40 new hospitals and 6,000 trees. ${text}`, '2023-07-17');
    const f = figs.find((x) => x.quote.startsWith(quote));
    expect(f, figs.map((x) => x.quote).join(' | ')).toBeDefined();
    expect(f!.kind).toBe('projection');
  });
});

describe('currencies named by country, and places that are only a currency or a venue', () => {
  it.each([
    ['GDP reached 126.06 trillion yuan (about 17.71 trillion U.S. dollars) in China last year.', '17.71 trillion U.S. dollars', 17.71e12, 'USD'],
    ['The fund holds 5 billion Hong Kong dollars in reserve.', '5 billion Hong Kong dollars', 5e9, 'HKD'],
    ['The deal is worth 3.2 billion Australian dollars, the firm said.', '3.2 billion Australian dollars', 3.2e9, 'AUD'],
    ['The bank lent 40 million Canadian dollars to the project.', '40 million Canadian dollars', 4e7, 'CAD'],
  ])('%s', (text, quote, value, currency) => {
    const f = find(text, quote);
    expect([f.value, f.currency]).toEqual([value, currency]);
  });
  it.each([
    ['China\'s GDP reached 126.06 trillion yuan (about 17.71 trillion U.S. dollars) in 2023.', '126.06 trillion yuan', 'China'],
    ['The NBS said at a news conference in Beijing that China\'s jobless rate fell to 5.5 percent.', '5.5 percent', 'China'],
    ['Speaking at a summit in London, the minister confirmed that 32,000 homes were built in Ireland last year.', '32,000', 'Ireland'],
    ['GDP grew 5.2 pct in China last year, officials told reporters in Beijing.', '5.2 pct', 'China'],
  ])('%s', (text, quote, entity) => {
    expect(find(text, quote).entity).toBe(entity);
  });
});

describe('shares and rates named in full', () => {
  it.each([
    ['The share of energy from renewable sources in gross final energy consumption reached 18.0 percent in 2018.', '18.0 percent', 'share of renewable energy in gross final energy consumption'],
    ['China targets a surveyed urban unemployment rate of around 5.5 percent for 2023.', '5.5 percent', 'surveyed urban unemployment rate'],
    ['The bank has a capital adequacy ratio of 14 pct.', '14 pct', 'capital adequacy ratio'],
    ['The jobless rate of 4.2% was the lowest in years.', '4.2%', 'jobless rate'],
  ])('%s', (text, quote, metric) => {
    const f = find(text, quote);
    expect(f.metric).toBe(metric);
    expect(f.unit).toBe('%');
  });
});

describe('a goal said to be missed or met does not make the figures after it goals', () => {
  it.each([
    ['The target was missed: only 14,000 homes were built.', '14,000'],
    ['The goal was narrowly missed, with 9,800 trees planted.', '9,800'],
    ['The target was met in March, when 1,200 officers joined.', '1,200'],
    ['The pledge has been abandoned after 300 homes were finished.', '300'],
  ])('%s', (text, quote) => {
    expect(find(text, quote, '2024-05-02').kind).toBe('actual');
  });
});

describe('"the N things" repeats a count already given, with its fuller name', () => {
  it.each([
    ['He started 116,000 genuinely affordable homes for Londoners. The 116,000 homes delivered are a record.', 'The 116,000', 'genuinely affordable homes'],
    ['The trust opened 40 new mental health beds in May. The 40 beds cost £2m.', 'The 40', 'new mental health beds'],
    ['Kent hired 300 community support officers last year. Of the 300 officers, 120 are in Dover.', 'the 300', 'community support officers'],
    ['The city planted 5,000 street trees. The 5,000 trees will be watered by volunteers.', 'The 5,000', 'street trees'],
  ])('%s', (text, quote, metric) => {
    const figs = en(text);
    const f = figs.find((x) => text.slice(x.start - 4, x.end).includes(quote) || text.slice(Math.max(0, x.start - 4), x.end).startsWith(quote));
    expect(f, figs.map((x) => x.quote).join(' | ')).toBeDefined();
    expect(f!.metric).toBe(metric);
  });
});

describe('"May" the month is not the modal "may"', () => {
  it.each([
    ['Tesco said group sales rose 4.5% in the 13 weeks to May 25.', 'rose 4.5%'],
    ['Retail sales fell 2.3% in May, the statistics office said.', 'fell 2.3%'],
    ['From May 1, the council raised parking fees by 10%.', '10%'],
    ['Between March and May, unemployment rose to 4.4%.', '4.4%'],
  ])('%s', (text, quote) => {
    expect(find(text, quote, '2024-06-14').kind).toBe('actual');
  });
  it('the modal still forecasts', () => {
    expect(find('Prices may rise 3% next year, economists said.', '3%', '2024-06-14').kind).toBe('projection');
  });
});

describe('a change in something, to a level or by an amount', () => {
  it.each([
    ['Scottish Labour said the figures masked a rise in economic inactivity to 23.5%.', '23.5%', 'economic inactivity'],
    ['Officials reported a sharp fall in unemployment to 3.9% in April.', '3.9%', 'unemployment'],
    ['The government targets an increase in consumer prices of around 3 percent.', '3 percent', 'consumer prices increase'],
    ['The company forecast a decline in sales of 4% this year.', '4%', 'sales decline'],
  ])('%s', (text, quote, metric) => {
    expect(find(text, quote).metric).toBe(metric);
  });
});

describe('a transitive change verb and its bare object before "to N"', () => {
  it.each([
    ['The government missed its target to cut child poverty to 18% by 2023-24.', '18%', 'child poverty'],
    ['The council plans to cut bus fares to £2 from April.', '£2', 'bus fares'],
    ['The bank will lower interest rates to 4% next month.', '4%', 'interest rates'],
    ['Ministers want to raise tobacco duty to 90% of the retail price.', '90%', 'tobacco duty'],
  ])('%s', (text, quote, metric) => {
    expect(find(text, quote).metric).toBe(metric);
  });
});

describe('a possessive left after "the company" is dropped', () => {
  it.each([
    ['The company\'s share of the smartphone market fell to 17%.', '17%', 'share of the smartphone market'],
    ['The firm\'s operating margin narrowed to 8.1%.', '8.1%', 'operating margin'],
    ['The company\'s net debt rose to £2.4bn.', '£2.4bn', 'net debt'],
    ['The firm\'s workforce grew to 12,000 staff.', '12,000', 'workforce'],
  ])('%s', (text, quote, metric) => {
    expect(find(text, quote).metric).toBe(metric);
  });
});

describe('a company named once, as the subject reporting its figures', () => {
  it.each([
    ['Tesco said on Wednesday that group sales rose 4.5% in the quarter. Unemployment in Scotland fell.', 'rose 4.5%', 'Tesco'],
    ['Apple shipped 50 million iPhones in the quarter, according to IDC.', '50 million', 'Apple'],
    ['Nvidia posted revenue of $26bn, beating forecasts.', '$26bn', 'Nvidia'],
    ['Ocado reported a 12% rise in retail revenue in the half.', '12%', 'Ocado'],
  ])('%s', (text, quote, entity) => {
    expect(find(text, quote).entity).toBe(entity);
  });
  it.each([
    ['Officials said unemployment fell to 4.1% in Wales.', '4.1%'],
    ['Inflation posted a rise of 0.3% in May in France.', '0.3%'],
    ['Funding confirmed for 40 hospitals in England.', '40'],
    ['Research published on Monday found 30% of firms in Wales expect to hire.', '30%'],
  ])('a common opener is not a company: %s', (text, quote) => {
    expect(find(text, quote, '2024-06-14').entity).not.toMatch(/^(?:Officials|Inflation|Funding|Research)$/);
  });
});

describe('a share of a source in a whole keeps that order, with the source named as statistics name it', () => {
  it.each([
    ['The share of renewable sources in gross final energy consumption reached 23.0% in 2022.', '23.0%', 'share of renewable energy in gross final energy consumption'],
    ['The share of women in senior roles rose to 38%.', '38%', 'share of women in senior roles'],
    ['The proportion of renewable energy sources in electricity generation hit 41% last year.', '41%', 'share of renewable energy in electricity generation'],
    ['The percentage of pupils in private schools fell to 6.5%.', '6.5%', 'share of pupils in private schools'],
  ])('%s', (text, quote, metric) => {
    expect(find(text, quote).metric).toBe(metric);
  });
});

describe('countries beyond the largest are places', () => {
  it.each([
    ['Finland (47.9%) followed, ahead of Latvia (43.3%), which relied mostly on hydro.', '43.3%', 'Latvia'],
    ['Unemployment in Poland fell to 2.8% in March.', '2.8%', 'Poland'],
    ['Inflation in the Netherlands eased to 2.7% in April.', '2.7%', 'Netherlands'],
    ['South Korea\'s exports rose 11.7% in May.', '11.7%', 'South Korea'],
  ])('%s', (text, quote, entity) => {
    expect(find(text, quote).entity).toBe(entity);
  });
});

describe('a range after "by", percentages in "pc", and the word after a count that counts nothing', () => {
  it.each([
    ['The Singapore economy is likely to grow by 0.5 per cent to 2.5 per cent in 2023.', 'grow by 0.5 per cent to 2.5 per cent', [0.5, 2.5, '%']],
    ['Exports are expected to rise by 3% to 5% next year.', 'rise by 3% to 5%', [3, 5, '%']],
    ['The government is committed to bringing down fiscal deficit below 4.5 pc of GDP by 2025-26.', 'below 4.5 pc', [4.5, null, '%']],
    ['Arrivals reached 36.7 million compared to the same period last year.', '36.7 million', [36_700_000, null, '']],
    ['Sales rose 13% to 5% of the market.', 'rose 13%', [13, null, '%']],
  ])('%s', (text, quote, [value, valueMax, unit]) => {
    const f = find(text, quote);
    expect([f.value, f.valueMax, f.unit]).toEqual([value, valueMax, unit]);
  });
  it('a span of time between a change and a level names no measure: the level is of what changed', () => {
    const text = 'Tourist arrivals had jumped 37 per cent in the first 10 months of this year to 36.7 million.';
    expect(find(text, '36.7 million').metric).toBe('tourist arrivals');
  });
});

describe('a rate per a base population is one figure, whose unit is the base', () => {
  it.each([
    ['By 2030, reduce the global maternal mortality ratio to less than 70 per 100,000 live births.', 'less than 70 per 100,000 live births', 'per 100,000 live births', 'global maternal mortality ratio'],
    ['The global maternal mortality rate was 223 deaths per 100,000 live births in 2020.', '223 deaths per 100,000 live births', 'per 100,000 live births', 'global maternal mortality rate'],
    ['There are 2.3 doctors per 1,000 people.', '2.3 doctors per 1,000 people', 'per 1,000 people', 'doctors'],
  ])('%s', (text, quote, unit, metric) => {
    const figs = en(text, '2023-05-01');
    const f = find(text, quote, '2023-05-01');
    expect([f.unit, f.metric]).toEqual([unit, metric]);
    expect(figs.filter((x) => x.value === 100_000 || x.value === 1000)).toEqual([]);
  });
});

describe('the time a comparison is made with belongs to the base, not the figure', () => {
  it('36.7 million compared to the same period last year is this year’s first ten months', () => {
    const text = 'Tourist arrivals had jumped 37 per cent in the first 10 months of this year to 36.7 million compared to the same period last year.';
    const f = find(text, '36.7 million', '2024-11-29');
    expect([f.period?.from, f.period?.to]).toEqual(['2024-01-01', '2024-10-31']);
  });
});

describe('a goal as the subject names its own value', () => {
  it.each([
    ['For 2023 and 2024, the targets are maintained at 3.25% and 3%, respectively.', '3.25%'],
    ['For 2023 and 2024, the targets are maintained at 3.25% and 3%, respectively.', '3%'],
    ['The inflation target is 2%, the bank said.', '2%'],
    ["The government's growth goal remains around 5% this year.", '5%'],
  ])('%s (%s)', (text, quote) => {
    expect(find(text, quote, '2022-06-24').kind).toBe('target');
  });
  it('the doubled-t spelling of targeting is a goal too', () => {
    expect(find('The government is targetting $67 billion in revenues from exports in FY23, the minister said.', '$67 billion', '2022-07-20').kind).toBe('target');
  });
  it('a reading after the goal is not the goal', () => {
    expect(find('The inflation target is 2% and inflation was 3.1% in May.', '3.1%', '2024-06-01').kind).toBe('actual');
  });
});

describe('the year a figure speaks of, early in the next year', () => {
  it.each([
    ['This brings the average full year inflation to 3.2 percent.', '3.2 percent', '2025-01-07', '2024'],
    ['Prices slowed to 3.9% in December, bringing the full-year average to 6%.', '6%', '2024-01-05', '2023'],
    ['The index of the whole year was up 3.63 percent over 2023.', '3.63 percent', '2025-01-06', '2024'],
    ['Inflation climbed again to 23.8 percent by December, driven by food.', '23.8 percent', '2025-01-27', '2024'],
    ['The bank expects full-year growth of 2.5 percent.', '2.5 percent', '2025-01-20', '2025'],
    ['Profits for the full year will rise 8 percent, the company said.', '8 percent', '2025-02-10', '2025'],
    ['At least 80% of people over 80 should be vaccinated by March.', '80%', '2021-01-19', '2021'],
    ['Full-year sales rose 4 percent.', '4 percent', '2025-06-30', '2025'],
  ])('%s (told on %s)', (text, quote, date, year) => {
    expect(find(text, quote, date).period?.from.slice(0, 4)).toBe(year);
  });

  it.each([
    ['Emissions fell 12 percent compared with 2005.', '12 percent', '2024-05-02'],
    ['Sales were up 5 percent over 2019.', '5 percent', '2024-05-02'],
  ])('a year compared with is no period: %s', (text, quote, date) => {
    expect(find(text, quote, date).period?.from.slice(0, 4)).not.toBe(text.match(/(?:19|20)\d\d/)![0]);
  });
});

describe('what has already been done is an outcome, even after a goal in the same sentence', () => {
  it.each([
    ["Growing closer to its target of 2.3 million tourist arrivals in 2024, the country had already welcomed 1,620,715 arrivals by October.", '1,620,715 arrivals', 'actual'],
    ['The EU had already reduced its emissions by 26% in 2019.', '26%', 'actual'],
    ['It has so far achieved 66% of the 2022 target of 175 GW.', '66%', 'actual'],
    ['The council has already pledged 5,000 new homes by 2030.', '5,000 new homes', 'target'],
  ])('%s', (text, quote, kind) => {
    expect(find(text, quote, '2024-11-03').kind).toBe(kind);
  });
});

describe('a share of a whole, where the subject names nothing measured', () => {
  it.each([
    ['By the end of 2018, 11.3 per cent of land was preserved.', '11.3 per cent', 'land'],
    ['The government aims to protect 30 per cent of land by 2030.', '30 per cent', 'land'],
    ['Canada is committed to conserve at least 17 percent of our country’s land and freshwater by 2020.', 'at least 17 percent', 'land'],
  ])('%s', (text, quote, metric) => {
    expect(find(text, quote, '2019-09-26').metric).toBe(metric);
  });

  it('a share of people says who was counted, not what was measured', () => {
    expect(find('The country will reach about 67 percent of adults by July 4.', '67 percent', '2021-06-22').metric).not.toBe('adults');
  });
});

describe('goals listed as objects of one verb share the deadline that closes the list', () => {
  it.each([
    ['Canada is committed to conserve at least 17 percent of land and freshwater, and 10 percent of coastal and marine areas by 2020.', 'at least 17 percent', '2020'],
    ['The plan is to build 300,000 homes, 50,000 of them social, by 2030.', '300,000 homes', '2030'],
  ])('%s', (text, quote, year) => {
    expect(find(text, quote, '2018-03-17').period?.to.slice(0, 4)).toBe(year);
  });

  it('a new clause after the comma keeps its own time', () => {
    expect(find('The plan aims to cut emissions by 20%, and sales rose 5% in 2017.', 'by 20%', '2018-03-17').period?.to.slice(0, 4)).not.toBe('2017');
  });
});

describe('a bare number closing a sentence built as the count before it', () => {
  it('counts what that count counted', () => {
    const f = find('In December 2023, there were 3141 households in motels. In December 2024, there were 591.', '591', '2025-01-24');
    expect([f.unit, f.metric]).toEqual(['households', 'households']);
  });

  it('not when the frame is only a preposition and an article', () => {
    const f = find('Sales reached 300 cars in May, up from 250 cars. The index rose to 310.', '310', '2025-06-24');
    expect(f.unit).not.toBe('cars');
  });
});

describe('a bare modal after a goal named earlier in the sentence tells the goal', () => {
  it.each([
    ['The country has made major targets under which it would welcome 17.5 million visitors by 2026, and 26 million by 2030.', '17.5 million visitors', 'target'],
    ['The country has made major targets under which it would welcome 17.5 million visitors by 2026, and 26 million by 2030.', '26 million', 'target'],
    ['The intent of the initiative is that by the end of 2014 exports would rise from $1.57 trillion to $3.14 trillion.', '$3.14 trillion', 'target'],
  ])('%s (%s)', (text, quote, kind) => {
    expect(find(text, quote, '2023-05-02').kind).toBe(kind);
  });

  it.each([
    ['The intent of the initiative is that by the end of 2014 exports would rise from $1.57 trillion to $3.14 trillion.', '$1.57 trillion'],
    ['It would take 14 years to reach the 800,000 homes target and would achieve just 577,200 new builds by 2034.', '577,200 new builds'],
    ['The investment pledges which would materialise in 2022 represent a 17% increase from the last conference.', '17%'],
  ])('but not the value a change starts from, a goal with its own value, or a relative clause: %s (%s)', (text, quote) => {
    expect(find(text, quote, '2023-05-02').kind).not.toBe('target');
  });
});

describe('what a figure measures when its own words only point', () => {
  it.each([
    ['Inflation in 2022 has 3.5% as the center of the target.\nFor 2023 and 2024, the targets are maintained at 3.25% and 3%.', '3.25%', 'inflation'],
    ['Figures show 67.4% were seen within four hours last week.\nThe Government aims for this figure to be at least 95%.', 'at least 95%', 'seen within four hour'],
    ['While Quebec was aiming for a 20 per cent reduction in GHG emissions by 2020, it achieved 26.6 per cent.', '26.6 per cent', 'ghg emissions'],
    ['The government hopes to achieve its target of reducing greenhouse gas emissions by 2020, set at 20% compared to 1990.', '20%', 'greenhouse gas emissions'],
  ])('%s (%s)', (text, quote, metric) => {
    expect(find(text, quote, '2024-01-05').metric).toBe(metric);
  });

  it('a pointer does not borrow the measure of a figure of another unit', () => {
    expect(find('Two of the nine members voted for a hike. The Bank expects inflation to be back to its 2 percent target.', '2 percent', '2024-01-05').metric).not.toBe('members');
  });
});

describe('growth of nothing named is the economy’s', () => {
  it.each([
    ['This brought full-year 2023 growth to 1.1%, down from 3.8% in 2022.', '1.1%'],
    ['In Canada, we expect growth of 1¾% in the second half.', '1¾%'],
  ])('%s', (text, quote) => {
    expect(find(text, quote, '2024-01-05').metric).toBe('economic growth');
  });

  it('but the growth of something named is that thing’s', () => {
    expect(find('Members observed that the growth of industrial production had slowed to around 13 per cent.', 'around 13 per cent', '2024-01-05').metric).not.toBe('economic growth');
  });
});

describe('a pointer takes the change of the figure it points to', () => {
  it.each([
    ['While Quebec was aiming for a 20 per cent reduction in GHG emissions by 2020, it achieved 26.6 per cent.', '26.6 per cent'],
    ['The government hopes to achieve its target of reducing greenhouse gas emissions by 2020, set at 20% compared to 1990.', '20%'],
  ])('%s', (text, quote) => {
    expect(find(text, quote, '2021-04-20').change).toBe('decrease');
  });
});

describe('a count hyphened to its noun before another noun is read', () => {
  it.each([
    ['Emissions are further from the 607-megatonne target.', '607-megatonne', 607, 'megatonnes'],
    ['The council set a 20,000-home target for the city.', '20,000-home', 20000, 'homes'],
    ['The government opened a 1,200-bed hospital.', '1,200-bed', 1200, 'beds'],
    ['The plan sets a 500-gigawatt goal for renewables.', '500-gigawatt', 500_000_000, '千瓦'],
    ['He aimed to make the state a trillion-dollar economy by 2027.', 'trillion-dollar', 1e12, 'USD'],
  ])('%s', (text, quote, value, unit) => {
    const f = find(text, quote, '2023-05-29');
    expect([f.value, f.unit]).toEqual([value, unit]);
  });
  it.each([
    ['They stayed in a 5-star hotel.'],
    ['Staff work a 40-hour week.'],
    ['The council took a two-track approach.'],
  ])('but not a rating, a time or a word: %s', (text) => {
    expect(en(text, '2023-05-29')).toEqual([]);
  });
  it('UP in capitals is a place, not a rise', () => {
    const f = find('He was aiming to make UP a trillion-dollar economy by 2027-28.', 'trillion-dollar', '2023-05-29');
    expect([f.change, f.kind]).toEqual(['level', 'target']);
  });
  it('"achieved" in its own clause is a reading, though a goal was named before it', () => {
    const text = 'While Quebec was aiming for a 20 per cent reduction in emissions by 2020, it achieved 26.6 per cent.';
    expect([find(text, '20 per cent', '2022-12-21').kind, find(text, '26.6 per cent', '2022-12-21').kind]).toEqual(['target', 'actual']);
  });
});

describe('thousands set apart by spaces, and measures written as symbols', () => {
  it.each([
    ['Primary energy consumption of no more than 1 312 Mtoe in 2020 is the target.', '1 312 Mtoe', 1312, 'mtoe'],
    ['Some 124 911 patients were waiting in September.', '124 911 patients', 124911, 'patients'],
    ['The plan creates 27\u202f000 jobs.', '27\u202f000 jobs', 27000, 'jobs'],
  ])('%s', (text, quote, value, unit) => {
    const f = find(text, quote, '2021-01-22');
    expect([f.value, f.unit]).toEqual([value, unit]);
  });
  it('but not a number straight after another (in 2020 1 312 people)', () => {
    expect(en('In 2020 1 312 people came.', '2021-01-22').map((f) => f.value)).not.toContain(1312);
  });
  it.each([
    ['Final energy consumption reached 907 Mtoe in 2020.', '907 Mtoe', 'final energy consumption'],
    ['The government aims to plant 8,000ha of new forest each year.', '8,000ha', 'new forest'],
  ])('a unit of measure is no metric: %s', (text, quote, metric) => {
    expect(find(text, quote, '2021-12-21').metric).toBe(metric);
  });
});

describe('a figure that names a goal right after it is the goal’s value', () => {
  it.each([
    ['Developed countries may now deliver on their $100 billion commitment.', '$100 billion', 'target'],
    ['Police recruited 20,951 officers, exceeding the 20,000 target.', '20,000', 'target'],
    ['The 50 per cent target is a steep increase on the previous goal.', '50 per cent', 'target'],
    ['Ireland’s share of renewable energy in 2020 was 13.5% and the target was 16%.', '13.5%', 'actual'],
    ['A total of 10,596 homes were delivered, 2,334 short of the target of 12,930 homes.', '10,596', 'actual'],
  ])('%s', (text, quote, kind) => {
    expect(find(text, quote, '2022-01-10').kind).toBe(kind);
  });
});
