/**
 * Matching keys for metrics and entities. The extractor's metricKey is the first fold;
 * this adds the folds matching needs even when the extractor's key misses them
 * (traditional characters, 数量/总数 affixes, 全市 prefixes), so 「科技型企業」,
 * 「科技型企业数量」 and 「科技型企业总数」 meet on one key.
 */

// Traditional → simplified for characters that occur in economic metric names. Small on
// purpose: metric keys are short and drawn from a narrow vocabulary.
const TRAD_PAIRS =
  '業业數数額额長长價价產产貿贸資资術术與与發发經经濟济創创園园區区縣县場场總总計计費费萬万億亿鐵铁電电車车務务營营稅税體体積积標标準准開开環环節节綠绿線线網网醫医療疗學学實实現现規规際际進进銷销漲涨員员職职勞劳動动質质壓压減减廢废氣气單单戶户間间達达給给糧粮農农廠厂礦矿鋼钢紡纺織织擁拥層层項项應应據据專专權权機机關关設设備备節节點点對对歲岁齡龄戶户貨货幣币匯汇銀银險险證证稅税財财政政補补貼贴購购買买賣卖價价倉仓儲储運运輸输郵邮遊游覽览觀观藝艺聯联歷历戲戏劇剧視视聽听讀读書书畫画獎奖紀纪錄录億亿臺台灣湾門门風风雲云東东廣广塵尘陽阳陰阴溫温濕湿熱热氣气燈灯熱热鄉乡鎮镇屬属轉转傳传統统態态勢势務务義义協协會会黨党團团組组織织構构規规劃划辦办區区縣县優优質质檢检測测驗验標标準准導导師师課课題题級级醫医藥药護护險险養养飯饭館馆醫医衛卫樂乐';
const TRAD = new Map<string, string>();
for (let i = 0; i + 1 < TRAD_PAIRS.length; i += 2) TRAD.set(TRAD_PAIRS[i]!, TRAD_PAIRS[i + 1]!);

export function foldTraditional(text: string): string {
  let out = '';
  for (const ch of text) out += TRAD.get(ch) ?? ch;
  return out;
}

// Affixes that name the same quantity: 科技型企业 = 科技型企业数量 = 科技型企业总数.
const ZH_SUFFIXES = ['数量', '总数', '总量', '个数', '数目', '家数', '总计'];
const ZH_PREFIXES = ['全市', '全区', '全省', '全县', '全国', '我市', '本市', '我区', '本区', '我省', '本省'];
const EN_DROP = /\b(the|total|number of|count of|of|a|an)\b/g;

/** The key two metrics must share to be the same quantity (before aliases). */
export function matchKey(metricKey: string): string {
  let key = foldTraditional(metricKey.normalize('NFKC')).toLowerCase();
  key = key.replace(/[\s\p{P}\p{S}]+/gu, ' ').trim();
  if (/[a-z]/.test(key) && !/[\u4e00-\u9fff]/.test(key)) {
    key = key.replace(EN_DROP, ' ').replace(/\s+/g, ' ').trim();
    // Plural and singular name the same series: homes/home, dwellings/dwelling.
    key = key
      .split(' ')
      .map((w) => (w.length > 3 && w.endsWith('s') && !w.endsWith('ss') ? w.slice(0, -1) : w))
      .join(' ');
    return key;
  }
  key = key.replace(/\s+/g, '');
  for (const p of ZH_PREFIXES) if (key.startsWith(p) && key.length > p.length + 1) key = key.slice(p.length);
  for (const s of ZH_SUFFIXES) if (key.endsWith(s) && key.length > s.length + 1) key = key.slice(0, -s.length);
  return key;
}

/** Character bigrams (words for English) as a multiset-free set. */
export function bigrams(key: string): string[] {
  if (/^[a-z0-9 ]+$/.test(key)) {
    const words = key.split(' ').filter(Boolean);
    if (words.length === 1) return charBigrams(words[0]!);
    return [...new Set(words)];
  }
  return charBigrams(key);
}

function charBigrams(s: string): string[] {
  const chars = [...s];
  if (chars.length < 2) return chars;
  const out = new Set<string>();
  for (let i = 0; i + 1 < chars.length; i++) out.add(chars[i]! + chars[i + 1]!);
  return [...out];
}

/** Sørensen–Dice over bigram sets: 2|A∩B| / (|A|+|B|). */
export function dice(a: string, b: string): number {
  if (a === b) return 1;
  const ga = bigrams(a);
  const gb = new Set(bigrams(b));
  if (!ga.length || !gb.size) return 0;
  let shared = 0;
  for (const g of ga) if (gb.has(g)) shared++;
  return (2 * shared) / (ga.length + gb.size);
}

// Administrative suffixes that do not change the place: 重庆 = 重庆市.
const ENTITY_SUFFIX = /(市|省|自治区|特别行政区|地区)$/;

export function entityKey(entity: string | null): string | null {
  if (entity === null) return null;
  const key = foldTraditional(entity.normalize('NFKC')).trim().toLowerCase();
  return key.replace(ENTITY_SUFFIX, '') || key;
}

/** Spellings of an entity to look up in SQL, which compares exact text. */
export function entityVariants(entity: string): string[] {
  const base = entityKey(entity)!;
  const out = new Set([entity, base, `${base}市`, `${base}省`, foldTraditional(entity)]);
  return [...out];
}

/** 1 for the same place, 0.9 when one side does not say, 0 for different places. */
export function entityScore(a: string | null, b: string | null): number {
  if (a === null || b === null) return 0.9;
  return entityKey(a) === entityKey(b) ? 1 : 0;
}

export interface PeriodLike {
  from: string;
  to: string;
}

export function periodsOverlap(a: PeriodLike | null, b: PeriodLike | null): boolean {
  if (!a || !b) return true;
  return a.from <= b.to && b.from <= a.to;
}

/** 1 same period, 0.95 overlapping, 0.85 one side unstated, 0 disjoint. */
export function periodScore(a: PeriodLike | null, b: PeriodLike | null): number {
  if (!a || !b) return 0.85;
  if (a.from === b.from && a.to === b.to) return 1;
  return periodsOverlap(a, b) ? 0.95 : 0;
}

// Units that count the same thing under another name; money is told apart by currency.
const UNIT_SYNONYMS: Record<string, string> = {
  home: 'dwelling',
  house: 'dwelling',
  dwelling: 'dwelling',
  'housing unit': 'dwelling',
  套: 'dwelling',
  户: 'household',
  household: 'household',
  个百分点: 'pp',
  'percentage point': 'pp',
  pp: 'pp',
};

export function unitKey(unit: string): string {
  let u = foldTraditional(unit.normalize('NFKC')).trim().toLowerCase();
  if (/^[a-z ]+$/.test(u) && u.length > 3 && u.endsWith('s')) u = u.slice(0, -1);
  return UNIT_SYNONYMS[u] ?? u;
}

/**
 * Whether two quantities can be compared at all: same unit family and the same
 * currency. % and 个百分点 never mix; a level never meets a count of additions unless
 * both are percentages (a growth rate stated as 增速 or as 增长 is the same number).
 */
export function comparableUnits(
  a: { unit: string; currency: string | null; change: string },
  b: { unit: string; currency: string | null; change: string },
): boolean {
  if (unitKey(a.unit) !== unitKey(b.unit)) return false;
  if ((a.currency ?? null) !== (b.currency ?? null)) return false;
  if (a.change === b.change) return true;
  return unitKey(a.unit) === '%' || unitKey(a.unit) === 'pp';
}

/** A change stated as 下降3% is -3 on the same scale as a level of -3%. */
export function signedValue(f: { value: number; change: string }): number {
  return f.change === 'decrease' ? -f.value : f.value;
}
