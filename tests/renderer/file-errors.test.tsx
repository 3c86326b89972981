/**
 * A refused file is explained in the editor's language: the core sends a reason with its
 * parameters, and the page says it in Chinese or English, naming the file and what to do.
 */
import { describe, expect, it } from 'vitest';
import { createI18n } from '../../renderer/src/i18n';
import { fileFailureText } from '../../renderer/src/features/common/fileErrors';
import { errorMessage } from '../../renderer/src/features/common/notify';
import { ApiError } from '../../renderer/src/api';

const FIFO = { path: '/tmp/page.txt', code: 'not_a_file', error: '“page.txt” is a named pipe (FIFO), not a regular file…', reason: 'not_a_file', params: { name: '“page.txt”', kind: 'fifo' } };

describe('file errors in the editor\'s language', () => {
  it.each([
    ['zh-CN', '“page.txt”是命名管道（FIFO），不是普通文件，因此没有打开。请改为导入已保存的 .txt、.md、.html、.docx 或 .pdf 文件。'],
    ['en', '“page.txt” is a named pipe (FIFO), not a regular file, so it was not opened. Import a saved .txt, .md, .html, .docx or .pdf file instead.'],
  ] as const)('an import failure reads in %s', (locale, text) => {
    expect(fileFailureText(createI18n(locale), FIFO)).toBe(text);
  });

  it('falls back to the core\'s sentence for a failure without a reason', () => {
    expect(fileFailureText(createI18n('zh-CN'), { error: 'the PDF has no text layer' })).toBe('the PDF has no text layer');
  });

  it('says a bridge refusal of a server path in Chinese', () => {
    const error = new ApiError(
      { code: 'forbidden', message: 'Browser mode does not open files…', reason: 'server_path', params: { channel: 'archive:preview', field: 'sources[].path' } },
      'archive:preview',
    );
    expect(errorMessage(createI18n('zh-CN'), error)).toBe('浏览器模式不会按路径打开本机文件（archive:preview 的 sources[].path）。请改为上传文件（拖入窗口或选择文件），或在桌面应用、命令行中使用路径。');
  });
});
