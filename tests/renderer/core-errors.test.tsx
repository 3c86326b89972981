import { describe, expect, it } from 'vitest';
import { ApiError } from '../../renderer/src/api';
import { errorMessage } from '../../renderer/src/features/common/notify';
import { createI18n } from '../../renderer/src/i18n';

/** What the core sends for a refusal: the English message for the CLI, the reason and parameters for us. */
const refusal = (reason: string, params: Record<string, string | number>, message: string) =>
  new ApiError({ code: 'invalid_input', message, reason, params }, 'targets:fromFigure');

describe('core refusals in the editor’s language', () => {
  it.each([
    ['figure_not_target', { id: 7, kind: 'actual' }, 'Figure 7 reads as actual, not a target; change its kind first.', '数字 #7 读作“实际”，不是目标。请先把它的类型改为“目标”。'],
    ['target_not_found', { id: 3 }, 'Target 3 was not found.', '找不到目标 #3，可能已被删除。请刷新目标台账。'],
    [
      'draft_saved_elsewhere',
      { id: 2, by: '', at: 'yesterday', revision: 5, base: 4, title: '跟踪', doc: '{}' },
      'Draft 2 was saved elsewhere',
      '草稿 #2 已在别处由 其他编辑 于 yesterday 保存（版本 5，这份是 4）。请对照对方的版本，保留你的或采用对方的。',
    ],
    [
      'annotation_changed_elsewhere',
      { id: 4, by: 'Li Hua', at: 'yesterday', revision: 2, base: 1, comment: '待核实', type: 'note' },
      'Annotation 4 was changed by Li Hua',
      '批注 #4 在你编辑时已由 Li Hua 于 yesterday 修改。请对照对方的批注，保留你的或采用对方的。',
    ],
  ])('%s is said in Chinese in the Chinese UI, and in English in the English one', (reason, params, message, zh) => {
    expect(errorMessage(createI18n('zh-CN'), refusal(reason, params, message))).toBe(zh);
    expect(errorMessage(createI18n('en'), refusal(reason, params, message))).not.toMatch(/[\u4e00-\u9fff]/);
  });

  it('says when another editor changed it as the UI writes a date and time, not as an ISO stamp', () => {
    // Noon UTC is the 7th in every time zone the test may run in.
    const error = refusal('annotation_changed_elsewhere', { id: 4, by: 'Li Hua', at: '2026-12-07T12:00:00.000Z', revision: 2, base: 1 }, '');
    expect(errorMessage(createI18n('zh-CN'), error)).toMatch(/^批注 #4 在你编辑时已由 Li Hua 于 2026年12月7日 \d{2}:\d{2} 修改/);
    expect(errorMessage(createI18n('en'), error)).toMatch(/^Annotation 4 was changed by Li Hua at Dec 7, 2026, \d{1,2}:\d{2}\s[AP]M while/);
  });

  it('a refusal without a known reason keeps its message', () => {
    expect(errorMessage(createI18n('zh-CN'), new ApiError({ code: 'internal', message: 'database is locked' }, 'archive:get'))).toBe('database is locked');
  });
});
