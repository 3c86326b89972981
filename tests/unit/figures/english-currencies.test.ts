/**
 * Money as the world's English press prints it (shillings, rand, naira, ringgit, pesos, won …), scale words
 * hyphenated to the digits, and paragraphs a number's unit is never read across. Every sentence here is written
 * for the test, not taken from a fixture.
 */
import { describe, expect, it } from 'vitest';
import { extractFigures } from '../../../electron/core/figures/extract';
import type { ExtractedFigure } from '../../../shared/domain/figure';

const en = (text: string): ExtractedFigure[] => extractFigures(text, { date: '2024-05-02', city: null, language: 'en' });
const find = (text: string, quote: string): ExtractedFigure => {
  const figs = en(text);
  const f = figs.find((x) => x.quote.includes(quote));
  expect(f, `${quote} in ${figs.map((x) => x.quote).join(' | ')}`).toBeDefined();
  return f!;
};

describe('a currency sign or code before the number', () => {
  it.each([
    ['The authority aims at raising Sh2.768 trillion in this financial year.', 'Sh2.768 trillion', 'KES', 2.768e12],
    ['The taxman collected Ksh 2.4 trillion by the end of June.', 'Ksh 2.4 trillion', 'KES', 2.4e12],
    ['Parliament passed a budget of Kshs3.6 trillion on Thursday.', 'Kshs3.6 trillion', 'KES', 3.6e12],
    ['Uganda will spend USh 52.7 trillion next year.', 'USh 52.7 trillion', 'UGX', 52.7e12],
    ['The ministry tabled a TSh49.35 trillion budget in June.', 'TSh49.35 trillion', 'TZS', 49.35e12],
    ['The drive aims to raise R1.2 trillion in the next four years.', 'R1.2 trillion', 'ZAR', 1.2e12],
    ['Eskom needs R2 million a day for diesel.', 'R2 million', 'ZAR', 2e6],
    ['The deficit is put at N21.83trn for the year.', 'N21.83trn', 'NGN', 21.83e12],
    ['The state plans to borrow ₦1.5 trillion this year.', '₦1.5 trillion', 'NGN', 1.5e12],
    ['Revenue came in at GH¢5.3 billion in the quarter.', 'GH¢5.3 billion', 'GHS', 5.3e9],
    ['The ministry collected RM324.62 billion in revenue.', 'RM324.62 billion', 'MYR', 324.62e9],
    ['Each family will receive P5,000 a month.', 'P5,000', 'PHP', 5000],
    ['The sector generated an estimated PHP482.54 billion last year.', 'PHP482.54 billion', 'PHP', 482.54e9],
    ['The budget sets aside ₱1.5 trillion for roads.', '₱1.5 trillion', 'PHP', 1.5e12],
    ['State revenue reached Rp 2,774 trillion last year.', 'Rp 2,774 trillion', 'IDR', 2774e12],
    ['The FBR target is PKR 9.4 trillion for the year.', 'PKR 9.4 trillion', 'PKR', 9.4e12],
    ['The budget is Tk 7.97 lakh crore.', 'Tk 7.97 lakh crore', 'BDT', 7.97e12],
    ['Thailand expects ฿3.5 trillion in spending.', '฿3.5 trillion', 'THB', 3.5e12],
    ['Seoul will spend ₩656 trillion next year.', '₩656 trillion', 'KRW', 656e12],
    ['Brazil hopes to raise R$ 2.3 billion from the sale.', 'R$ 2.3 billion', 'BRL', 2.3e9],
    ['The plant will cost MX$1.2 billion.', 'MX$1.2 billion', 'MXN', 1.2e9],
    ['Profit rose to CHF 3.4 billion.', 'CHF 3.4 billion', 'CHF', 3.4e9],
    ['Sales fell to SEK 12 billion.', 'SEK 12 billion', 'SEK', 12e9],
    ['The emirate set aside Dh1.5 billion for housing.', 'Dh1.5 billion', 'AED', 1.5e9],
    ['The kingdom plans to spend SR 1.25 trillion.', 'SR 1.25 trillion', 'SAR', 1.25e12],
    ['Egypt expects E£3 trillion in revenue.', 'E£3 trillion', 'EGP', 3e12],
    ['Turkey budgeted ₺2.5 trillion for the year.', '₺2.5 trillion', 'TRY', 2.5e12],
    ['Zambia will spend K217 billion next year.', 'K217 billion', 'ZMW', 217e9],
    ['Ottawa pledged CA$4 billion for housing.', 'CA$4 billion', 'CAD', 4e9],
    ['Canberra pledged AU$15 billion for manufacturing.', 'AU$15 billion', 'AUD', 15e9],
    ['Tokyo approved JPY 110 trillion in spending.', 'JPY 110 trillion', 'JPY', 110e12],
  ])('%s', (text, quote, currency, value) => {
    const f = find(text, quote);
    expect([f.currency, f.value]).toEqual([currency, value]);
  });
});

describe('a currency word after the number', () => {
  it.each([
    ['Investors pledged 1.2 trillion rand at the conference.', '1.2 trillion rand', 'ZAR'],
    ['The budget totals 27.5 trillion naira.', '27.5 trillion naira', 'NGN'],
    ['The authority collected 500 billion shillings.', '500 billion shillings', 'KES'],
    ['Visitors spent 1.08 trillion baht in the year.', '1.08 trillion baht', 'THB'],
    ['The ministry set aside 1.2 trillion won for chips.', '1.2 trillion won', 'KRW'],
    ['The fund holds 3,500 billion won in assets.', '3,500 billion won', 'KRW'],
    ['Tourists spent 5,000 pesos a day.', '5,000 pesos', 'PHP'],
    ['The state approved 500 crore rupees for roads.', '500 crore rupees', 'INR'],
    ['The bank lent 400 million kronor to farmers.', '400 million kronor', 'SEK'],
    ['The government set aside 300 billion South Korean won.', '300 billion South Korean won', 'KRW'],
    ['Orsted took a charge of 2 billion Danish crowns.', '2 billion Danish crowns', 'DKK'],
    ['The bond raised 5 billion Mexican pesos.', '5 billion Mexican pesos', 'MXN'],
    ['The council borrowed 1.5 billion Ugandan shillings.', '1.5 billion Ugandan shillings', 'UGX'],
    ['Output was worth 17.71 trillion U.S. dollars.', '17.71 trillion U.S. dollars', 'USD'],
  ])('%s', (text, quote, currency) => {
    expect(find(text, quote).currency).toBe(currency);
  });
});

describe('letters and words that are no currency there', () => {
  it.each([
    ['Health workers were given 5,000 N95 masks.', 'N95'],
    ['She was in a P5 class of 30 pupils.', 'P5'],
    ['Drivers on SR 520 paid more in tolls.', 'SR 520'],
    ['The site runs on PHP 8 and a small database.', 'PHP 8'],
    ['Climbers on K2 said the weather turned.', 'K2'],
    ['The trader was paid R 2 million for the shares.', 'R 2'],
  ])('%s', (text, sign) => {
    expect(en(text).filter((f) => f.quote.includes(sign) && f.currency !== null && f.currency !== 'USD')).toEqual([]);
  });
  it.each([
    ['Of the 40 seats contested, 23 won by wide margins.'],
    ['Of 12 appeals heard, 7 won outright.'],
    ['Courts will try 2,000 more cases this year.'],
  ])('%s', (text) => {
    expect(en(text).filter((f) => f.currency !== null)).toEqual([]);
  });
});

describe('a scale word hyphenated to the digits', () => {
  it.each([
    ['An additional 180-thousand fee-free TAFE places will be offered.', '180-thousand', 180_000],
    ['The plan promises 3-million new jobs by 2030.', '3-million', 3_000_000],
    ['The province signed a $2.5-billion deal for transit.', '$2.5-billion', 2.5e9],
    ['The deficit will reach $40.1-billion this year.', '$40.1-billion', 40.1e9],
    ['The state set aside Rs 1.5-lakh crore for roads.', '1.5-lakh crore', 1.5e12],
  ])('%s', (text, quote, value) => {
    expect(find(text, quote).value).toBe(value);
  });
  it.each([
    ['She won a 5-k race on Sunday with 300 runners.', '5-k'],
    ['He dived from a 10-m platform before 2,000 fans.', '10-m'],
  ])('a letter after a hyphen is no scale: %s', (text, quote) => {
    expect(en(text).filter((f) => f.quote.includes(quote) && f.value >= 1000)).toEqual([]);
  });
});

describe('no unit or counted noun is read across a paragraph', () => {
  it.each([
    ['The mayor set a new goal of 300,000 apartments by 2026 \n\nNEW YORK—The mayor said on Tuesday', 'NEW YORK'],
    ['All 40 hospitals are to be built by 2030\n\nNew standards will apply to each', 'New standards'],
    ['The index stood at 1,200\n\nRenters face further rises', 'Renters'],
    ['Revenue reached 3,400\n  • Spending fell', 'Spending'],
  ])('%s', (text, nextWords) => {
    expect(en(text).filter((f) => f.quote.includes(nextWords))).toEqual([]);
  });
  it.each([
    ['Sales were booked for March at 1,750 to\n1,780 dlrs a tonne.', '1,750 to\n1,780 dlrs', 1780],
    ['Output is expected at between 2.5 and\n3 mln tonnes this year.', '2.5 and\n3 mln tonnes', 3e6],
    ['Shipments rose 5.3\npct in January.', '5.3\npct', null],
  ])('a hard-wrapped line runs on: %s', (text, quote, valueMax) => {
    expect(find(text, quote).valueMax).toBe(valueMax);
  });
});

describe('the yen sign and the yuan sign are one sign', () => {
  it('is yen in a story about Japan', () => {
    const f = find('Japan’s farm exports rose to ¥912.1 billion, short of the government’s 1 trillion yen goal.', '¥912.1 billion');
    expect(f.currency).toBe('JPY');
  });
  it('is yuan in a story about China', () => {
    expect(find('China’s retail sales reached ¥47 trillion, the statistics bureau in Beijing said.', '¥47 trillion').currency).toBe('CNY');
  });
});

