/**
 * Which paper and which day a page is from. Editors rely on this to file figures against
 * the right date, so every inference is reported in `assumed`, and when nothing says it
 * the field stays null with a note that the editor must be asked.
 */
import { basename, extname } from 'node:path';
import { importNote, type ImportNote } from '../../../shared/import-notes';

const MONTHS: Record<string, number> = {
  jan: 1, feb: 2, mar: 3, apr: 4, may: 5, jun: 6, jul: 7, aug: 8, sep: 9, oct: 10, nov: 11, dec: 12,
};
const MONTH_RE = '(Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)';
const WEEKDAY_RE = '(?:Mon|Tues?|Wed(?:nes)?|Thu(?:rs)?|Fri|Sat(?:ur)?|Sun)(?:day)?';

export function isoDate(y: number, m: number, d: number): string | null {
  if (y < 1900 || y > 2100 || m < 1 || m > 12 || d < 1) return null;
  const dt = new Date(Date.UTC(y, m - 1, d));
  if (dt.getUTCMonth() !== m - 1 || dt.getUTCDate() !== d) return null;
  return `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

function monthNum(name: string): number {
  return MONTHS[name.slice(0, 3).toLowerCase()] ?? 0;
}

/** The first full date written anywhere in `s` (file names, titles): 2023-02-24, 20230224, 2023年2月24日, 24 February 2023. */
export function dateFromText(s: string): string | null {
  // Taiwan prints the Republic of China year: 中華民國113年3月5日 (1911 + 113 = 2024).
  let m = /(?:中華民國|中华民国|民國|民国)\s*(\d{2,3})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日/.exec(s);
  if (m) return isoDate(1911 + +m[1]!, +m[2]!, +m[3]!);
  m = /(?<!\d)(\d{4})[-_./](\d{1,2})[-_./](\d{1,2})(?!\d)/.exec(s);
  if (m) return isoDate(+m[1]!, +m[2]!, +m[3]!);
  m = /(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日/.exec(s);
  if (m) return isoDate(+m[1]!, +m[2]!, +m[3]!);
  m = /(?<!\d)(\d{4})(\d{2})(\d{2})(?!\d)/.exec(s);
  if (m) return isoDate(+m[1]!, +m[2]!, +m[3]!);
  m = new RegExp(`(?<!\\d)(\\d{1,2})(?:st|nd|rd|th)?\\s+${MONTH_RE}\\.?,?\\s+(\\d{4})`, 'i').exec(s);
  if (m) return isoDate(+m[3]!, monthNum(m[2]!), +m[1]!);
  m = new RegExp(`${MONTH_RE}\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})`, 'i').exec(s);
  if (m) return isoDate(+m[3]!, monthNum(m[1]!), +m[2]!);
  return null;
}

/**
 * A page-furniture line that carries the issue date (「2023年2月24日 星期五」,
 * 「THE LEDGER | Friday 24 February 2023 | 7」). Plain body sentences never match.
 */
export function furnitureDate(line: string): string | null {
  const t = line.trim();
  if (t.length > 80 || /[。！？，]$/.test(t)) return null;
  if (/(?:\d{4}|(?:民國|民国)\s*\d{2,3})\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日\s*(?:星期|周|週)[一二三四五六日天]/.test(t)) return dateFromText(t);
  // the electronic edition's footer: 《 人民日报 》（ 2024年03月06日 第 02 版）
  if (/^《[^》]{2,16}》\s*[（(]\s*\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日\s*第?\s*[A-Za-z]?\d{1,3}\s*版\s*[）)]$/.test(t)) return dateFromText(t);
  // a web article's info line: 「2024-03-05 10:21 来源：人民网 作者：X」「2024年03月05日10:21 | 来源：人民网」
  if (/^\d{4}(?:-\d{1,2}-\d{1,2}|年\d{1,2}月\d{1,2}日)\s*\d{1,2}:\d{2}/.test(t) && (/来源|作者|來源|\d{1,2}:\d{2}\s*$/.test(t))) return dateFromText(t);
  const en = new RegExp(`^(?:[^|•·]{0,40}[|•·]\\s*)?${WEEKDAY_RE},?\\s+(?:\\d{1,2}(?:st|nd|rd|th)?\\s+${MONTH_RE}|${MONTH_RE}\\s+\\d{1,2}),?\\s+\\d{4}(?:\\s*[|•·].{0,40})?$`, 'i');
  if (en.test(t)) return dateFromText(t);
  // an e-paper slug: 「2024-04-02/聯合報/A3版/焦點」
  if (/^\d{4}-\d{1,2}-\d{1,2}\s*[/／]\s*[^/／]{2,12}\s*[/／]\s*[A-Za-z]?\d{1,3}\s*版/.test(t)) return dateFromText(t);
  // a line that is only a date (and maybe a time): 「5 March 2024」「March 5, 2024 10:21 GMT」「2024年3月5日 10:21」
  const bare = t.replace(/[,\s]*(?:\d{1,2}:\d{2}(?::\d{2})?\s*(?:[AP]M|GMT|BST|UTC|EST|ET)?)$/i, '').trim();
  if (new RegExp(`^(?:${WEEKDAY_RE},?\\s+)?(?:\\d{1,2}(?:st|nd|rd|th)?\\s+${MONTH_RE}|${MONTH_RE}\\s+\\d{1,2}(?:st|nd|rd|th)?),?\\s+\\d{4}$`, 'i').test(bare)) return dateFromText(bare);
  if (/^\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日$|^\d{4}-\d{1,2}-\d{1,2}$/.test(bare)) return dateFromText(bare);
  // a portal's info line with the source first: 「来源:中国产业经济信息网   时间:2020-11-25」
  if (/^(?:来源|來源)\s*[:：]/.test(t) && /(?:时间|時間|日期|发布时间|發佈時間)\s*[:：]\s*\d{4}/.test(t)) return dateFromText(t);
  // press-release header: 「发布时间：2023-03-15 10:00 来源：国家统计局」「Published 2 March 2023」
  if (/^(?:发布时间|发布日期|日期|时间)\s*[:：]/.test(t) || /^(?:Published|Updated|Last updated)\b:?/i.test(t)) return dateFromText(t);
  return null;
}

/**
 * The paper's name on a masthead or folio line (「成都日报 2023年3月15日 星期三 第2版」,
 * 「THE NORTHERN LEDGER | Thursday 2 March 2023 | 7」).
 */
export function publicationFromMasthead(line: string): string | null {
  const zh = publicationFromTitle(line);
  if (zh) return zh;
  // a web article's info line names its source: 「2024-03-05 10:21 来源：人民网 作者：X」
  const source = /(?:来源|來源)\s*[:：]\s*([^\s|｜:：]{2,20})/.exec(line);
  if (source) return source[1]!.split(/[-－—_]/)[0]!;
  // a masthead or e-paper slug with a short name ending in 报/報 (聯合報 2024年…, 2024-04-02/聯合報/A3版)
  const short = line
    .trim()
    .split(/\s+|\s*[/／|｜]\s*/)
    .find((part) => /^[\u4e00-\u9fff]{1,5}[报報]$/.test(part));
  if (short) return short;
  // an English folio names the paper in whichever part is not the date or the page number
  const parts = line.split(/\s*[|•·]\s*/).map((p) => p.trim());
  const first = parts.find((p) => /^[A-Za-z][A-Za-z '&.-]{2,40}$/.test(p) && !dateFromText(p) && !/^(?:page|p\.?)\s*\d+$/i.test(p)) ?? parts[0]!;
  if (parts.length < 2 || !/^[A-Za-z][A-Za-z '&.-]{2,40}$/.test(first) || dateFromText(first)) return null;
  if (first !== first.toUpperCase()) return first;
  const small = new Set(['of', 'and', 'the', 'on', 'in', 'for']);
  return first
    .toLowerCase()
    .split(/\s+/)
    .map((w, i) => (i > 0 && small.has(w) ? w : w.charAt(0).toUpperCase() + w.slice(1)))
    .join(' ');
}

/** Slugs editors use in file names for the papers Figure Desk knows. */
const KNOWN_PAPERS: Array<[RegExp, string]> = [
  [/^(?:cq-?daily|cqrb|chongqing-?daily)$/i, '重庆日报'],
  [/^(?:rmrb|people'?s?-?daily)$/i, '人民日报'],
  [/^(?:cdrb|chengdu-?daily)$/i, '成都日报'],
  [/^(?:scrb|sichuan-?daily)$/i, '四川日报'],
  [/^(?:gmrb|guangming-?daily)$/i, '光明日报'],
  [/^(?:jjrb|economic-?daily)$/i, '经济日报'],
  [/^(?:bjrb|beijing-?daily)$/i, '北京日报'],
  [/^(?:jfrb|jiefang-?daily)$/i, '解放日报'],
  [/^(?:xinhua|xhs)$/i, '新华社'],
  [/^(?:china-?daily)$/i, 'China Daily'],
  [/^(?:stats-?gov|nbs|stats\.gov\.cn)$/i, '国家统计局'],
  [/^(?:scio|国新办)$/i, '国务院新闻办公室'],
  [/^(?:gov-?uk)$/i, 'GOV.UK'],
];

const GENERIC_NAMES = /^(?:page|pages|scan|document|doc|file|untitled|export|download|article|story|news|text|copy|新建文本文档|文档|未命名|版面|page\d*|a\d+|\d+)$/i;
const CHINESE_PAPER = /^[\u4e00-\u9fff]{2,10}(?:日报|晚报|晨报|时报|商报|都市报|青年报|法治报|报|新闻)$/;

export function publicationFromName(fileName: string): { name: string; slug: string } | null {
  const stem = basename(fileName, extname(fileName));
  const slug = stem
    .replace(/(?<!\d)\d{4}[-_.]?\d{1,2}[-_.]?\d{1,2}(?!\d)/, ' ')
    .replace(/\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日/, ' ')
    .replace(/(?:^|[-_\s])(?:p|page|第)?\d{1,2}(?:版)?(?=$|[-_\s])/gi, ' ')
    .replace(/^[-_.\s]+|[-_.\s]+$/g, '')
    .replace(/[-_.\s]+/g, '-');
  if (!slug || GENERIC_NAMES.test(slug)) return null;
  for (const [re, name] of KNOWN_PAPERS) if (re.test(slug)) return { name, slug };
  if (CHINESE_PAPER.test(slug)) return { name: slug, slug };
  return null;
}

/** 「重庆日报 2023-02-24 第3版」 or 「The Northern Ledger – 24 February 2023」: a paper's name inside a title. */
function publicationFromTitle(title: string): string | null {
  // A date printed against the name (1957年7月20日人民日报) is not part of it: its 日 would start the name.
  const undated = title.replace(/[0-9０-９]+\s*[年月日号號]/g, ' ');
  const zh = /([\u4e00-\u9fff]{2,10}(?:日报|晚报|晨报|时报|商报|都市报|青年报|法治报|日報|晚報|晨報|時報|商報|都市報|青年報))/.exec(undated);
  if (zh) return zh[1]!;
  for (const [re, name] of KNOWN_PAPERS) {
    const words = title.toLowerCase().replace(/[^a-z\s-]/g, ' ').trim().split(/\s+/);
    for (let i = 0; i + 1 < words.length; i++) if (re.test(`${words[i]}-${words[i + 1]}`)) return name;
  }
  return null;
}

export interface MetaInput {
  publication?: string | null;
  date?: string | null;
  fileName?: string;
  /** Titles and meta tags from the document itself. */
  metaHints?: string[];
  furnitureDates?: string[];
  /** Furniture lines (masthead, folio) dropped from the page. */
  furniture?: string[];
  /** The site named in a web page's title bar. */
  siteNames?: string[];
}

export interface PageMeta {
  publication: string | null;
  date: string | null;
  /** What was inferred and from where, or what the editor must supply. */
  assumed: ImportNote[];
}

export function resolveMetadata(input: MetaInput): PageMeta {
  const assumed: ImportNote[] = [];
  const name = input.fileName ? basename(input.fileName) : undefined;
  let date: string | null = null;
  let publication: string | null = null;

  if (input.date) {
    date = /^\d{4}-\d{2}-\d{2}$/.test(input.date) && dateFromText(input.date) ? input.date : dateFromText(input.date);
    if (!date) assumed.push(importNote('date_ignored', { given: input.date }));
  }
  if (!date && name) {
    date = dateFromText(name);
    if (date) assumed.push(importNote('date_from_file', { date, name }));
  }
  if (!date) {
    for (const hint of input.metaHints ?? []) {
      date = dateFromText(hint);
      if (date) {
        assumed.push(importNote('date_from_title', { date, title: hint }));
        break;
      }
    }
  }
  if (!date && input.furnitureDates?.length) {
    date = input.furnitureDates[0]!;
    assumed.push(importNote('date_from_dateline', { date }));
  }
  if (!date) assumed.push(importNote('date_unknown'));

  if (input.publication) publication = input.publication.trim() || null;
  if (!publication && name) {
    const p = publicationFromName(name);
    if (p) {
      publication = p.name;
      assumed.push(
        p.name === p.slug
          ? importNote('publication_from_file', { publication: p.name })
          : importNote('publication_from_file_slug', { publication: p.name, slug: p.slug }),
      );
    }
  }
  if (!publication) {
    for (const hint of input.metaHints ?? []) {
      publication = publicationFromTitle(hint);
      if (publication) {
        assumed.push(importNote('publication_from_title', { publication, title: hint }));
        break;
      }
    }
  }
  if (!publication) {
    for (const line of input.furniture ?? []) {
      publication = publicationFromMasthead(line);
      if (publication) {
        assumed.push(importNote('publication_from_masthead', { publication, line }));
        break;
      }
    }
  }
  if (!publication && input.siteNames?.length) {
    publication = input.siteNames[0]!;
    assumed.push(importNote('publication_from_site', { publication }));
  }
  if (!publication) assumed.push(importNote('publication_unknown'));
  return { publication, date, assumed };
}
