/**
 * Small facts about a line of newspaper text that segmentation and normalisation both
 * lean on: is it a finished sentence, which language, does it start mid-sentence.
 */
import { toSimplified } from '../text/simplify';

export const HAN = /[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]/;
const HAN_G = /[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]/g;
const LATIN_G = /[A-Za-z]/g;

export function hanCount(s: string): number {
  return s.match(HAN_G)?.length ?? 0;
}

export function isChinese(s: string): boolean {
  const han = hanCount(s);
  const latin = s.match(LATIN_G)?.length ?? 0;
  // One Han character carries about as much as a short English word.
  return han > 0 && han * 3 >= latin;
}

export function langOf(s: string): 'zh' | 'en' {
  return isChinese(s) ? 'zh' : 'en';
}

/** Visual length: Han characters count 1, Latin text by words x 2 (roughly a Han char each). */
export function textLength(s: string): number {
  if (isChinese(s)) return Array.from(s.replace(/\s+/g, '')).length;
  return s.trim().split(/\s+/).length * 2;
}

export function wordCount(s: string): number {
  return s.trim() ? s.trim().split(/\s+/).length : 0;
}

const CLOSE_QUOTES = `"”’'」』）)】\\]`;
const CLOSED = new RegExp(`(?:[。！？!?…；;]|\\.(?<!\\b(?:Mr|Mrs|Ms|Dr|St|No|Co|Inc|Ltd|vs)\\.))[${CLOSE_QUOTES}]*$`);

/** Ends like a finished sentence (。！？… ; or an English full stop), quotes allowed after. */
export function isClosed(s: string): boolean {
  return CLOSED.test(s.trim());
}

/** Ends on punctuation that promises more text: a comma, colon, open bracket or quote. */
export function isDangling(s: string): boolean {
  const t = s.trim();
  if (/[，、：,:（(“《「『—–]$/.test(t)) return true;
  // English word broken by a hyphen at the end of a line
  if (/[a-z]-$/.test(t)) return true;
  return false;
}

/** Contains a finished sentence followed by more text: a paragraph, not a heading. */
export function hasInnerSentenceEnd(s: string): boolean {
  const t = s.trim();
  if (isChinese(t)) return /[。！？][”’」』）]*[^\s”’」』）]/.test(t);
  return /[a-z0-9][.!?]["”’')]*\s+[A-Z“"]/.test(t) && wordCount(t) > 18;
}

/** Han text with a space inside, as Chinese headlines set their phrases apart. */
export function hasHeadlineSpaces(s: string): boolean {
  return /[\u4e00-\u9fff”》）]\s+[“《（\u4e00-\u9fff\d]/.test(s.trim());
}

/**
 * Sentence openers that are a full clause before the first comma although very short:
 * time words, connectives, single-character prepositions.
 */
const ZH_SHORT_OPENERS = new Set(
  (
    '近日 日前 今年 去年 前年 明年 目前 当前 此外 同时 其中 另外 为此 对此 如今 此前 随后 然而 但是 因此 所以 ' +
    '首先 其次 再次 最后 今天 昨天 昨日 今日 明天 当天 当日 近年 近期 据悉 今后 未来 此次 这次 那时 当时 其实 ' +
    '于是 从而 总之 可见 另一方面 一方面 事实上 实际上 据了解 据介绍 记者 他说 她说 他们 我们 数据显示 不过 而且 ' +
    '比如 例如 譬如 一是 二是 三是 四是 五是 第一 第二 第三 首先 再者 对于 关于 随着 截至 截止 为了 虽然 尽管 如果 ' +
    '在 对 以 从 将 把 让 为 向 据 由 与 和 被 给 当 自 按 经 凭 如 若 这 那 该 此 其 各 每 全 本 我 你 他 她 它 有 是 请 要 但 而 并 又 也 还 都 就 才 又'
  ).split(/\s+/),
);

/** Characters that practically never begin a Chinese sentence: suffixes, particles, measure tails. */
const ZH_NON_INITIAL = new Set(Array.from('的了们者吗呢吧啊么矣乎哉'));

const ZH_DATE_START = /^(?:\d{1,4}年)?\d{1,2}月(?:\d{1,2}日)?|^\d{1,2}日|^\d{4}年|^[一二三四五六七八九十]+[是、]|^（[一二三四五六七八九十\d]+）|^\d+[.、．]/;

/**
 * Does this paragraph begin in the middle of a sentence — the tail of text that was cut off
 * or set in another column? `loose` also accepts weaker evidence (a very short first
 * sentence), which is fine for flagging a cut-off story but too eager for joining text.
 */
export function startsMidSentence(s: string, loose = false): boolean {
  // the word lists are simplified: 據《人民日報》報導 opens a sentence as 据《人民日报》报道 does
  const t = toSimplified(s.trim());
  if (!t) return false;
  const first = Array.from(t)[0]!;
  if (!isChinese(t)) {
    if (/^[a-z]/.test(t)) return !/^(?:e\.g|i\.e|iPhone|iPad|eBay)/.test(t);
    if (/^[,;:.)\]’”]/.test(t)) return true;
    return false;
  }
  if (/^[，。、；：！？）」』”’》…,.;:!?)]/.test(first)) return true;
  if (ZH_NON_INITIAL.has(first)) return true;
  if (ZH_DATE_START.test(t)) return false;
  const clause = t.split(/[，。；：、,;:！？]/)[0] ?? '';
  const clauseLen = Array.from(clause).length;
  if (clauseLen === 1 && !ZH_SHORT_OPENERS.has(clause)) return true;
  // 「实“乙类乙管”要求」: a lone character glued to a quotation is the end of a word (落实).
  const beforeQuote = /^([\u4e00-\u9fff]{1,2})[“《「]/.exec(t);
  if (beforeQuote && !ZH_SHORT_OPENERS.has(beforeQuote[1]!) && !ZH_SHORT_OPENERS.has(beforeQuote[1]!.slice(0, 1))) {
    if (beforeQuote[1]!.length === 1) return true;
  }
  if (loose) {
    // 「护及妇幼健康保障工程。此次…」: a first "sentence" too short to be a lead.
    const m = /^([^。！？]{1,12})[。！？]/.exec(t);
    if (m && !/[，,]/.test(m[1]!) && t.length > m[0].length + 4) return true;
  }
  return false;
}

/** Join two pieces of one sentence that the page layout split. */
/**
 * Words that usually start a hyphenated compound (three-hour, well-known, self-driving,
 * 24-hour): at a line end their hyphen is part of the word, not a break in it.
 */
const COMPOUND_HEADS = new Set(
  ('one two three four five six seven eight nine ten eleven twelve fifteen twenty thirty forty fifty sixty seventy eighty ninety hundred thousand million billion ' +
    'half quarter first second third well long short high low full part self non co pre post anti mid cross multi all year month week day ' +
    'small large middle near far ill ex vice state city council government cost tax fuel record best worst').split(' '),
);

export function joinBroken(a: string, b: string): string {
  const left = a.replace(/\s+$/, '');
  const right = b.replace(/^\s+/, '');
  if (/[a-z0-9]-$/i.test(left) && /^[a-z]/.test(right)) {
    const head = /([A-Za-z0-9]+)-$/.exec(left)?.[1] ?? '';
    // A compound keeps its hyphen; a word split across lines loses it (quali- fied).
    if (/\d/.test(head) || COMPOUND_HEADS.has(head.toLowerCase())) return left + right;
    return left.slice(0, -1) + right;
  }
  const l = left.slice(-1);
  const r = right.slice(0, 1);
  if (HAN.test(l) || HAN.test(r) || /[，、：“（《—]/.test(l) || /[，。、；：”）》]/.test(r)) return left + right;
  return `${left} ${right}`;
}

// Radical code points that stand for whole simplified characters (⼾ folds to traditional 戶 under NFKC; SC fonts mean 户).
const RADICAL_SUPPLEMENT: Record<string, string> = Object.fromEntries(
  Array.from('⼾户⺠民⻋车⻓长⻔门⻅见⻉贝⻚页⻛风⻜飞⻢马⻥鱼⻦鸟⻨麦⻩黄⻬齐⻭齿⻯龙⻳龟⻄西⻆角⻘青⻝食⻣骨⻤鬼⻙韦⺟母⻑長⻧卤⺩王⺝月⺼月⻁虎⻗雨⻊足⻈讠⻠饣⺰纟⻐钅⺁厂⺇几⺌小⺒巳⺓幺⺾艹⺡氵⺘扌⺖忄⺅亻⻖阝⻏阝⻌辶').reduce<Array<[string, string]>>(
    (pairs, ch, i, all) => (i % 2 === 0 ? [...pairs, [ch, all[i + 1]!]] : pairs),
    [],
  ),
);

/**
 * PDF fonts often map CJK glyphs to radical code points (⽉ for 月, ⺠ for 民); text search
 * and figure extraction need the ordinary characters. Kangxi radicals fold under NFKC.
 */
export function foldRadical(c: string): string {
  return RADICAL_SUPPLEMENT[c] ?? c.normalize('NFKC');
}

export function foldRadicals(s: string): string {
  return s.replace(/[\u2e80-\u2fdf]/g, foldRadical);
}

/** Whitespace cleanup that keeps the spaces Chinese headlines use between phrases. */
/**
 * Pinyin glosses that mirror sites put after characters (城鎮(zhèn)新增就業(yè)143.02萬(wàn)人): reading aids, not
 * the text, and they split a number from its unit. Only a gloss with a tone mark is one; 国内生产总值(GDP) stays.
 */
const PINYIN_GLOSS = /(?<=[\u4e00-\u9fff])[(（][a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜüńňǹ]{1,7}[)）]/g;
const TONE_MARK = /[āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜńňǹ]/;

export function dropPinyinGlosses(s: string): string {
  return s.replace(PINYIN_GLOSS, (gloss) => (TONE_MARK.test(gloss) ? '' : gloss));
}

export function tidy(s: string): string {
  return dropPinyinGlosses(s)
    .replace(/[\u2e80-\u2fdf]/g, foldRadical)
    .replace(/[\u00a0\u2002-\u200a\u202f\u205f]/g, ' ')
    .replace(/[\u200b-\u200d\u2060\ufeff]/g, '')
    .replace(/\u3000/g, ' ')
    .replace(/[ \t]+/g, ' ')
    .trim();
}

const CONNECTIVE_START = /^(?:其中|同时|此外|另外|而且|但是|不过|因此|所以|据介绍|据了解|据悉|对此|为此|与此同时|此前|随后|他说|她说|他表示|她表示)[，,]?/;

export function startsWithConnective(s: string): boolean {
  return CONNECTIVE_START.test(s.trim());
}

/**
 * A colon that introduces a list, as a sentence does: after a clause and a comma
 * (政府工作报告提出，今年发展主要预期目标是：) or after 如下/是/包括/are/include. A headline's colon
 * follows a bare name or label instead (国家统计局：…, Tory leadership contest: …).
 */
const ZH_LIST_LEAD_IN = /[，,][^，,：:]*[：:]|(?:如下|如次|是|为|為|包括|包含|分别|分別)[：:]/;
const EN_LIST_LEAD_IN = /\b(?:are|were|is|include|includes|including|as follows|the following)\s*:/i;

export function isListLeadIn(text: string): boolean {
  return isChinese(text) ? ZH_LIST_LEAD_IN.test(text) : EN_LIST_LEAD_IN.test(text);
}

/**
 * Text that leaves a list open: it ends on its lead-in's colon, or on the first item after
 * it (normalisation joins a line ending in a colon to the next one), or on an item ending
 * in ；. The short lines that follow are the list's items, not headlines.
 */
export function leavesListOpen(text: string, listOpen: boolean): boolean {
  const t = text.trim();
  if (listOpen && /[；;]$/.test(t)) return true;
  const colon = Math.max(t.lastIndexOf('：'), t.search(/:(?!\d)[^:]*$/));
  if (colon < 0 || !isListLeadIn(t.slice(0, colon + 1))) return false;
  return !/[。！？!?]|\.(?:\s|$)/.test(t.slice(colon + 1));
}

/**
 * Could this line be a headline, subhead, kicker or crosshead? Headings carry no closing
 * punctuation and are short; format readers may already know (heading tags).
 */
export function isHeadingCandidate(b: { text: string; kind?: string }): boolean {
  const t = b.text.trim();
  if (!t) return false;
  if (b.kind === 'heading') return true;
  if (isClosed(t) || isDangling(t) || hasInnerSentenceEnd(t)) return false;
  if (isChinese(t)) {
    const commas = t.match(/[，,]/g)?.length ?? 0;
    return hanCount(t) <= 50 && commas <= 2 && !startsWithConnective(t);
  }
  return wordCount(t) <= 20 && /^[A-Z0-9“"'‘£$€]/.test(t);
}

/** A very short line that names a column or section (重报时论, 评论员文章, ANALYSIS). */
export const COLUMN_NAME =
  /(?:时论|时评|评论|短评|快评|社论|社评|述评|论坛|观察|随笔|杂谈|漫谈|声音|观点|关注|聚焦|新闻眼|视点|特稿|专栏|专访|调查|一线|现场)$|^评论员文章$|^(?:comment|opinion|analysis|editorial|leader|the view|our view|explainer|exclusive|in focus|briefing|news in brief)$/i;

export function isKickerLike(t: string): boolean {
  const s = t.trim();
  if (COLUMN_NAME.test(s)) return true;
  if (isChinese(s)) return hanCount(s) <= 6;
  return wordCount(s) <= 4 && s === s.toUpperCase() && /[A-Z]/.test(s);
}

export const COMMENTARY_KICKER =
  /时论|时评|评论|短评|快评|社论|社评|述评|论坛|随笔|杂谈|漫谈|观点|^(?:comment|opinion|editorial|leader|the view|our view|analysis)$/i;
