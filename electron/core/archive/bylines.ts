/**
 * Reading attributions: bylines, wire datelines and photo credits, in the forms Chinese
 * and English papers print them. Everything here returns names only — the roles
 * (记者, 通讯员, Correspondent) are furniture.
 */

const HAN_NAME = '[\\u4e00-\\u9fff]{1,3}(?:[·・][\\u4e00-\\u9fff]{1,6})?[\\u4e00-\\u9fff]';
const ROLE =
  '(?:本报|新华社|中新社|人民日报|光明日报|经济日报|特约|首席|资深|见习|实习|全媒体|融媒体|摄影|驻[\\u4e00-\\u9fff]{1,4})*(?:记者|通讯员|实习生|评论员|撰稿人|作者)';

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

const COMPOUND_SURNAME = /^(?:欧阳|司马|诸葛|上官|东方|皇甫|令狐|慕容|尉迟|长孙|宇文|夏侯|公孙|轩辕|端木|独孤|南宫|西门|百里|呼延|申屠)/;

export interface BylineLine {
  names: string;
  /** A signed-column marker (□张燕) rather than a reporter's credit. */
  signature: boolean;
}

const EN_NAME = "[A-Z][A-Za-z'’.\\-]+(?:\\s+(?:de|da|van|von|der|du|la|le|bin|al|[A-Z][A-Za-z'’.\\-]+)){0,4}";
const EN_ROLE =
  '(?:(?:Chief|Senior|Deputy|Political|Economics|Economic|Business|Health|Education|Science|Environment|Technology|Foreign|Home|Diplomatic|Defence|Defense|Crime|Legal|Social Affairs|Transport|Industry|Energy|Sports?|Arts|Local Democracy|Staff|Special|Washington|Europe|Asia|China|Beijing|Brussels)\\s+)*(?:Correspondent|Editor|Reporter|Writer|Columnist|Commentator|Analyst|Bureau Chief)';

/** A line that is only a byline: 「□张燕」「本报记者 王亚同」「By Jane Smith」「Jane Smith, Political Correspondent」. */
export function parseBylineLine(line: string): BylineLine | null {
  const t = line.trim();
  if (t.length > 60) return null;
  // 「记者 X 摄」 credits a picture; the segmenter reads it as a photo credit instead.
  if (/摄(?:影)?(?:[/／][^\s]{1,12})?$/.test(t)) return null;
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
    if (names) return { names, signature: false };
  }
  m = /^(?:文|撰文|作者)\s*[/／:：]\s*(.{2,30})$/.exec(t);
  if (m) {
    const names = namesFromCredit(m[1]!.replace(/\s+图\s*[/／:：].*$/, ''));
    if (names) return { names, signature: false };
  }
  const noRole = t.replace(new RegExp(`,?\\s+${EN_ROLE}(?:\\s+in\\s+[A-Z][A-Za-z ]+)?$`), '');
  m = new RegExp(`^By\\s+(${EN_NAME}(?:(?:,\\s*|\\s+and\\s+|\\s*&\\s*)${EN_NAME})*)(?:\\s+in\\s+[A-Z][A-Za-z ]+)?$`).exec(noRole);
  if (m) return { names: m[1]!.split(/\s*(?:,|\band\b|&)\s*/).filter(Boolean).join(', '), signature: false };
  m = new RegExp(`^(${EN_NAME}),?\\s+${EN_ROLE}(?:\\s+in\\s+[A-Z][A-Za-z ]+)?$`).exec(t);
  if (m) return { names: m[1]!, signature: false };
  return null;
}

export interface Opener {
  names: string | null;
  dateline: string | null;
  /** 本报讯 / 新华社 / city dateline: proof that a story starts here. */
  kind: 'local' | 'wire' | 'city';
}

const DATE_ZH = '(\\d{1,2}月\\d{1,2}日|\\d{1,2}日)';
const MONTHS = 'Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?';

/** Attribution at the start of the first paragraph: 「本报讯（记者 张亦筑）2月23日，」「新华社北京2月23日电（记者 X）」「LONDON — 」. */
export function parseOpener(para: string): Opener | null {
  const t = para.trim();
  let m = new RegExp(`^本报讯\\s*(?:[（(]([^）)]{1,60})[）)])?\\s*${DATE_ZH}?`).exec(t);
  if (m) return { names: m[1] ? namesFromCredit(m[1]) : null, dateline: m[2] ?? null, kind: 'local' };
  m = new RegExp(`^本报[\\u4e00-\\u9fff]{0,8}?${DATE_ZH}?[电讯]\\s*(?:[（(]([^）)]{1,60})[）)])?`).exec(t);
  if (m) return { names: m[2] ? namesFromCredit(m[2]) : null, dateline: m[1] ?? null, kind: 'local' };
  m = new RegExp(
    `^(?:据)?(?:新华社|中新社|中新网|央视新闻|人民网|新华网|中国新闻网)(?:记者)?[\\u4e00-\\u9fff]{0,10}?${DATE_ZH}电\\s*(?:[（(]([^）)]{1,60})[）)])?`,
  ).exec(t);
  if (m) return { names: m[2] ? namesFromCredit(m[2]) : null, dateline: m[1] ?? null, kind: 'wire' };
  m = /^[（(]((?:本报)?(?:见习|实习|特约)?记者[^）)]{1,40})[）)]/.exec(t);
  if (m) {
    const names = namesFromCredit(m[1]!);
    if (names) {
      const d = new RegExp(`^${DATE_ZH}`).exec(t.slice(m[0].length).trim());
      return { names, dateline: d?.[1] ?? null, kind: 'local' };
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

export interface Credit {
  names: string | null;
}

const CREDIT_TAIL = new RegExp(
  `(?:^|[\\s（(])((?:本报|新华社|中新社)?(?:首席|特约|见习|实习)?(?:摄影)?(?:记者|通讯员)?\\s*(?:${HAN_NAME})(?:[\\s、]+${HAN_NAME})*\\s*摄(?:影)?(?:[/／][^\\s）)]{1,12})?)[）)]?$`,
);

/** A photo credit, either a whole line or the tail of a caption: 「见习记者 尹诗语 摄/视觉重庆」「Photo: Jane Smith/Reuters」. */
export function parseCredit(text: string): Credit | null {
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
  const t = text.trim();
  if (!parseCredit(t)) return false;
  if (/^(?:Photo(?:graph)?s?|Pictures?|Image)\s*[:：]/.test(t)) return true;
  return !/[。！？.!?，,]/.test(t) && Array.from(t).length <= 30;
}
