/**
 * What an import inferred rather than was told (the page's date from the file name, a
 * paper it could not name, a story it read without a headline), as data: a code and its
 * parameters, with the sentence in each language. The core keeps the English for the CLI
 * and logs; the renderer says it in the editor's language from the same code.
 */
import { codedMessages, renderCoded, type MessageLanguage, type MessageParams } from './coded-messages';

export type ImportNoteCode = keyof typeof IMPORT_NOTES;

export type ImportNoteParams = MessageParams;

export interface ImportNote {
  code: ImportNoteCode;
  params: ImportNoteParams;
  /** The file the note is about, when a report lists several. */
  file?: string;
}

export type ImportNoteLanguage = MessageLanguage;

/** `{opening}` is the first 16 characters of the text meant; `{name}` a file's name. */
export const IMPORT_NOTES = codedMessages({
  date_ignored: {
    en: 'ignored the date given ("{given}") because it is not a calendar date',
    zh: '给出的日期（“{given}”）不是有效的日历日期，已忽略',
  },
  date_from_file: { en: 'date {date} from the file name "{name}"', zh: '日期 {date} 取自文件名“{name}”' },
  date_from_title: { en: 'date {date} from the document\'s title "{title}"', zh: '日期 {date} 取自文档标题“{title}”' },
  date_from_dateline: { en: 'date {date} from the date line printed on the page', zh: '日期 {date} 取自版面上印的日期行' },
  date_unknown: {
    en: 'date unknown: nothing in the file name or the page gives it — ask the editor which day this page is from',
    zh: '日期不明：文件名和版面都没有给出日期，请确认这是哪一天的版面',
  },
  publication_from_file: { en: 'publication {publication} from the file name', zh: '报纸名称“{publication}”取自文件名' },
  publication_from_file_slug: {
    en: 'publication {publication} from the file name ("{slug}")',
    zh: '报纸名称“{publication}”取自文件名（“{slug}”）',
  },
  publication_from_title: {
    en: 'publication {publication} from the document\'s title "{title}"',
    zh: '报纸名称“{publication}”取自文档标题“{title}”',
  },
  publication_from_masthead: {
    en: 'publication {publication} from the masthead line "{line}"',
    zh: '报纸名称“{publication}”取自报头行“{line}”',
  },
  publication_from_site: { en: 'publication {publication} from the web page\'s title bar', zh: '报纸名称“{publication}”取自网页标题栏' },
  publication_unknown: {
    en: 'publication unknown: the file name does not say which paper this is — ask the editor',
    zh: '报纸不明：文件名没有说明是哪家报纸，请确认出处',
  },
  briefs: { en: 'read the stories under 「{heading}」 as separate briefs', zh: '把「{heading}」下的内容读作几条独立的简讯' },
  list_lines: {
    en: 'read the {count} short lines from 「{opening}…」 as a list in the text, not as headlines',
    zh: '把从「{opening}…」起的 {count} 行短句读作正文中的列表，而不是标题',
  },
  photo: { en: 'read 「{opening}…」 as a photo without a headline', zh: '把「{opening}…」读作没有标题的图片说明' },
  lines_as_text: {
    en: 'read the lines under 「{opening}…」 as its text: nothing else follows the headline',
    zh: '把「{opening}…」下面的几行读作正文：标题后没有别的内容',
  },
  only_text: {
    en: '「{opening}…」 is the only text there is: kept as the story\'s text, with no headline',
    zh: '「{opening}…」是仅有的文字：保留为稿件正文，没有标题',
  },
  sentence_not_headline: {
    en: '「{opening}…」 reads as a sentence, not a headline: kept as the story\'s text, with no headline',
    zh: '「{opening}…」读来是句子而不是标题：保留为稿件正文，没有标题',
  },
  no_headline: {
    en: '「{opening}…」 has no headline on the page: all its text is the story\'s body, and it needs a headline at review',
    zh: '「{opening}…」在版面上没有标题：全部文字作为正文，请在审阅时补上标题',
  },
  campaign_logo: {
    en: 'dropped {tags} under 「{headline}」 as a campaign logo, not part of the story',
    zh: '去掉了「{headline}」下的 {tags}：这是专栏标识，不属于稿件',
  },
  caption_left_out: {
    en: 'left the picture caption 「{caption}…」 out of the text of 「{headline}」',
    zh: '把图片说明「{caption}…」从「{headline}」的正文中移出',
  },
  moved_conclusion: {
    en: 'moved the paragraph 「{opening}…」 to the end of 「{headline}」: it is the commentary\'s conclusion and the page text had it out of order',
    zh: '把段落「{opening}…」移到「{headline}」末尾：这是评论的结语，版面文字顺序有误',
  },
  jumped_in: {
    en: '「{headline}」 is continued from another page; its beginning is not on this page',
    zh: '「{headline}」是从其他版面转来的，开头不在本版',
  },
  continuation: {
    en: 'the page starts with the end of a story from another page (「{opening}…」); kept without a headline',
    zh: '本版开头是其他版面稿件的结尾（「{opening}…」），保留为无标题稿件',
  },
  read_in_parts: {
    en: 'the page is very long ({chars} characters), so it was read in {parts} parts; text without a headline at the start of a part was joined to the story before it',
    zh: '版面很长（{chars} 个字符），分 {parts} 段读取；每段开头没有标题的文字已接到前一篇稿件',
  },
  story_split: {
    en: 'split 「{headline}」 ({chars} characters) into {parts} stories at paragraph breaks: no single story is that long; check whether the file is several stories run together',
    zh: '「{headline}」有 {chars} 个字符，已在段落处拆成 {parts} 篇：单篇稿件不会这么长，请检查文件是否把几篇稿件连在了一起',
  },
  nul_byte: {
    en: 'dropped {count} stray NUL byte from {name} (a copying glitch); check the text around them',
    zh: '从 {name} 中去掉了 {count} 个多余的空字节（复制时出错），请检查附近的文字',
  },
  nul_bytes: {
    en: 'dropped {count} stray NUL bytes from {name} (a copying glitch); check the text around them',
    zh: '从 {name} 中去掉了 {count} 个多余的空字节（复制时出错），请检查附近的文字',
  },
});

export function importNote(code: ImportNoteCode, params: ImportNoteParams = {}): ImportNote {
  return { code, params };
}

/** The note's sentence; a report's note about one of several files starts with the file's name. */
export function renderImportNote(note: ImportNote, language: ImportNoteLanguage): string {
  // A code this version does not know (a report from a newer one) is shown as the code.
  const text = Object.prototype.hasOwnProperty.call(IMPORT_NOTES, note.code) ? renderCoded(IMPORT_NOTES, note.code, language, note.params) : note.code;
  return note.file ? `${note.file}: ${text}` : text;
}
