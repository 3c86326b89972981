import { fileErrorText, isFileReason } from '../../../../shared/file-errors';
import type { I18n } from '../../i18n';

/** What the core said about a file, in the editor's language when it came as a reason with parameters. */
export function fileFailureText(i18n: I18n, failure: { error: string; reason?: string | undefined; params?: Record<string, string | number> | undefined }): string {
  if (!isFileReason(failure.reason) || !failure.params) return failure.error;
  return fileErrorText(failure.reason, failure.params, i18n.locale === 'zh-CN' ? 'zh' : 'en');
}
