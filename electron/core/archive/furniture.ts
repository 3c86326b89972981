/**
 * Page furniture of a web page copied from an e-paper or news site: navigation, the
 * edition line, the site's name and the footer. Each kind is a named rule over one line,
 * so the review can say why a line was dropped and tests can name the rule they exercise.
 * The page's list of headlines is a run of lines, not one line: see `headlineListRuns`.
 */
import { dateFromText, furnitureDate } from './metadata';
import { hanCount, isChinese, isClosed, isHeadingCandidate } from './signals';

export type FurnitureKind = 'navigation' | 'edition' | 'headlines' | 'masthead' | 'footer' | 'noise';

export interface FurnitureRule {
  name: string;
  kind: FurnitureKind;
  test: (line: string) => boolean;
}

/** Links and buttons that move between articles, pages and editions, one word each. */
const NAV_WORDS = new Set(
  [
    '上一篇', '下一篇', '上一版', '下一版', '上一页', '下一页', '上一期', '下一期', '首页', '尾页', '末页', '返回', '返回目录',
    '返回首页', '返回顶部', '回到顶部', '回首页', '回上页', '打印', '打印本页', '关闭', '关闭窗口', '放大', '缩小', '默认', '刷新',
    'WAP首页', '网页版', '手机版', '登录', '注册', '往期回顾', '版面导航', '本版导读', '设为首页', '加入收藏',
    '上一篇', '下一篇', '上一版', '下一版', '上一頁', '下一頁', '首頁', '尾頁', '返回目錄', '回首頁', '回上頁', '回頂端',
    '列印', '列印本頁', '關閉', '關閉視窗', '預設', '縮小', '登入', '網頁版',
    'Previous', 'Next', 'Prev', 'Back', 'Home', 'Top', 'Print', 'Close', 'Back to top', 'Make me your Homepage',
  ].map((w) => w.toLowerCase()),
);

/** Phrases with spaces inside that are one control (English buttons). */
const NAV_PHRASES = /^(?:make me your homepage|back to top|previous article|next article|previous page|next page|print this (?:page|article)|set as homepage)$/i;

function navTokens(line: string): string[] {
  return line
    .replace(/[【】[\]«»<>]/g, ' ')
    .split(/\s*[|｜>»›·•]\s*|\s+/)
    .filter(Boolean);
}

/** 3/25 (page 3 of 25) printed beside the page links. */
const PAGE_COUNTER = /^\d{1,3}\/\d{1,3}$/;

function isNavigationLine(line: string): boolean {
  if (NAV_PHRASES.test(line)) return true;
  const tokens = navTokens(line);
  if (!tokens.length) return false;
  const nav = tokens.filter((t) => NAV_WORDS.has(t.toLowerCase()));
  if (!nav.length) return false;
  if (tokens.every((t) => NAV_WORDS.has(t.toLowerCase()) || PAGE_COUNTER.test(t))) return true;
  // a bar of section links that ends in a way home: 今日新聞 社論 評論 專題報導 自由廣場 回首頁
  return tokens.length >= 4 && tokens.every((t) => isChinese(t) && hanCount(t) <= 6 && !/[，。、；：！？]/.test(t));
}

const PAGE_NO = '([A-Za-z]?\\d{1,3}|[一二三四五六七八九十]{1,3})';

/** 「第001版:要闻」「第A03版：经济」「第3版()」, optionally after the date and the paper: 「1957年7月20日人民日报 第3版」. */
const ZH_EDITION = new RegExp(
  `^(?:((?:\\d{4}\\s*年\\s*\\d{1,2}\\s*月\\s*\\d{1,2}\\s*日|\\d{4}-\\d{1,2}-\\d{1,2}))\\s*(?:星期[一二三四五六日天]\\s*)?(?:[\\u4e00-\\u9fff]{2,10}[报報]\\s*)?)?第\\s*${PAGE_NO}\\s*版\\s*(?:[:：]\\s*([\\u4e00-\\u9fff·・]{1,8}))?\\s*(?:[（(]\\s*[）)])?$`,
);
/** 「Print Edition > Page 3」「Page A3 | Business」「Fri, May 27, 2022 page 1」. */
const EN_EDITION = /^(?:([A-Za-z]{3,9},?\s+[A-Za-z]{3,9}\.?\s+\d{1,2},?\s+\d{4}|\d{1,2}\s+[A-Za-z]{3,9}\s+\d{4})\s*[|,-]?\s*)?(?:(?:print edition|e-?paper|newspaper)\s*[>»›|:-]\s*)?page\s+([A-Z]?\d{1,3})(?:\s*[|:–-]\s*([A-Za-z][A-Za-z &]{1,30}))?$/i;

export interface EditionLine {
  /** As printed: 001, A03, 3. */
  page: string;
  /** The page's name after the colon (要闻), when printed. */
  section: string | null;
  date: string | null;
}

/** What an edition line says about the page, or null when the line is not one. */
export function readEditionLine(line: string): EditionLine | null {
  const t = line.trim();
  let m = ZH_EDITION.exec(t);
  if (m) return { page: m[2]!, section: m[3] ?? null, date: m[1] ? dateFromText(m[1]) : null };
  m = EN_EDITION.exec(t);
  if (m && (!m[1] || dateFromText(m[1]))) return { page: m[2]!, section: m[3]?.trim() ?? null, date: m[1] ? dateFromText(m[1]) : null };
  return null;
}

const FOOTER_START = /^(?:copyright\b|©|\(c\)\s*\d{4}|版权所有|版權所有|all rights reserved)/i;
const FOOTER_ANYWHERE = /版权所有|版權所有|copyright\s*(?:©|\(c\)|\d{4})|all rights reserved|ICP[证备證]|公网安备|公網安備/i;
const CONTACT = /(?:地址|地點|邮编|郵編|郵遞區號|邮政编码|电话|電話|传真|傳真|新闻热线|新聞熱線|广告热线|廣告熱線|postcode|tel|fax)\s*[:：]/gi;
const REGISTRATION = /^(?:registration number|备案号|備案號|新闻许可证|新聞許可證|互联网新闻信息服务许可证|增值电信业务经营许可证)\s*[:：]?/i;

/** An empty label left over from a layout: 「专栏:」「欄目：」. */
const EMPTY_LABEL = /^(?:专栏|專欄|栏目|欄目|版面|版名)\s*[:：]\s*$/;

/** A site's name as its pages print it at the top: 周口晚报数字报, China Daily Website. */
const SITE_NAME_ZH = /^[\u4e00-\u9fff]{2,12}(?:数字报|数字报刊|电子报|电子版|數位報|數位版|電子報|電子版|新闻网|新聞網)$/;
const SITE_NAME_EN = /^[A-Z][A-Za-z'&. ]{1,30}\s(?:Website|Online|E-?paper|Digital Edition)$/;
/** A title bar: 「港聞 - 20240422 - 每日明報 - 明報新聞網」, ending in the site's name. */
const TITLE_BAR = /^[^-–|]{1,20}(?:\s[-–|]\s[^-–|]{1,20}){2,}$/;
const SITE_SUFFIX = /(?:网|網|报|報|新闻网|新聞網|News|Website|Online|Times|Daily)$/;

/** Font-size controls: 「字體： 大 中 小」「字号 A+ A-」. */
const FONT_SIZE = /^(?:字体|字體|字号|字號|文字大小)\s*[:：]?\s*(?:(?:[大中小]|A\+|A-|A)\s*)+$/;
/** The first link of an accessible page, copied with it. */
const SKIP_LINK = /^(?:skip to (?:main )?content|skip navigation|jump to content|跳到主要内容|跳到主要內容|跳至主要內容|跳至主要内容|跳转到正文|跳轉到正文)$/i;
/** A link to the story before or after, with its headline: 「上一篇：江苏前10月外贸增长3.2%」「Next article: …」. */
const NEIGHBOUR_LINK = /^(?:上一篇|下一篇|上一條|下一條|上一条|下一条|上篇|下篇|previous(?: article| story)?|next(?: article| story)?)\s*[:：]\s*\S.{0,60}$/i;
/** A phone's status bar copied with a WAP page: 「12/27 06:18」. */
const CLOCK = /^\d{1,2}\/\d{1,2}\s+\d{1,2}:\d{2}$/;

/** The named rules, tried in order; the first that matches says why the line goes. */
export const FURNITURE_RULES: FurnitureRule[] = [
  { name: 'skip-link', kind: 'navigation', test: (t) => SKIP_LINK.test(t) },
  { name: 'article-navigation', kind: 'navigation', test: isNavigationLine },
  { name: 'neighbour-link', kind: 'navigation', test: (t) => NEIGHBOUR_LINK.test(t) },
  { name: 'font-size-controls', kind: 'navigation', test: (t) => FONT_SIZE.test(t) },
  { name: 'status-bar-clock', kind: 'navigation', test: (t) => CLOCK.test(t) },
  { name: 'edition-line', kind: 'edition', test: (t) => readEditionLine(t) !== null },
  { name: 'empty-layout-label', kind: 'edition', test: (t) => EMPTY_LABEL.test(t) },
  { name: 'site-name', kind: 'masthead', test: (t) => SITE_NAME_ZH.test(t) || SITE_NAME_EN.test(t) },
  {
    name: 'title-bar',
    kind: 'masthead',
    test: (t) => TITLE_BAR.test(t) && SITE_SUFFIX.test(t.split(/\s[-–|]\s/).pop()!.trim()),
  },
  { name: 'copyright', kind: 'footer', test: (t) => Array.from(t).length <= 300 && (FOOTER_START.test(t) || (FOOTER_ANYWHERE.test(t) && !/[。！？]$/.test(t))) },
  { name: 'registration', kind: 'footer', test: (t) => REGISTRATION.test(t) && Array.from(t).length <= 80 },
  {
    name: 'address-and-postcode',
    kind: 'footer',
    test: (t) => Array.from(t).length <= 120 && !isClosed(t) && ((t.match(CONTACT)?.length ?? 0) >= 2 || /邮编|郵編|郵遞區號|邮政编码/.test(t) || /^(?:地址|地點)\s*[:：]/.test(t)),
  },
];

export function furnitureRule(line: string): FurnitureRule | null {
  const t = line.trim();
  if (!t) return null;
  return FURNITURE_RULES.find((r) => r.test(t)) ?? null;
}

/** Labels over a page's list of headlines (the edition's table of contents, trending lists). */
export const HEADLINE_LIST_LABEL =
  /^(?:本版标题导航|标题导航|本版导读|本版新闻|本版其他文章|本版其它文章|本版標題|本版其他新聞|hot topics|top stories|latest news|most viewed|trending(?: now)?)\s*[:：]?$/i;

const MIN_LIST = 3;

/**
 * The page's list of headlines, as indices into `lines`: a run of at least three
 * headline-shaped lines (up to a blank line) one of which is printed again further down as
 * the headline over its story. A headline stack never repeats itself that way.
 */
export function headlineListRuns(lines: Array<{ text: string; blankBefore: number }>): Set<number> {
  const out = new Set<number>();
  let i = 0;
  while (i < lines.length) {
    let j = i;
    while (j < lines.length && (j === i || lines[j]!.blankBefore === 0) && isHeadingCandidate({ text: lines[j]!.text }) && !furnitureRule(lines[j]!.text) && furnitureDate(lines[j]!.text) === null) j++;
    if (j - i >= MIN_LIST) {
      const run = lines.slice(i, j).map((l) => l.text.trim());
      const later = new Set(lines.slice(j).map((l) => l.text.trim()));
      if (run.some((t) => later.has(t))) for (let k = i; k < j; k++) out.add(k);
    }
    i = Math.max(j, i + 1);
  }
  return out;
}
