/** Renders integers in Chinese numerals and English words in the styles papers use, for property tests. */
const DIGITS = ['零', '一', '二', '三', '四', '五', '六', '七', '八', '九'];

interface ZhStyle {
  /** 两 for 2 before 百/千/万/亿. */
  liang: boolean;
  /** 一十五 rather than 十五 at the start. */
  leadingOne: boolean;
  /** 〇 rather than 零. */
  circleZero: boolean;
}

/** Renders 0 ≤ n < 10^4 as one section; `padZero` adds 零 when the section is short inside a larger number. */
function section(n: number, style: ZhStyle, first: boolean): string {
  const zero = style.circleZero ? '〇' : '零';
  const places: Array<[number, string]> = [[1000, '千'], [100, '百'], [10, '十'], [1, '']];
  let out = '';
  let pendingZero = !first && n < 1000;
  let started = false;
  for (const [p, unit] of places) {
    const d = Math.floor(n / p) % 10;
    if (d === 0) {
      if (started) pendingZero = true;
      continue;
    }
    if (pendingZero && (started || !first)) out += zero;
    pendingZero = false;
    let digit = style.liang && d === 2 && p >= 100 ? '两' : DIGITS[d]!;
    if (p === 10 && d === 1 && first && !started && !style.leadingOne) digit = '';
    out += digit + unit;
    started = true;
  }
  return out;
}

/** Integer → Chinese numerals with 万/亿 grouping (0 ≤ n < 10^16). */
export function toChinese(n: number, style: ZhStyle): string {
  if (n === 0) return style.circleZero ? '〇' : '零';
  const g0 = n % 10000;
  const g1 = Math.floor(n / 1e4) % 10000;
  const g2 = Math.floor(n / 1e8) % 10000;
  const g3 = Math.floor(n / 1e12);
  let out = '';
  let first = true;
  const zero = style.circleZero ? '〇' : '零';
  if (g3) { out += section(g3, style, first) + '万'; first = false; }
  if (g2 || g3) {
    if (g2) { out += section(g2, style, first); first = false; }
    out += '亿';
  }
  if (g1) { out += (out && g2 === 0 && g3 !== 0 ? zero : '') + section(g1, style, first) + '万'; first = false; }
  else if (out && g0) { out += zero; first = true; }
  if (g0) out += section(g0, style, first && !out);
  return out.replace(new RegExp(`${zero}${zero}+`, 'g'), zero);
}

const SMALL = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve', 'thirteen', 'fourteen', 'fifteen', 'sixteen', 'seventeen', 'eighteen', 'nineteen'];
const TENS = ['', '', 'twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety'];
function below1000(n: number): string {
  const parts: string[] = [];
  if (n >= 100) parts.push(`${SMALL[Math.floor(n / 100)]} hundred`);
  const rest = n % 100;
  if (rest) {
    const words = rest < 20 ? SMALL[rest]! : TENS[Math.floor(rest / 10)]! + (rest % 10 ? `-${SMALL[rest % 10]}` : '');
    parts.push(n >= 100 ? `and ${words}` : words);
  }
  return parts.join(' ');
}
/** Integer → English words (0 < n < 10^12). */
export function toEnglish(n: number): string {
  const scales: Array<[number, string]> = [[1e9, 'billion'], [1e6, 'million'], [1e3, 'thousand'], [1, '']];
  const parts: string[] = [];
  for (const [v, name] of scales) {
    const chunk = Math.floor(n / v) % 1000;
    if (chunk) parts.push(`${below1000(chunk)}${name ? ` ${name}` : ''}`);
  }
  return parts.join(' ');
}

