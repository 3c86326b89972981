import { describe, expect, it } from 'vitest';
import { parseBuffer, parseText } from '../../../electron/core/archive/parse';
import { IMPORT_NOTES, renderImportNote, type ImportNote } from '../../../shared/import-notes';

/** Latin words in a sentence once the parameters (names, quotes from the page) are taken out. */
function latinWordsOutsideParams(note: ImportNote, language: 'en' | 'zh'): string[] {
  const bare = renderImportNote({ ...note, params: Object.fromEntries(Object.keys(note.params).map((k) => [k, ''])) }, language);
  return bare.match(/[A-Za-z]{2,}/g) ?? [];
}

describe('import notes', () => {
  it.each(Object.entries(IMPORT_NOTES))('%s has a sentence in both languages with the same parameters', (_code, sentences) => {
    const names = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
    expect(sentences.zh).toMatch(/[\u4e00-\u9fff]/);
    expect(names(sentences.zh)).toEqual(names(sentences.en));
  });

  it('says an unknown paper and date of a paste as codes, in Chinese with no English words', () => {
    const page = parseText('北碚加快发展智能传感器产业\n\n本报讯（记者 王亚同）2月23日，北碚区十九届人大三次会议开幕。');
    expect(page.notes.map((n) => n.code)).toEqual(expect.arrayContaining(['date_unknown', 'publication_unknown']));
    for (const note of page.notes) expect(latinWordsOutsideParams(note, 'zh')).toEqual([]);
    expect(page.notes.map((n) => renderImportNote(n, 'zh'))).toContain('报纸不明：文件名没有说明是哪家报纸，请确认出处');
    // The CLI keeps its English, from the same codes.
    expect(page.assumed).toContain('publication unknown: the file name does not say which paper this is — ask the editor');
  });

  it('names the file and the date it took from it, with the parameters kept apart from the sentence', async () => {
    const page = await parseBuffer(Buffer.from('重庆水警春季练兵\n\n本报讯（记者 尹诗语）2月23日，重庆水上警察开展春季练兵。'), 'cq-daily-2023-02-24.txt');
    const fromFile = page.notes.find((n) => n.code === 'date_from_file');
    expect(fromFile).toEqual({ code: 'date_from_file', params: { date: '2023-02-24', name: 'cq-daily-2023-02-24.txt' } });
    expect(renderImportNote(fromFile!, 'zh')).toBe('日期 2023-02-24 取自文件名“cq-daily-2023-02-24.txt”');
    expect(renderImportNote({ ...fromFile!, file: 'a.txt' }, 'en')).toBe('a.txt: date 2023-02-24 from the file name "cq-daily-2023-02-24.txt"');
  });
});
