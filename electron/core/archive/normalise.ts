/**
 * Text repairs between reading a file and cutting it into stories: drop page furniture
 * and layout noise, and re-join sentences that the page layout split across columns.
 */
import type { Block } from './types';
import { isCreditLine, leadingDate, parseBylineLine, parseCredit, parseOpener } from './bylines';
import {
  hanCount,
  hasHeadlineSpaces,
  hasInnerSentenceEnd,
  isChinese,
  isClosed,
  isDangling,
  isHeadingCandidate,
  joinBroken,
  leavesListOpen,
  startsMidSentence,
  startsWithConnective,
  tidy,
  wordCount,
} from './signals';
import { furnitureDate } from './metadata';
import { furnitureRule, HEADLINE_LIST_LABEL, headlineListRuns, readEditionLine, type EditionLine, type FurnitureKind } from './furniture';

/** A line left out of the stories, with the rule that took it, for the review step. */
export interface DroppedLine {
  text: string;
  kind: FurnitureKind;
  rule: string;
}

/** Page numbers as jump lines print them: 3, 一, A01. */
const PAGE_NO = '(?:[A-Za-z]?\\d{1,3}|[一二三四五六七八九十]{1,3})';
/** 「（上接第一版）」「（接A01版）」: the block after it resumes a story from another page. */
const JUMP_IN = new RegExp(`^[（(]?\\s*(?:上接|紧接|接|承)第?\\s*${PAGE_NO}\\s*版\\s*[）)]?$|^continued from (?:page|p\\.?)\\s*\\d+`, 'i');
/** 「（下转第3版）」「Continued on page 6」: the story goes on elsewhere and ends here on this page. */
const JUMP_OUT = new RegExp(`^[（(]?\\s*(?:下转|转)第?\\s*${PAGE_NO}\\s*版\\s*[）)]?$|^continued on (?:page|p\\.?)\\s*\\d+|^(?:see|turn to|more on) page \\d+`, 'i');

/** Share buttons as web pages print them, one word per platform. */
const SHARE_WORD = /^(?:微信|微博|新浪微博|腾讯微博|QQ|QQ空间|朋友圈|人人网|豆瓣|抖音|快手|小红书|复制链接|打印|收藏|纠错|关闭|Facebook|Twitter|X|LinkedIn|WhatsApp|Email|E-mail|Reddit|Pinterest|Copy link|Print)$/i;

const NOISE: RegExp[] = [
  // QR codes and sign-up forms printed beside stories
  /扫一扫|扫码|扫描二维码|二维码|长按识别/,
  /报名表$|报名方式$/,
  /(?:下载|关注).{0,12}(?:客户端|APP|App|公众号|视频号)/,
  // jump lines
  JUMP_IN,
  JUMP_OUT,
  // desk credits, bracketed or not (「责任编辑 赵敏」「（责任编辑：王洋、刘静）」「（編輯：陳政偉）」)
  /^[（(]?(?:本版)?(?:责任编辑|責任編輯|责编|責編|编辑|編輯|美编|美編|美术编辑|校对|版式设计|版式|视觉设计|制图|图片编辑|本版编辑|值班编辑|审读|组版)\s*[:：\s]\s*\S.*?[）)]?\s*\d{0,8}$/,
  /^第?\s*[\d一二三四五六七八九十]{1,3}\s*版\s*[:：]?\s*[\u4e00-\u9fff]{0,6}$/,
  /^(?:广告|ADVERTISEMENT|Advertisement)$/,
  // web-page controls on press releases: 【打印】【关闭】【字体：大 中 小】
  /^(?:【[^】]{1,12}】\s*)+$/,
  /^(?:来源|作者|浏览次数|阅读次数)\s*[:：]/,
  // web pages: share buttons, breadcrumbs (人民网 >> 经济 >> 正文, 当前位置：首页 > 财经)
  /^(?:分享到|分享至|分享|Share (?:this|on))\s*[:：]?/i,
  /^(?:当前位置|您的位置|您当前的位置|所在位置|位置)\s*[:：]/,
  /^[^>»›]{1,20}(?:\s*(?:>>?|»|›)\s*[^>»›]{1,20}){2,}$/,
  /^(?:skip to (?:main )?content|skip navigation|jump to content|跳到主要内容|跳转到正文)$/i,
  // single web buttons; case matters, since COMMENT in capitals is a column kicker
  /^(?:Share|Save|Print|Email|Listen|share|save|print|email|收藏|打印|纠错|关闭窗口)$/,
  // English furniture
  /^\d{1,3}$/,
  /^(?:page|p\.)\s*\d+$/i,
  /^(?:share|share this(?: article)?|follow us\b.*|sign up\b.*newsletter.*|read more:?.*|click here\b.*)$/i,
];

const NAV_BAR = /^(?:\s*[^|｜\s]{1,14}(?:\s[^|｜\s]{1,14})?\s*[|｜]){3,}\s*[^|｜\s]{1,14}(?:\s[^|｜\s]{1,14})?\s*$/;

/** Site footers: copyright and Chinese ICP licence lines, which can run long. */
const FOOTER = /版权所有|版權所有|未经(?:书面)?授权[^。]{0,12}(?:不得|禁止)(?:转载|使用|复制|镜像)|Copyright\s*(?:©|\(c\))|©\s*\d{4}|all rights reserved|ICP[证备證]|公网安备|公網安備/i;

/**
 * Headings over a list of links to other articles on a web page. Everything after one is
 * furniture until the list ends, and the items look like headlines.
 */
const RELATED_LABEL = /^(?:相关新闻|相关阅读|相关链接|相关文章|相关报道|延伸阅读|推荐阅读|热门推荐|热点推荐|猜你喜欢|更多精彩|精彩推荐|热门文章|相關新聞|延伸閱讀|Related(?: articles| stories| content)?|More on this story|Most (?:read|popular)|You may also like|Recommended)\s*[:：]?$/i;

/** The electronic edition's footer under each article: 「《 人民日报 》（ 2024年03月06日 第 02 版）」. */
const EDITION_FOOTER = /^《\s*[^》]{2,16}\s*》\s*[（(]\s*\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日\s*第?\s*[A-Za-z]?\d{1,3}\s*版\s*[）)]$/;

const INLINE_JUMP = /\s*(?:[（(]\s*(?:下|上)转第?\s*[A-Za-z]?[\d一二三四五六七八九十]+\s*版\s*[）)]|\((?:continued|turn to|see) (?:on )?page \d+\)|(?:Continued on page \d+\.?))\s*$/i;

/**
 * A desk sign-off closing the last paragraph: 「…审议。（編輯：陳政偉）1130305」 (CNA prints
 * the editor and a date serial), 「…。（责任编辑：王洋）」.
 */
const INLINE_SIGNOFF = /(?<=[。！？”」』])\s*[（(](?:责任编辑|責任編輯|编辑|編輯|责编|責編)[:：][^（）()]{1,30}[）)]\s*\d{0,8}\s*$/;

export interface Cleaned {
  blocks: Block[];
  dropped: string[];
  /** Dates read off page furniture (2023年2月24日 星期五) before it was dropped. */
  furnitureDates: string[];
  /** The lines that carried those dates (mastheads, folios), which may also name the paper. */
  furniture: string[];
  /** Site names from a web page's title bar (「标题--经济·科技--人民网」 → 人民网). */
  siteNames: string[];
  /** Every dropped line with why, in page order. */
  droppedLines: DroppedLine[];
  /** What edition lines (第001版:要闻, Print Edition > Page 3) said about the page. */
  editions: EditionLine[];
}

export function isNoiseLine(text: string): boolean {
  const t = text.trim();
  if (!t) return true;
  // 【記者X／台北報導】 or 作者：X is the byline, even where it looks like a web control
  if (parseBylineLine(t) && furnitureDate(t) === null) return false;
  if (Array.from(t).length <= 120 && FOOTER.test(t) && !/[。！？]$/.test(t)) return true;
  if (EDITION_FOOTER.test(t)) return true;
  if (isShareButtons(t)) return true;
  // a navigation bar: several short links between bars (首页 | 时政 | 经济 …, Home | News | Sport)
  // (a table row dumped with bars has figures in its cells and stays)
  if (Array.from(t).length <= 200 && NAV_BAR.test(t) && !/(?:^|[|｜])\s*[-+]?[\d.,%]+\s*(?=[|｜]|$)/.test(t)) return true;
  if (Array.from(t).length > 60) return false;
  if (isClosed(t) && !/^continued/i.test(t) && !/^(?:see|turn to)/i.test(t)) return false;
  return NOISE.some((re) => re.test(t)) || furnitureDate(t) !== null;
}

function isShareButtons(t: string): boolean {
  const words = t.split(/\s+|[|｜、,，]/).filter(Boolean);
  return words.length >= 2 && words.every((w) => SHARE_WORD.test(w));
}

/**
 * A web page's title bar: the headline again with the section and site after it
 * (「标题--经济·科技--人民网」「Headline | World news | The Paper」).
 */
function pageTitleSite(t: string, lines: Set<string>): string | null {
  const m = /^(.{6,}?)\s*(?:--|__|_|\s[-–—|]\s|｜|\|)\s*(\S.{0,40})$/.exec(t);
  if (!m || !lines.has(m[1]!.trim())) return null;
  // the site is the last part: 「经济·科技--人民网」 → 人民网, 「BBC News」 → BBC News
  return m[2]!.split(/\s*(?:--|__|_|\s[-–—|]\s|｜|\|)\s*/).pop()!.trim();
}

/** A related-links list item: a bullet, or a headline-like line with no sentence end. */
function isLinkItem(t: string): boolean {
  if (/^[·•▪◆◇○●■□\-*>]\s*\S/.test(t)) return true;
  // linked headlines may end in a question mark, but they are one short line each
  if (hasInnerSentenceEnd(t) || /[。.]$/.test(t)) return false;
  return isChinese(t) ? hanCount(t) <= 40 : wordCount(t) <= 20;
}

export function dropNoise(blocks: Block[]): Cleaned {
  const out: Block[] = [];
  const dropped: string[] = [];
  const furnitureDates: string[] = [];
  const furniture: string[] = [];
  const lines = new Set(blocks.map((b) => tidy(b.text)));
  const siteNames: string[] = [];
  let carryBlank = 0;
  let pending: Pick<Block, 'jumpIn' | 'afterJumpOut'> = {};
  let inRelated = false;
  const listed = new Set<string>();
  const droppedLines: DroppedLine[] = [];
  const editions: EditionLine[] = [];
  const note = (text: string, kind: FurnitureKind, rule: string) => {
    dropped.push(text);
    droppedLines.push({ text, kind, rule });
  };
  const drop = (text: string, b: Block, kind: FurnitureKind = 'noise', rule = 'layout-noise') => {
    if (text) note(text, kind, rule);
    carryBlank = Math.max(carryBlank, b.blankBefore + 1);
  };
  const headlineList = headlineListRuns(blocks.map((b) => ({ text: tidy(b.text), blankBefore: b.blankBefore })));
  for (const [index, b] of blocks.entries()) {
    const text = tidy(b.text);
    const fd = furnitureDate(text);
    if (fd) {
      furnitureDates.push(fd);
      furniture.push(text);
    }
    if (headlineList.has(index)) {
      drop(text, b, 'headlines', 'list-of-headlines');
      continue;
    }
    if (inRelated) {
      // a headline the list already gave is the story's own, printed over its text
      if (text && isLinkItem(text) && !parseBylineLine(text) && !listed.has(text)) {
        listed.add(text);
        drop(text, b, 'headlines', 'list-of-headlines');
        continue;
      }
      inRelated = false;
    }
    if (RELATED_LABEL.test(text) || HEADLINE_LIST_LABEL.test(text)) {
      inRelated = true;
      listed.clear();
      drop(text, b, 'headlines', 'list-of-headlines');
      continue;
    }
    const rule = parseBylineLine(text) ? null : furnitureRule(text);
    if (rule) {
      const edition = readEditionLine(text);
      if (edition) {
        editions.push(edition);
        if (edition.date && !fd) {
          furnitureDates.push(edition.date);
          furniture.push(text);
        }
      }
      drop(text, b, rule.kind, rule.name);
      continue;
    }
    // A web page's 「日期 来源：X 作者：Y」 line is dated furniture, but it is also the byline.
    if (b.furniture) {
      drop(text, b);
      continue;
    }
    if (fd && parseBylineLine(text)) {
      out.push({ ...b, text, blankBefore: Math.max(b.blankBefore, carryBlank), ...pending });
      carryBlank = 0;
      pending = {};
      continue;
    }
    const site = pageTitleSite(text, lines);
    if (site) siteNames.push(site);
    if (isNoiseLine(text) || site) {
      if (JUMP_IN.test(text)) pending = { ...pending, jumpIn: true };
      if (JUMP_OUT.test(text)) pending = { ...pending, afterJumpOut: true };
      drop(text, b);
      continue;
    }
    let stripped = text.replace(INLINE_SIGNOFF, '');
    if (stripped !== text) note(text.slice(stripped.length).trim(), 'noise', 'desk-sign-off');
    const beforeJump = stripped;
    stripped = stripped.replace(INLINE_JUMP, '');
    const jumpedOut = stripped !== beforeJump;
    if (jumpedOut) note(beforeJump.slice(stripped.length).trim(), 'noise', 'jump-line');
    out.push({ ...b, text: stripped, blankBefore: Math.max(b.blankBefore, carryBlank), ...pending });
    carryBlank = 0;
    pending = jumpedOut ? { afterJumpOut: true } : {};
  }
  const kept = dropPullQuotes(out, (text) => note(text, 'noise', 'pull-quote'));
  return { blocks: kept, dropped, furnitureDates, furniture, siteNames, droppedLines, editions };
}

const QUOTED = /^["“‘'「『]\s*(.+?)\s*[.,!?。！？]?\s*["”’'」』]$/;

/**
 * A pull quote: a sentence of the story set again in big type between its paragraphs,
 * in quotation marks. Recognised by its text turning up inside another paragraph of the
 * page; keeping it would repeat the quote and cut the story where it stands.
 */
function dropPullQuotes(blocks: Block[], onDrop: (text: string) => void): Block[] {
  const flat = (s: string) => s.replace(/[\s"“”‘’'「」『』]/g, '').toLowerCase();
  return blocks.filter((b, i) => {
    if (b.kind === 'heading') return true;
    const m = QUOTED.exec(b.text.trim());
    if (!m) return true;
    const inner = flat(m[1]!);
    if (inner.length < 12) return true;
    const echoed = blocks.some((o, k) => k !== i && Math.abs(k - i) <= 12 && flat(o.text).length > inner.length + 8 && flat(o.text).includes(inner));
    if (echoed) onDrop(b.text.trim());
    return !echoed;
  });
}

function isAttribution(t: string): boolean {
  return parseBylineLine(t) !== null || isCreditLine(t);
}

/** Does `a` read like running text (so a break after it is a layout break), not a heading? */
function bodyLike(a: string): boolean {
  if (isChinese(a)) {
    if (hasHeadlineSpaces(a)) return false;
    return /[，,]/.test(a) || hanCount(a) > 25 || startsWithConnective(a);
  }
  return !/^[A-Z0-9 '’:&-]+$/.test(a);
}

/** A line opened by a bullet: an item of a list, never the rest of the line before it. */
const LIST_ITEM = /^\s*[·•▪◆◇○●■□▶►★☆✓✔]\s*\S/;

function shouldJoin(prev: Block | undefined, a: Block, b: Block): boolean {
  if (a.kind === 'heading' || b.kind === 'heading') return false;
  // a table row is a line of its own, however its neighbour ends (…换乘： over the table)
  if (a.tableRow || b.tableRow) return false;
  // A jump line stood between them: the sentence went on on another page, not in `b`.
  if (b.jumpIn || b.afterJumpOut) return false;
  // A caption ends with its credit (…。人民网记者 李文摄), whatever runs on after it.
  if (parseCredit(a.text)) return false;
  const at = a.text;
  const bt = b.text;
  if (isClosed(at) || isAttribution(at) || isAttribution(bt) || parseOpener(bt)) return false;
  // 「●城镇新增就业70万人以上」: a bulleted line is an item of its own, even after 「目标如下：」.
  if (LIST_ITEM.test(bt)) return false;
  if (isDangling(at)) return true;
  // 「…要点如下：国内生产总值增长5%」 over 「城镇新增就业1267万人」: each item of a list keeps its line
  if (leavesListOpen(at, false) && isHeadingCandidate(b) && !startsMidSentence(bt)) return false;
  if (hasInnerSentenceEnd(at) || parseOpener(at) || leadingDate(at)) return true;
  const zh = isChinese(at);
  if (zh ? hanCount(at) > 60 : wordCount(at) > 25) return true;
  // Right under another heading line it is a subhead, whatever follows it.
  if (prev && isHeadingCandidate(prev) && !isAttribution(prev.text)) return false;
  if (zh && (at.match(/[，,]/g)?.length ?? 0) >= 2) return true;
  return startsMidSentence(bt) && bodyLike(at);
}

/**
 * Re-join paragraphs split by the page layout (「聚焦前沿、新兴、交叉领域，」+ blank lines +
 * 「加快在脑科学…」). Runs after noise removal so a caption between the halves doesn't block it.
 */
export function joinLayoutBreaks(blocks: Block[]): Block[] {
  const out: Block[] = [];
  for (const b of blocks) {
    const a = out[out.length - 1];
    if (a && shouldJoin(out[out.length - 2], a, b)) {
      out[out.length - 1] = { ...a, text: joinBroken(a.text, b.text) };
    } else {
      out.push({ ...b });
    }
  }
  return out;
}
