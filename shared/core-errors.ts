/**
 * Refusals of the core that an editor can meet in the app (a target deleted in another
 * window, an override without a reason, a draft saved elsewhere), as data: a reason code and
 * its parameters, with the sentence in each language. The core throws the English for the
 * CLI and logs; the renderer says it in the editor's language from the same code
 * (renderer/src/features/common/notify.tsx).
 */
import { codedMessages, renderCoded, type MessageLanguage, type MessageParams, type Renderings } from './coded-messages';
import { AppFailure, type ErrorCode } from './result';

export type CoreErrorParams = MessageParams;

/**
 * `{id}` and the other numbers are record numbers; `{kind}` is a figure kind (named through
 * KIND_WORDS); `{status}` an import's state; `{type}` and `{types}` the editor's own words.
 */
export const CORE_ERRORS = codedMessages({
  story_not_found: { en: 'Story {id} was not found. It may have been deleted; refresh the list.', zh: '找不到稿件 #{id}，可能已被删除。请刷新列表。' },
  figure_not_found: { en: 'Figure {id} was not found. It may have been deleted; refresh the list.', zh: '找不到数字 #{id}，可能已被删除。请刷新列表。' },
  target_not_found: { en: 'Target {id} was not found. It may have been deleted; refresh the register.', zh: '找不到目标 #{id}，可能已被删除。请刷新目标台账。' },
  annotation_not_found: { en: 'Annotation {id} was not found. It may have been deleted; refresh the story.', zh: '找不到批注 #{id}，可能已被删除。请刷新稿件。' },
  draft_not_found: { en: 'Draft {id} was not found. It may have been deleted; refresh the list.', zh: '找不到草稿 #{id}，可能已被删除。请刷新列表。' },
  version_not_found: { en: 'Version {id} of this draft was not found. Refresh the list of versions.', zh: '找不到这份草稿的版本 #{id}。请刷新版本列表。' },
  figure_not_target: {
    en: 'Figure {id} reads as {kind}, not a target; change its kind to target first.',
    zh: '数字 #{id} 读作“{kind}”，不是目标。请先把它的类型改为“目标”。',
  },
  override_needs_reason: { en: 'Give a reason for setting the status by hand.', zh: '人工设定状态时请写明理由。' },
  figure_in_other_story: { en: 'Figure {id} belongs to another story (#{storyId}).', zh: '数字 #{id} 属于另一篇稿件（#{storyId}）。' },
  selection_past_end: {
    en: 'The selection ends at {end} but the story text is {length} characters long. Reload the story and select again.',
    zh: '所选范围到第 {end} 个字符，但稿件正文只有 {length} 个字符。请重新载入稿件后再选。',
  },
  selection_blank: { en: 'Select some text to annotate, not only spaces.', zh: '请选中要批注的文字，不能只有空格。' },
  unknown_annotation_type: {
    en: 'Unknown annotation type "{type}"; choose one of {types} or add it in Settings.',
    zh: '没有“{type}”这种批注类型。请从 {types} 中选择，或在设置中添加。',
  },
  story_duplicate: {
    en: 'Story {id} already has this headline and text; edit one of them or delete the duplicate.',
    zh: '稿件 #{id} 已有相同的标题和正文。请修改其中一篇，或删除重复的稿件。',
  },
  draft_saved_elsewhere: {
    en: 'Draft {id} was saved elsewhere, by {by} at {at} (revision {revision}, this copy is {base}); compare their version with yours, then keep yours or take theirs.',
    zh: '草稿 #{id} 已在别处由 {by} 于 {at} 保存（版本 {revision}，这份是 {base}）。请对照对方的版本，保留你的或采用对方的。',
  },
  annotation_changed_elsewhere: {
    en: 'Annotation {id} was changed by {by} at {at} while you were editing it; compare their note with yours, then keep yours or take theirs.',
    zh: '批注 #{id} 在你编辑时已由 {by} 于 {at} 修改。请对照对方的批注，保留你的或采用对方的。',
  },
  import_not_found: { en: 'Import {id} is not in the archive. Refresh the list of imports.', zh: '档案中没有第 {id} 次导入。请刷新导入列表。' },
  import_not_interrupted: {
    en: 'Import {id} was not interrupted (it is {status}); there is nothing to resume.',
    zh: '第 {id} 次导入没有中断（状态：{status}），无需继续。',
  },
  import_resumed_already: { en: 'Import {id} was resumed already, by import {by}.', zh: '第 {id} 次导入已由第 {by} 次导入继续过了。' },
  import_not_kept: {
    en: 'Import {id} came from uploaded files or pasted text, which are not kept; import them again.',
    zh: '第 {id} 次导入来自上传的文件或粘贴的文字，这些内容没有保留。请重新导入。',
  },
  restore_while_running: {
    en: 'An import or rebuild is running. Wait for it to finish (or cancel it), then restore.',
    zh: '正在导入或重建索引。请等它完成（或取消）后再恢复。',
  },
  backup_gone: { en: 'The backup {name} is not in the backup folder any more. Refresh the list.', zh: '备份文件夹中已没有备份 {name}。请刷新列表。' },
  job_not_found: { en: 'Job {id} was not found; it may have been deleted.', zh: '找不到任务 {id}，可能已结束并被清除。' },
  register_json_list: {
    en: 'Nothing was imported: this file holds a bare list, but a targets register is the object Figure Desk exports ("format": "figure-desk-targets", "version": 1, "targets": [...]). Export the register with Export JSON on the Targets page and import that file, or import a CSV export as CSV.',
    zh: '未导入任何目标：该文件只是一个列表，而目标台账应是 Figure Desk 导出的对象（"format": "figure-desk-targets"、"version": 1、"targets": [...]）。请在“目标”页点击“导出 JSON”导出台账，再导入该文件，或以 CSV 格式导入 CSV 导出文件。',
  },
  register_json_value: {
    en: 'Nothing was imported: this file holds a single value, not a targets register. Export the register with Export JSON on the Targets page and import that file, or import a CSV export as CSV.',
    zh: '未导入任何目标：该文件只有一个值，不是目标台账。请在“目标”页点击“导出 JSON”导出台账，再导入该文件，或以 CSV 格式导入 CSV 导出文件。',
  },
  register_json_not_export: {
    en: 'Nothing was imported: expected a targets register exported from Figure Desk (an object with "format": "figure-desk-targets" and its "targets"), found an object without "format": "figure-desk-targets". Export the register with Export JSON on the Targets page and import that file, or import a CSV export as CSV.',
    zh: '未导入任何目标：应为 Figure Desk 导出的目标台账（含 "format": "figure-desk-targets" 和 "targets" 的对象），但该文件中的对象没有 "format": "figure-desk-targets"。请在“目标”页点击“导出 JSON”导出台账，再导入该文件，或以 CSV 格式导入 CSV 导出文件。',
  },
  register_json_version: {
    en: 'Nothing was imported: this register was exported in format version {version}, and this Figure Desk reads version 1. Export it again from this version of Figure Desk, or update Figure Desk.',
    zh: '未导入任何目标：该台账的导出格式版本为 {version}，本版 Figure Desk 只能读取版本 1。请用本版 Figure Desk 重新导出，或更新 Figure Desk。',
  },
  register_json_no_targets: {
    en: 'Nothing was imported: this register export has no list of "targets"; the file may be cut short or edited by hand. Export the register again with Export JSON on the Targets page.',
    zh: '未导入任何目标：该台账导出文件没有 "targets" 列表，可能不完整或被手工改动过。请在“目标”页点击“导出 JSON”重新导出台账。',
  },
});

export type CoreErrorReason = keyof typeof CORE_ERRORS;
export type CoreErrorLanguage = MessageLanguage;

/** A figure's kind, as the reader names it. */
const KIND_WORDS: Record<string, Renderings> = {
  target: { en: 'a target', zh: '目标' },
  actual: { en: 'an actual figure', zh: '实际' },
  projection: { en: 'a projection', zh: '预测' },
  budget: { en: 'a budget', zh: '预算' },
  other: { en: 'another kind of figure', zh: '其他' },
};

/** Who changed a draft or annotation, when the archive does not know (a change made before editors were kept). */
const NOBODY_KNOWN: Renderings = { en: 'another editor', zh: '其他编辑' };

/** An import's state, as the imports list names it. */
const IMPORT_STATES: Record<string, Renderings> = {
  running: { en: 'running', zh: '进行中' },
  done: { en: 'done', zh: '已完成' },
  failed: { en: 'failed', zh: '失败' },
  cancelled: { en: 'cancelled', zh: '已取消' },
  interrupted: { en: 'interrupted', zh: '已中断' },
};

export function isCoreErrorReason(value: unknown): value is CoreErrorReason {
  return typeof value === 'string' && Object.prototype.hasOwnProperty.call(CORE_ERRORS, value);
}

/** The sentence for a reason in one language, with a figure kind or an import state named in that language too. */
export function coreErrorText(reason: CoreErrorReason, params: CoreErrorParams, language: CoreErrorLanguage): string {
  const word = (table: Record<string, Renderings>, value: string | number | undefined) =>
    typeof value === 'string' && value in table ? table[value]![language] : value;
  const all: CoreErrorParams = { ...params };
  const kind = word(KIND_WORDS, params.kind);
  if (kind !== undefined) all.kind = kind;
  const status = word(IMPORT_STATES, params.status);
  if (status !== undefined) all.status = status;
  if (params.by === '') all.by = NOBODY_KNOWN[language];
  return renderCoded(CORE_ERRORS, reason, language, all);
}

/** The failure to throw: English in the message (CLI, logs), the reason and parameters for the renderer. */
export function coreFailure(code: ErrorCode, reason: CoreErrorReason, params: CoreErrorParams = {}, path?: string): AppFailure {
  return new AppFailure(code, coreErrorText(reason, params, 'en'), path, params, reason);
}
