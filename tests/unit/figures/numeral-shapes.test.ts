/**
 * The numeral layer: each named shape rule, the approximators and bounds, figures without a
 * unit and labels that stay labels. Sentences are written for the test in the manner of
 * reports; property tests render a generated value in each shape and read it back.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { extractFigures } from '../../../electron/core/figures/extract';
import { foldText } from '../../../electron/core/figures/fold';
import { EN_SHAPES, readEnShape } from '../../../electron/core/figures/numerals/shapes-en';
import { readZhShape, ZH_SHAPES } from '../../../electron/core/figures/numerals/shapes-zh';
import { toChinese } from './render-numerals';

const zh = (text: string) => extractFigures(text, { date: '2024-05-20', city: null, language: 'zh' });
const en = (text: string) => extractFigures(text, { date: '2024-05-20', city: null, language: 'en' });

describe('Chinese shapes', () => {
  it.each([
    ['4.8万', 48_000, 'zh.arabic+scale'],
    ['1.3万亿', 1.3e12, 'zh.arabic+scale'],
    ['1,234.5', 1234.5, 'zh.arabic'],
    ['一八八一亿', 188_100_000_000, 'zh.digit-by-digit+scale'],
    ['四分之三', 0.75, 'zh.fraction'],
    ['3分之1', 1 / 3, 'zh.fraction'],
    ['半', 0.5, 'zh.half'],
    ['上万', 10_000, 'zh.order-of-magnitude'],
    ['千亿', 1e11, 'zh.bare-scale'],
    ['两千三百万', 23_000_000, 'zh.numerals'],
    ['一万零七百九十亿', 1_079_000_000_000, 'zh.numerals'],
    ['二〇二三', 2023, 'zh.numerals'],
    ['壹仟贰佰', 1200, 'zh.numerals'],
    ['拾', 10, 'zh.numerals'],
    ['1/4', 0.25, 'zh.slash-fraction'],
    ['三．〇四', 3.04, 'zh.digit-by-digit-decimal'],
    ['三二九．七万', 3_297_000, 'zh.digit-by-digit-decimal'],
    ['十五．五', 15.5, 'zh.numeral-point-digits'],
    ['二十三．五亿', 2_350_000_000, 'zh.numeral-point-digits'],
  ])('%s reads %d by %s', (token, value, shape) => {
    const r = readZhShape(foldText(token))!;
    expect(r.shape).toBe(shape);
    expect(r.value).toBeCloseTo(value, 9);
  });

  it('every rule in the table is exercised above', () => {
    expect(ZH_SHAPES.map((s) => s.name).sort()).toEqual(['zh.arabic', 'zh.arabic+scale', 'zh.bare-scale', 'zh.digit-by-digit+scale', 'zh.digit-by-digit-decimal', 'zh.fraction', 'zh.half', 'zh.numeral-point-digits', 'zh.numerals', 'zh.order-of-magnitude', 'zh.slash-fraction']);
  });

  it.each([['十四五'], ['二十大'], ['十四五五']])('%s is no number', (token) => {
    expect(readZhShape(token)).toBeNull();
  });
});

describe('English shapes', () => {
  it.each([
    ['20,951', 20_951, 'en.arabic'],
    ['2.3bn', 2.3e9, 'en.arabic+scale'],
    ['a third', 1 / 3, 'en.fraction'],
    ['two-thirds', 2 / 3, 'en.fraction'],
    ['half', 0.5, 'en.fraction'],
    ['a quarter', 0.25, 'en.fraction'],
    ['hundreds of', 100, 'en.order-of-magnitude'],
    ['tens of thousands', 10_000, 'en.order-of-magnitude'],
    ['twenty-thousand, five-hundred and sixty-nine', 20_569, 'en.words'],
    ['forty two point five', 42.5, 'en.words'],
    ['a hundred', 100, 'en.words'],
    ['¼', 0.25, 'en.vulgar-fraction'],
    ['12¾', 12.75, 'en.vulgar-fraction'],
  ])('%s reads %d by %s', (token, value, shape) => {
    const r = readEnShape(token)!;
    expect(r.shape).toBe(shape);
    expect(r.value).toBeCloseTo(value, 9);
    expect(r.lowerBound).toBe(shape === 'en.order-of-magnitude');
  });

  it('every rule in the table is exercised above', () => {
    expect(EN_SHAPES.map((s) => s.name).sort()).toEqual(['en.arabic', 'en.arabic+scale', 'en.fraction', 'en.order-of-magnitude', 'en.vulgar-fraction', 'en.words']);
  });
});

describe('figures in sentences', () => {
  it.each([
    ['合同金额为壹仟贰佰元。', 1200, '元', 'eq'],
    ['合同金额为壹元。', 1, '元', 'eq'],
    ['每张票价拾元。', 10, '元', 'eq'],
    ['全市超百个项目开工。', 100, '个', 'gt'],
    ['新建充电桩近万个。', 10_000, '个', 'approx'],
    ['国土面积960多万平方公里。', 9_600_000, '平方公里', 'gt'],
    ['电子与资通约占四分之三。', 0.75, 'ratio', 'approx'],
    ['两者合计约占二分之一。', 0.5, 'ratio', 'approx'],
    ['船舶海工出口规模占全国1/3以上。', 1 / 3, 'ratio', 'gte'],
    ['商品出口达一八八一亿美元。', 188_100_000_000, 'USD', 'eq'],
    ['全市工业产值迈上千亿级台阶。', 1e11, '', 'gte'],
    ['带动上万人就业。', 10_000, '人', 'gte'],
    ['贫困人口减少6800多万，居民收入年均增长7.4%。', 68_000_000, '', 'gt'],
    ['不仅哺育沿江4亿人民。', 400_000_000, '人', 'eq'],
    ['每万人口发明专利拥有量达16.14。', 16.14, '', 'eq'],
    ['研究與試驗發展經費投入強度2.36，比上年提高。', 2.36, '', 'eq'],
    ['今年新增就业目标1200万，与去年持平。', 12_000_000, '', 'eq'],
    ['全国人口约14.1亿。', 1.41e9, '', 'approx'],
    ['年接待游客近1亿，创历史新高。', 1e8, '', 'approx'],
  ])('%s', (text, value, unit, qualifier) => {
    const f = zh(text).find((x) => Math.abs(x.value - value) < 1e-9 * Math.max(1, value));
    expect(f, zh(text).map((x) => `${x.quote}=${x.value}`).join(' | ')).toBeDefined();
    expect([f!.unit, f!.qualifier]).toEqual([unit, qualifier]);
  });

  it.each([
    ['The county recorded 20,951 last year.', 20_951, '', 'eq'],
    ['Visitor numbers rose to over 87,000, the council said.', 87_000, '', 'gt'],
    ['The target is nearly 100,000 by 2027.', 100_000, '', 'approx'],
    ['Applications should exceed 12,800 by 2027.', 12_800, '', 'gt'],
    ['The fleet will reach 10,000 in 2018.', 10_000, '', 'eq'],
    ['Two-year waits have fallen to just under 8,400 – the lowest level since 2021.', 8_400, '', 'lt'],
    ['That would bring the fleet up to 725,000 — but not all of them electric.', 725_000, '', 'lte'],
    ['Attendance was twenty-thousand, five-hundred and sixty-nine.', 20_569, '', 'eq'],
    ['The index stood at forty two point five in May.', 42.5, '', 'eq'],
    ['Output fell sharply (-3.9 pp) in the quarter.', -3.9, '个百分点', 'eq'],
    ['Hundreds of homes were flooded.', 100, 'homes', 'gte'],
    ['Tens of thousands of workers joined the strike.', 10_000, 'workers', 'gte'],
  ])('%s', (text, value, unit, qualifier) => {
    const f = en(text).find((x) => Math.abs(x.value - value) < 1e-9 * Math.max(1, Math.abs(value)));
    expect(f, en(text).map((x) => `${x.quote}=${x.value}`).join(' | ')).toBeDefined();
    expect([f!.unit, f!.qualifier]).toEqual([unit, qualifier]);
  });

  it.each([
    ['The committee raised the target range to 1/4 to 1/2 percent.', 0.25, 0.5, '%'],
    ['The Fed raised rates by 25 basis points.', 25, null, '基点'],
    ['It was above the 1.6-percent average annual rate.', 1.6, null, '%'],
    ['Payrolled employees decreased by 35,000 (negative 0.1%) on the month.', -0.1, null, '%'],
  ])('%s', (text, value, valueMax, unit) => {
    const f = en(text).find((x) => Math.abs(x.value - value) < 1e-9);
    expect(f, en(text).map((x) => `${x.quote}=${x.value}`).join(' | ')).toBeDefined();
    expect([f!.valueMax, f!.unit]).toEqual([valueMax, unit]);
  });

  it('53 to 57 per cent is one range in per cent', () => {
    const f = en('Support for the plan stood at 53 to 57 per cent.').find((x) => x.value === 53)!;
    expect([f.valueMax, f.unit, f.qualifier]).toEqual([57, '%', 'range']);
  });
});

describe('approximators and bounds', () => {
  it.each([
    ['全市有企业300多家。', 'gt'], ['新建学校10余所。', 'gt'], ['新增岗位十来个。', 'approx'], ['完成投资近50亿元。', 'approx'],
    ['总投资约30亿元。', 'approx'], ['覆盖人口超500万人。', 'gt'], ['累计逾2000家。', 'gt'], ['参与人数不到300人。', 'lt'],
    ['增长5%左右。', 'approx'], ['增长6%以上。', 'gte'], ['控制在3%以内。', 'lte'], ['维持在5%上下。', 'approx'],
  ])('%s → %s', (text, qualifier) => {
    expect(zh(text)[0]?.qualifier).toBe(qualifier);
  });

  it.each([
    ['The plan funds over 300 homes.', 'gt'], ['It will add more than 300 homes.', 'gt'], ['It built nearly 300 homes.', 'approx'],
    ['It built almost 300 homes.', 'approx'], ['It built around 300 homes.', 'approx'], ['It will build at least 300 homes.', 'gte'],
    ['It will build up to 300 homes.', 'lte'], ['Inflation is below 3%.', 'lt'], ['It built under 300 homes.', 'lt'], ['Sales will exceed 300 homes.', 'gt'],
  ])('%s → %s', (text, qualifier) => {
    expect(en(text)[0]?.qualifier).toBe(qualifier);
  });
});

describe('labels stay labels', () => {
  it.each([
    ['与“十四五”规划目标的要求相衔接。'], ['全面贯彻党的二十大精神。'], ['推进“2+6+X”产业体系建设。'], ['打造“33618”现代制造业集群体系。'],
    ['报社地址：北京市宣武门西大街416号。'], ['新闻线索提供热线：010-63074375'], ['2019，是关键之年。'], ['增速居全省第2位。'], ['是全国唯一一个沿边又沿海的省份。'],
  ])('%s has no figure', (text) => {
    expect(zh(text)).toEqual([]);
  });

  it.each([['Call 0300 123 4567 for details.'], ['See page 2020 of the report.'], ['It was the best year since 2008.'], ['Meet at 10:30 in Room 12.']])('%s has no figure', (text) => {
    expect(en(text)).toEqual([]);
  });
});

describe('property: a generated value rendered in each shape reads back', () => {
  const style = { liang: false, leadingOne: false, circleZero: false };
  it('Arabic with separators and full-width digits, then a scale', () => {
    fc.assert(fc.property(fc.integer({ min: 1, max: 99_999_999 }), fc.integer({ min: 0, max: 2 }), fc.boolean(), (n, dec, fullWidth) => {
      const decimal = (n / 10 ** dec).toFixed(dec);
      const [intPart, frac] = decimal.split('.');
      const grouped = intPart!.replace(/\B(?=(\d{3})+(?!\d))/g, ',') + (frac ? `.${frac}` : '');
      const printed = fullWidth ? grouped.replace(/[0-9]/g, (d) => String.fromCharCode(d.charCodeAt(0) + 0xfee0)) : grouped;
      expect(readZhShape(foldText(printed))!.value).toBeCloseTo(Number(decimal), 6);
      expect(readZhShape(foldText(`${printed}万`))!.value).toBeCloseTo(Number(decimal) * 1e4, 2);
    }));
  });
  it('Chinese numerals with 两, 〇 and 零 gaps, and financial numerals', () => {
    const financial: Record<string, string> = { 一: '壹', 二: '贰', 三: '叁', 四: '肆', 五: '伍', 六: '陆', 七: '柒', 八: '捌', 九: '玖', 十: '拾', 百: '佰', 千: '仟' };
    fc.assert(fc.property(fc.integer({ min: 1, max: 9_999_999_999 }), fc.boolean(), fc.boolean(), (n, liang, circleZero) => {
      const text = toChinese(n, { ...style, liang, circleZero });
      expect(readZhShape(text)!.value).toBe(n);
      const capital = toChinese(n, { ...style, leadingOne: true }).replace(/[一二三四五六七八九十百千]/g, (c) => financial[c]!);
      expect(readZhShape(capital)!.value).toBe(n);
    }));
  });
  it('mixed forms and digit-by-digit with a scale', () => {
    fc.assert(fc.property(fc.integer({ min: 10, max: 9999 }), fc.constantFrom('万', '亿', '万亿'), (n, scale) => {
      const power = scale === '万' ? 4 : scale === '亿' ? 8 : 12;
      expect(readZhShape(`${n / 10}${scale}`)!.value).toBeCloseTo((n / 10) * 10 ** power, 0);
      const spelt = String(n).replace(/\d/g, (d) => '〇一二三四五六七八九'[Number(d)]!);
      expect(readZhShape(`${spelt}${scale}`)!.value).toBe(n * 10 ** power);
    }));
  });
  it('fractions N分之M and English fractions', () => {
    fc.assert(fc.property(fc.integer({ min: 2, max: 10 }), fc.integer({ min: 1, max: 9 }), (den, num) => {
      fc.pre(num < den);
      expect(readZhShape(`${toChinese(den, style)}分之${toChinese(num, style)}`)!.value).toBeCloseTo(num / den, 12);
    }));
    const words = ['one', 'two', 'three'];
    const denominators: Array<[string, number]> = [['thirds', 3], ['quarters', 4], ['fifths', 5], ['tenths', 10]];
    for (let i = 0; i < words.length; i++) for (const [d, v] of denominators) if (i + 1 < v) expect(readEnShape(`${words[i]}-${d}`)!.value).toBeCloseTo((i + 1) / v, 12);
  });
  it('English number words with hyphens, commas, "and" and "point"', () => {
    const ones = ['', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve', 'thirteen', 'fourteen', 'fifteen', 'sixteen', 'seventeen', 'eighteen', 'nineteen'];
    const tens = ['', '', 'twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety'];
    const below100 = (n: number): string => (n < 20 ? ones[n]! : tens[Math.floor(n / 10)]! + (n % 10 ? `-${ones[n % 10]}` : ''));
    const below1000 = (n: number): string => {
      const h = Math.floor(n / 100);
      const r = n % 100;
      return [h ? `${ones[h]}-hundred` : '', r ? below100(r) : ''].filter(Boolean).join(' and ');
    };
    fc.assert(fc.property(fc.integer({ min: 1, max: 999_999 }), fc.integer({ min: 0, max: 9 }), (n, tenth) => {
      const th = Math.floor(n / 1000);
      const rest = n % 1000;
      const text = [th ? `${below1000(th)}-thousand` : '', rest ? below1000(rest) : ''].filter(Boolean).join(', ');
      expect(readEnShape(text)!.value).toBe(n);
      expect(readEnShape(`${text} point ${['zero', ...ones.slice(1, 10)][tenth]}`)!.value).toBeCloseTo(n + tenth / 10, 9);
    }));
  });
  it('orders of magnitude read as floors', () => {
    fc.assert(fc.property(fc.constantFrom<[string, number]>(['十', 1], ['百', 2], ['千', 3], ['万', 4], ['十万', 5], ['亿', 8]), fc.constantFrom('上', '数', '几'), ([scale, power], lead) => {
      const r = readZhShape(`${lead}${scale}`)!;
      expect([r.value, r.lowerBound]).toEqual([10 ** power, true]);
    }));
    fc.assert(fc.property(fc.constantFrom<[string, number]>(['hundreds', 2], ['thousands', 3], ['millions', 6], ['tens of thousands', 4], ['hundreds of thousands', 5]), ([text, power]) => {
      const r = readEnShape(`${text} of`)!;
      expect([r.value, r.lowerBound]).toEqual([10 ** power, true]);
    }));
  });
  it('ranges in both languages', () => {
    fc.assert(fc.property(fc.integer({ min: 1, max: 90 }), fc.integer({ min: 1, max: 9 }), (a, d) => {
      const f = zh(`增长${a}%-${a + d}%。`)[0]!;
      expect([f.value, f.valueMax]).toEqual([a, a + d]);
      const g = en(`Growth of ${a} to ${a + d} per cent.`).find((x) => x.value === a)!;
      expect([g.valueMax, g.unit]).toEqual([a + d, '%']);
    }));
  });
});
