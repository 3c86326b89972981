/**
 * What is wrong with an archive file, said in both languages: which file, what is wrong,
 * what to do. The core fills `{file}` and the rest; the CLI and the renderer pick the
 * language. Kept as data so every problem has both languages and the same parameters.
 */
import type { ErrorCode } from './result';

export type ArchiveProblem = Extract<ErrorCode, `archive_${string}`>;

export const ARCHIVE_PROBLEMS: Record<ArchiveProblem, { en: string; 'zh-CN': string }> = {
  archive_busy: {
    en: 'The archive {file} is busy (another Figure Desk or program is writing it); try again. If it stays busy, close the other Figure Desk window or program that has it open.',
    'zh-CN': '档案 {file} 正忙（另一个 Figure Desk 或程序正在写入）；请重试。若一直如此，请关闭同时打开它的另一个 Figure Desk 窗口或程序。',
  },
  archive_read_only: {
    en: 'The archive {file} is read-only (file or folder): Figure Desk must be able to write the file and its folder {folder}. Make both writable, or copy the archive to a folder you can write and open it there. Nothing was changed.',
    'zh-CN': '档案 {file} 是只读的（文件或所在文件夹）：Figure Desk 需要能写入该文件及其文件夹 {folder}。请让两者可写，或把档案复制到可写的文件夹后再打开。未做任何更改。',
  },
  archive_not_ours: {
    en: '{file} is not a Figure Desk archive ({reason}). Choose a Figure Desk archive file, or give a new file name to start a new archive. Nothing was changed.',
    'zh-CN': '{file} 不是 Figure Desk 档案（{reason}）。请选择 Figure Desk 档案文件，或给出一个新文件名来新建档案。未做任何更改。',
  },
  archive_newer: {
    en: 'The archive {file} was written by a newer version of Figure Desk (schema {found}; this version reads up to {supported}). Update Figure Desk to open it, or choose another archive file. Nothing was changed.',
    'zh-CN': '档案 {file} 由更新版本的 Figure Desk 写入（结构版本 {found}；本版本最多读取 {supported}）。请升级 Figure Desk 后再打开，或选择其他档案文件。未做任何更改。',
  },
  archive_damaged: {
    en: 'The archive {file} is damaged ({reason}). Restore it from a backup (Settings → Backups, or `restore FILE` on the command line).',
    'zh-CN': '档案 {file} 已损坏（{reason}）。请从备份恢复（设置 → 备份，或命令行 `restore FILE`）。',
  },
};

export function isArchiveProblem(code: string): code is ArchiveProblem {
  return Object.prototype.hasOwnProperty.call(ARCHIVE_PROBLEMS, code);
}

/** The problem's message in `locale`, with its parameters filled in. */
export function archiveProblemMessage(code: ArchiveProblem, params: Record<string, string | number>, locale: 'en' | 'zh-CN'): string {
  return ARCHIVE_PROBLEMS[code][locale].replace(/\{(\w+)\}/g, (whole, name: string) =>
    Object.prototype.hasOwnProperty.call(params, name) ? String(params[name]) : whole,
  );
}
