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
    ['draft_saved_elsewhere', { id: 2, revision: 5, base: 4 }, 'Draft 2 was saved elsewhere', '草稿 #2 已在别处保存（版本 5，这份是 4）。请重新载入，或另存为新草稿。'],
    [
      'annotation_changed_elsewhere',
      { id: 4, by: 'Li Hua', at: '2026-12-07T01:30:00.000Z', revision: 2, base: 1 },
      'Annotation 4 was changed by Li Hua',
      '批注 #4 在你编辑时已由 Li Hua 于 2026-12-07T01:30:00.000Z 修改。请重新载入查看对方的修改，再重新修改。',
    ],
  ])('%s is said in Chinese in the Chinese UI, and in English in the English one', (reason, params, message, zh) => {
    expect(errorMessage(createI18n('zh-CN'), refusal(reason, params, message))).toBe(zh);
    expect(errorMessage(createI18n('en'), refusal(reason, params, message))).not.toMatch(/[\u4e00-\u9fff]/);
  });

  it('a refusal without a known reason keeps its message', () => {
    expect(errorMessage(createI18n('zh-CN'), new ApiError({ code: 'internal', message: 'database is locked' }, 'archive:get'))).toBe('database is locked');
  });
});
