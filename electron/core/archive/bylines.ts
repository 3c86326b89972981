/**
 * Reading attributions: bylines, wire datelines and photo credits, in the forms Chinese
 * and English papers print them. Everything here returns names only — the roles
 * (记者, 通讯员, Correspondent) are furniture.
 */
import { ROLE_ENDINGS } from '../../../shared/byline-roles';
import { toSimplified } from '../text/simplify';

const HAN_NAME = '[\\u4e00-\\u9fff]{1,3}(?:[·・][\\u4e00-\\u9fff]{1,6})?[\\u4e00-\\u9fff]';
/**
 * Who employs the reporter, as printed before 记者: this paper (本报), a wire, or any paper,
 * site or station by the shape of its name (南方日报记者, 羊城晚报记者, 人民网记者).
 */
const OUTLET =
  '本报|新华社|中新社|中央社|人民日报|光明日报|经济日报|[\\u4e00-\\u9fff]{1,6}?报|[\\u4e00-\\u9fff]{1,4}?(?:网|电视台|广播电视台)';
const ROLE = `(?:${OUTLET}|特约|首席|资深|见习|实习|全媒体|融媒体|摄影|驻[\\u4e00-\\u9fff]{1,4})*(?:${ROLE_ENDINGS.join('|')})`;

/** 「记者 张三 通讯员 李四」 → 「张三、李四」; null when what is left is not names. */
export function namesFromCredit(raw: string): string | null {
  const cleaned = raw
    .replace(/[（()）]/g, ' ')
    .replace(new RegExp(ROLE, 'g'), ' ')
    .replace(/(?:文|图|摄影?|撰文|整理|编译)[/／:：]/g, ' ')
    .replace(/[/／:：]/g, ' ')
    .trim();
  if (!cleaned) return null;
  const tokens = cleaned.split(/[\s、，,]+/).filter(Boolean);
  const isName = (t: string) => /^[\u4e00-\u9fff]{2,4}$/.test(t) || /^[\u4e00-\u9fff]{1,6}[·・][\u4e00-\u9fff]{1,8}$/.test(t);
  return tokens.length > 0 && tokens.length <= 6 && tokens.every(isName) ? tokens.join('、') : null;
}

/**
 * Role words a byline prints beside a name, kept with it as the story's credit. Besides these
 * the ROLE pattern reads any outlet's reporter (南方日报记者, 驻京记者) as a role.
 */
export const BYLINE_ROLES: readonly string[] = [
  '本报记者',
  '本报通讯员',
  '本报特约记者',
  '首席记者',
  '特约记者',
  '特派记者',
  '资深记者',
  '见习记者',
  '全媒体记者',
  '融媒体记者',
  '摄影记者',
  '记者',
  '实习生',
  '通讯员',
  '特约通讯员',
  '评论员',
  '特约评论员',
  '撰稿人',
  '特派员',
];

const ROLE_WORD = new RegExp(`^${ROLE}$`);
const isRoleWord = (token: string) => BYLINE_ROLES.includes(token) || ROLE_WORD.test(token);

const ROLE_PREFIX = new RegExp(`^${ROLE}`);
const isCreditName = (t: string) => /^[\u4e00-\u9fff]{2,4}$/.test(t) || /^[\u4e00-\u9fff]{1,6}[·・][\u4e00-\u9fff]{1,8}$/.test(t);

/**
 * A credit with the roles printed beside the names, one space between a role and its names and
 * 、 between names of one role: 「首席记者 张亦筑 实习生 冉罗楠」, 「记者 张三、李四」. The byline
 * line and the opening bracket (本报讯（记者 X）) both read it here, with the same role table.
 * A role run into its name (记者张三) is split. Roles are read on the folded text, words taken
 * from the original at the same places (首席記者 張亦筑); null when the text names no role or
 * no name, or holds words that are neither.
 */
export function creditWithRoles(orig: string, folded: string): string | null {
  const parts: Array<{ word: string; role: boolean }> = [];
  for (const m of folded.matchAll(/[^\s、，,：:（）()/／]+/g)) {
    const at = m.index;
    const word = orig.slice(at, at + m[0].length);
    if (isRoleWord(m[0])) {
      parts.push({ word, role: true });
      continue;
    }
    const prefix = ROLE_PREFIX.exec(m[0]);
    if (prefix && isCreditName(m[0].slice(prefix[0].length))) {
      parts.push({ word: word.slice(0, prefix[0].length), role: true }, { word: word.slice(prefix[0].length), role: false });
      continue;
    }
    parts.push({ word, role: false });
  }
  const roles = parts.filter((p) => p.role).length;
  if (roles === 0 || parts.length === roles) return null;
  return parts.map((p, i) => (i === 0 ? '' : !p.role && !parts[i - 1]!.role ? '、' : ' ') + p.word).join('');
}

/** An opener's bracketed credit with its roles, or nothing when it names no one by role. */
function openerCredit(orig: string, folded: string, raw: string | undefined, names: string | null): { credit?: string } {
  if (!raw || !names) return {};
  const at = folded.indexOf(raw);
  const credit = creditWithRoles(at < 0 ? raw : orig.slice(at, at + raw.length), raw);
  return credit ? { credit } : {};
}

const COMPOUND_SURNAME = /^(?:欧阳|司马|诸葛|上官|东方|皇甫|令狐|慕容|尉迟|长孙|宇文|夏侯|公孙|轩辕|端木|独孤|南宫|西门|百里|呼延|申屠)/;

export interface BylineLine {
  names: string;
  /** The names with the roles printed beside them (首席记者 张亦筑 实习生 冉罗楠; Laura Bennett, Chief Reporter); absent when none is. */
  credit?: string;
  /** A signed-column marker (□张燕) rather than a reporter's credit. */
  signature: boolean;
  /** The place a Taiwan credit reports from: 【記者X／台北報導】 → 台北. */
  dateline?: string;
}

const EN_NAME = "[A-Z][A-Za-z'’.\\-]+(?:\\s+(?:de|da|van|von|der|du|la|le|bin|al|[A-Z][A-Za-z'’.\\-]+)){0,4}";
const EN_ROLE =
  '(?:(?:Chief|Senior|Deputy|Political|Economics|Economic|Business|Health|Education|Science|Environment|Technology|Foreign|Home|Diplomatic|Defence|Defense|Crime|Legal|Social Affairs|Transport|Industry|Energy|Sports?|Arts|Local Democracy|Staff|Special|Washington|Europe|Asia|China|Beijing|Brussels)\\s+)*(?:Correspondent|Editor|Reporter|Writer|Columnist|Commentator|Analyst|Bureau Chief|Intern)';

const EN_DESK_ROLE = '(?:[A-Z][a-z]+\\s+){1,2}(?:Correspondent|Editor|Reporter|Writer|Columnist|Commentator|Analyst)';

function withCredit(line: BylineLine, credit: string | null): BylineLine {
  const { credit: _printed, ...rest } = line;
  return credit ? { ...rest, credit } : rest;
}

/** A line that is only a byline: 「□张燕」「本报记者 王亚同」「By Jane Smith」「Jane Smith, Political Correspondent」. */
function bylineLineFolded(line: string): BylineLine | null {
  const t = line.trim();
  if (t.length > 60) return null;
  // 「记者 X 摄」 credits a picture; the segmenter reads it as a photo credit instead.
  if (/摄(?:影)?(?:[/／][^\s]{1,12})?$/.test(t)) return null;
  const tw = taiwanCredit(t);
  if (tw && tw.rest === '' && tw.names) return { names: tw.names, signature: false, ...(tw.place ? { dateline: tw.place } : {}) };
  const web = webMetaByline(t);
  if (web) return { names: web, signature: false };
  let m = /^[□■◎●▲◆◇★☆◼◻]\s*(.{2,30})$/.exec(t);
  if (m) {
    // 「■ 产业升级」 is a crosshead: a bare four-character name needs a compound surname.
    const bare = m[1]!.trim();
    if (/^[\u4e00-\u9fff]{4}$/.test(bare) && !COMPOUND_SURNAME.test(bare)) return null;
    const names = namesFromCredit(m[1]!);
    if (names) return { names, signature: !/记者|通讯员/.test(m[1]!) };
    if (/评论员$/.test(m[1]!)) return { names: m[1]!.trim(), signature: true };
    return null;
  }
  if (/^(?:本报|人民日报|光明日报|经济日报|新华社)?(?:特约)?评论员$/.test(t)) return { names: t, signature: true };
  m = new RegExp(`^${ROLE}[\\s:：]*(.{2,40})$`).exec(t);
  if (m && !/[，。！？；]/.test(t)) {
    const names = namesFromCredit(t);
    if (names) return { names, signature: false, credit: t };
  }
  m = /^(?:文|撰文|作者)\s*[/／:：]\s*(.{2,30})$/.exec(t);
  if (m) {
    const names = namesFromCredit(m[1]!.replace(/\s+图\s*[/／:：].*$/, ''));
    if (names) return { names, signature: false };
  }
  const noRole = t
    // after a comma the desk can be any one or two words (…, Housing Correspondent)
    .replace(new RegExp(`,\\s*${EN_DESK_ROLE}$`), '')
    .replace(new RegExp(`,?\\s+${EN_ROLE}(?:\\s+in\\s+[A-Z][A-Za-z ]+)?$`), '');
  m = new RegExp(`^By\\s+(${EN_NAME}(?:(?:,\\s*|\\s+and\\s+|\\s*&\\s*)${EN_NAME})*)(?:\\s+in\\s+[A-Z][A-Za-z ]+)?$`).exec(noRole);
  if (m) {
    const names = m[1]!.split(/\s*(?:,|\band\b|&)\s*/).filter(Boolean).join(', ');
    const role = t.slice(noRole.length).replace(/^[\s,]+/, '');
    return { names, signature: false, ...(role ? { credit: `${names}, ${role}` } : {}) };
  }
  m = new RegExp(`^(${EN_NAME}),?\\s+(${EN_ROLE}(?:\\s+in\\s+[A-Z][A-Za-z ]+)?)$`).exec(t);
  if (m && !isRoleLine(t)) return { names: m[1]!, signature: false, credit: `${m[1]!}, ${m[2]!}` };
  return null;
}

const ROLE_ONLY = new RegExp(`^(?:${EN_ROLE}|${EN_DESK_ROLE})(?:\\s+in\\s+[A-Z][A-Za-z ]+)?(?:,\\s*[A-Z][\\w .&'’-]{1,40})?$`, 'i');

/**
 * A line that is only a reporter's role (「Chief Reporter」「Transport correspondent, BBC News」),
 * printed under a 「By NAME」 line: furniture of the byline, not text.
 */
export function isRoleLine(line: string): boolean {
  return ROLE_ONLY.test(line.trim());
}

export interface Opener {
  names: string | null;
  dateline: string | null;
  /** 本报讯 / 新华社 / city dateline: proof that a story starts here. */
  kind: 'local' | 'wire' | 'city';
  /** The credit with its roles as printed (记者 张三、李四; 通讯员 王五 记者 赵六); absent when it names no one by role. */
  credit?: string;
}

const DATE_ZH = '(\\d{1,2}月\\d{1,2}日|\\d{1,2}日)';

/**
 * Taiwan papers credit the reporter and the place in brackets: 【記者林惠琴／台北報導】,
 * 〔記者X／高雄報導〕, 〔記者X／綜合報導〕 (no place). Runs on folded text.
 */
function taiwanCredit(t: string): { names: string | null; place: string | null; rest: string } | null {
  const m = /^([【〔［[（(])?\s*([^／/】〕］\]）)\s]{2,12}(?:[、\s]+[^／/】〕］\]）)\s]{2,4}){0,4}?)\s*[／/]\s*([\u4e00-\u9fff]{0,6}?)(?:即时|综合|连线|专题)?(?:外电)?(?:报导|报道|专访)\s*([】〕］\]）)])?\s*/.exec(t);
  // brackets come in pairs; without them the credit must be the whole line
  if (!m || !m[1] !== !m[4] || (!m[1] && m[0].length !== t.length)) return null;
  if (!/记者|特派员|通讯员/.test(m[2]!)) return null;
  return { names: namesFromCredit(m[2]!), place: m[3] || null, rest: t.slice(m[0].length) };
}

/** Places longer than two characters that a CNA dateline can end with (中央社記者X華盛頓5日電). */
const LONG_PLACES = /(?:华盛顿|華盛頓|舊金山|旧金山|洛杉磯|洛杉矶|布鲁塞尔|布魯塞爾|新加坡|雅加达|雅加達|马尼拉|馬尼拉|多伦多|多倫多|温哥华|溫哥華|芝加哥|莫斯科|日内瓦|日內瓦|吉隆坡|法兰克福|法蘭克福|耶路撒冷|布宜諾斯艾利斯|布宜诺斯艾利斯)$/;

/**
 * Taiwan's Central News Agency opener: 「（中央社記者王承中台北5日電）」 — reporter and place run
 * together, so the place is cut off the end (two characters unless it is a known longer one).
 * 「（中央社華盛頓4日綜合外電報導）」 has no reporter.
 */
function cnaOpener(orig: string, t: string): Opener | null {
  let m = /^[（(]\s*中央社(?:驻[\u4e00-\u9fff]{1,4})?(?:特约记者|记者|特派员)([\u4e00-\u9fff、·・]{3,30}?)(\d{1,2}日)?(?:专)?电\s*[）)]/.exec(t);
  if (m) {
    const raw = m[1]!;
    const origRaw = orig.slice(m.index + m[0].indexOf(raw), m.index + m[0].indexOf(raw) + raw.length);
    const long = LONG_PLACES.exec(origRaw);
    const placeLen = long ? long[0].length : 2;
    const names = raw.length - placeLen >= 2 ? namesFromCredit(raw.slice(0, raw.length - placeLen)) : null;
    return { names, dateline: m[2] ?? null, kind: 'wire' };
  }
  m = /^[（(]\s*中央社[\u4e00-\u9fff]{2,5}?(\d{1,2}日)(?:综合外电)?(?:报导|报道|电)\s*[）)]/.exec(t);
  if (m) return { names: null, dateline: m[1]!, kind: 'wire' };
  return null;
}

/** The author on a web article's info line: 「2024-03-05 10:21 来源：人民网 作者：李文」. */
function webMetaByline(t: string): string | null {
  if (!/来源\s*[:：]|\d{1,2}:\d{2}|\d{4}[-/.年]\d{1,2}/.test(t)) return null;
  const m = /(?:^|\s)(?:作者|记者)\s*[:：]\s*(\S{2,12}(?:[、，,]\s*\S{2,4})*)\s*(?=$|\s)/.exec(t);
  return m ? namesFromCredit(m[1]!) : null;
}
const MONTHS = 'Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?';

/** Attribution at the start of the first paragraph: 「本报讯（记者 张亦筑）2月23日，」「新华社北京2月23日电（记者 X）」「LONDON — 」. */
function openerFolded(orig: string, t: string): Opener | null {
  const credited = (raw: string | undefined, rest: Omit<Opener, 'names'>): Opener => {
    const names = raw ? namesFromCredit(raw) : null;
    return { names, ...rest, ...openerCredit(orig, t, raw, names) };
  };
  const tw = taiwanCredit(t);
  if (tw && tw.rest && tw.names) return { names: tw.names, dateline: tw.place, kind: 'local' };
  let m = new RegExp(`^本报讯\\s*(?:[（(]([^）)]{1,60})[）)])?\\s*${DATE_ZH}?`).exec(t);
  if (m) return credited(m[1], { dateline: m[2] ?? null, kind: 'local' });
  // another paper's own dispatch: 「羊城晚报讯 记者李焕坤报道：3月10日，」「XX日报讯（记者 X）」
  m = new RegExp(
    `^(?:${OUTLET})讯\\s*(?:[（(]([^）)]{1,60})[）)]|((?:(?:见习|实习|特约)?记者|通讯员)[^：:，。（(]{2,30}?)\\s*报道\\s*[:：])?\\s*${DATE_ZH}?`,
  ).exec(t);
  if (m) return credited(m[1] || m[2] || undefined, { dateline: m[3] ?? null, kind: 'local' });
  m = new RegExp(`^本报[\\u4e00-\\u9fff]{0,8}?${DATE_ZH}?[电讯]\\s*(?:[（(]([^）)]{1,60})[）)])?`).exec(t);
  if (m) return credited(m[2], { dateline: m[1] ?? null, kind: 'local' });
  m = new RegExp(
    `^(?:据)?(?:新华社|中新社|中新网|央视新闻|人民网|新华网|中国新闻网)(?:记者)?[\\u4e00-\\u9fff]{0,10}?${DATE_ZH}电\\s*(?:[（(]([^）)]{1,60})[）)])?`,
  ).exec(t);
  if (m) return credited(m[2], { dateline: m[1] ?? null, kind: 'wire' });
  m = /^[（(]((?:本报)?(?:首席|资深|见习|实习|特约|全媒体|融媒体)?(?:记者|通讯员)[^）)]{1,40})[）)]/.exec(t);
  // 「（记者 X 摄）」 is a photo credit, not a reporter opening the text
  if (m && !/摄(?:影)?$/.test(m[1]!)) {
    const names = namesFromCredit(m[1]!);
    if (names) {
      const d = new RegExp(`^${DATE_ZH}`).exec(t.slice(m[0].length).trim());
      return { names, dateline: d?.[1] ?? null, kind: 'local', ...openerCredit(orig, t, m[1], names) };
    }
  }
  m = new RegExp(
    `^([A-Z][A-Z.'\\- ]{1,28}[A-Z])(?:,\\s*((?:${MONTHS})\\.?\\s+\\d{1,2}|\\d{1,2}\\s+(?:${MONTHS})))?(?:\\s*\\((?:Reuters|AP|AFP|PA|Bloomberg|Xinhua)\\))?\\s*[—–]\\s+\\S`,
  ).exec(t);
  if (m) return { names: null, dateline: m[2] ? `${m[1]}, ${m[2]}` : m[1]!, kind: 'city' };
  return null;
}

/** 「2月23日，市公安局…」: a date opening the first paragraph without an attribution. */
export function leadingDate(para: string): string | null {
  const t = para.trim();
  const m = /^(\d{1,2}月\d{1,2}日)(?:[，,\s]|[上下]午|晚|早|凌晨|起|以来)/.exec(t);
  if (m) return m[1]!;
  return null;
}

/**
 * A reporter credited at the end of a short item instead of above it:
 * 「…满足群众出行需求。（记者 齐志明）」「…。（本报记者 王浩 通讯员 李四）」.
 */
export function trailingCredit(para: string): { names: string; rest: string; credit?: string } | null {
  const t = para.trim();
  const f = foldFurniture(t);
  const m = new RegExp(`(?<=[。！？”」])\\s*[（(]\\s*(${ROLE}[^（）()]{2,40})[）)]$`).exec(f);
  if (!m || /摄|[:：]/.test(m[1]!)) return null;
  const names = namesFromCredit(m[1]!);
  if (!names) return null;
  const at = m.index + m[0].indexOf(m[1]!);
  const credit = creditWithRoles(t.slice(at, at + m[1]!.length), m[1]!);
  return { names: unfold(t, f, names)!, rest: t.slice(0, m.index).trim(), ...(credit ? { credit } : {}) };
}

export interface Credit {
  names: string | null;
}

const CREDIT_TAIL = new RegExp(
  `(?:^|[\\s（(。！？；])((?:图\\s*[/／:：]\\s*)?(?:${OUTLET})?(?:首席|特约|见习|实习)?(?:摄影)?(?:记者|通讯员)?\\s*(?:${HAN_NAME})(?:[\\s、]+${HAN_NAME})*\\s*摄(?:影)?(?:[/／][^\\s）)]{1,12})?)[）)]?$`,
);

/** A photo credit, either a whole line or the tail of a caption: 「见习记者 尹诗语 摄/视觉重庆」「Photo: Jane Smith/Reuters」. */
function creditFolded(text: string): Credit | null {
  const t = text.trim();
  let m = CREDIT_TAIL.exec(t);
  if (m) {
    const core = m[1]!.replace(/\s*摄(?:影)?(?:[/／].*)?$/, '');
    return { names: namesFromCredit(core) };
  }
  m = /(?:^|\s|[（(])(?:Photo(?:graph)?s?|Pictures?|Image)\s*[:：]\s*([^/|()）]+?)(?:\s*[/|].*)?[)）]?$/.exec(t);
  if (m) {
    const name = m[1]!.trim();
    return { names: /^[A-Z][A-Za-z'’.-]+(?:\s+[A-Z][A-Za-z'’.-]+){0,3}$/.test(name) && !/\b(?:Getty|Reuters|AFP|PA|Alamy|Shutterstock)\b/.test(name) ? name : null };
  }
  if (/(?:[（(](?:新华社发|资料图片|受访者供图|[^）)]{1,12}供图)[）)]|视觉中国供图)$/.test(t)) return { names: null };
  return null;
}

/** The credit is the whole line (no caption text before it). */
export function isCreditLine(text: string): boolean {
  const t = foldFurniture(text.trim());
  if (!creditFolded(t)) return false;
  if (/^(?:Photo(?:graph)?s?|Pictures?|Image)\s*[:：]/.test(t)) return true;
  return !/[。！？.!?，,]/.test(t) && Array.from(t).length <= 30;
}

/**
 * Traditional characters for the furniture words above (記者, 報導, 攝, 電, 編輯…), mapped
 * one to one so the patterns read Taiwan and Hong Kong pages too. Names are then cut from
 * the original text at the same offsets, so 陳怡靜 stays 陳怡靜.
 */
export function foldFurniture(s: string): string {
  // OpenCC's table, length-preserving; returns the same string when there is nothing to fold.
  return toSimplified(s);
}

/** A name (or 、-joined names) found in folded text, spelled as the original prints it. */
function unfold(orig: string, folded: string, names: string | null): string | null {
  if (!names || orig === folded) return names;
  return names
    .split('、')
    .map((n) => {
      const i = folded.indexOf(n);
      return i < 0 ? n : orig.slice(i, i + n.length);
    })
    .join('、');
}

/** A line that is only a byline: 「□张燕」「本报记者 王亚同」「【記者X／台北報導】」「By Jane Smith」「Jane Smith, Political Correspondent」. */
export function parseBylineLine(line: string): BylineLine | null {
  const t = line.trim();
  const f = foldFurniture(t);
  const folded = bylineLineFolded(f);
  // A Chinese credit keeps its roles as printed, one space between each role and name.
  const r = folded?.credit && /[\u4e00-\u9fff]/.test(folded.credit) ? withCredit(folded, creditWithRoles(t, f)) : folded;
  if (!r || f === t) return r;
  const out: BylineLine = { ...r, names: unfold(t, f, r.names)! };
  if (r.dateline) out.dateline = unfold(t, f, r.dateline)!;
  return out;
}

/** Attribution at the start of the first paragraph: 「本报讯（记者 张亦筑）2月23日，」「新华社北京2月23日电（记者 X）」「（中央社記者X台北5日電）」「LONDON — 」. */
export function parseOpener(para: string): Opener | null {
  const t = para.trim();
  const f = foldFurniture(t);
  const r = cnaOpener(t, f) ?? openerFolded(t, f);
  if (!r || f === t) return r;
  return { ...r, names: unfold(t, f, r.names), dateline: unfold(t, f, r.dateline) };
}

/** A photo credit, either a whole line or the tail of a caption: 「见习记者 尹诗语 摄/视觉重庆」「（記者張嘉明攝）」「Photo: Jane Smith/Reuters」. */
export function parseCredit(text: string): Credit | null {
  const t = text.trim();
  const f = foldFurniture(t);
  const r = creditFolded(f);
  if (!r || f === t) return r;
  return { names: unfold(t, f, r.names) };
}
