import { notifications } from '@mantine/notifications';
import { IconAlertTriangle, IconCheck } from '@tabler/icons-react';
import { ApiError } from '../../api';
import type { I18n, MessageKey } from '../../i18n';
import { archiveProblemMessage, isArchiveProblem } from '../../../../shared/archive-problems';
import { coreErrorText, isCoreErrorReason } from '../../../../shared/core-errors';
import { formatDateTime } from './changedElsewhere';
import { fileFailureText } from './fileErrors';

/** The message to show for an error: the core's own message, or a plain one when it is not answering. */
export function errorMessage(i18n: I18n, error: unknown): string {
  if (error instanceof ApiError) {
    if (error.code === 'unavailable') return `${i18n.t('error.unavailable')} (${error.message})`;
    if (isArchiveProblem(error.code)) return archiveProblemMessage(error.code, error.params ?? {}, i18n.locale);
    if (isCoreErrorReason(error.reason)) return coreErrorText(error.reason, localTimes(i18n, error.params ?? {}), i18n.locale === 'zh-CN' ? 'zh' : 'en');
    const coreReason = error.reason ? coreReasonText(i18n, error.reason, error.params) : null;
    if (coreReason) return coreReason;
    if (error.reason) return fileFailureText(i18n, { error: error.message, reason: error.reason, params: error.params });
    return error.path ? `${error.message} (${error.path})` : error.message;
  }
  if (error instanceof Error) return error.message;
  return String(error);
}

/** The core names when something happened (`at`) as an ISO time; the editor reads it as their language writes times. */
function localTimes(i18n: I18n, params: Record<string, string | number>): Record<string, string | number> {
  return typeof params.at === 'string' ? { ...params, at: formatDateTime(params.at, i18n.locale) } : params;
}

/** A reason the core gave with its failure, said from the catalogue (`error.reason.<reason>`); null when it has none. */
function coreReasonText(i18n: I18n, reason: string, params: Record<string, string | number> | undefined): string | null {
  const key = `error.reason.${reason}` as MessageKey;
  const text = i18n.t(key, params);
  return text === key ? null : text;
}

export function notifyError(i18n: I18n, error: unknown, title?: string): void {
  notifications.show({
    color: 'red',
    title: title ?? i18n.t('common.error'),
    message: errorMessage(i18n, error),
    icon: <IconAlertTriangle size={18} aria-hidden />,
    autoClose: 8000,
  });
}

export function notifySuccess(message: string, options: { id?: string; title?: string } = {}): void {
  const data = {
    color: 'teal',
    message,
    icon: <IconCheck size={18} aria-hidden />,
    autoClose: 2500,
    ...(options.title ? { title: options.title } : {}),
  };
  if (options.id) {
    // Update in place when it is still on screen, so repeated saves do not stack up.
    notifications.update({ id: options.id, ...data });
    notifications.show({ id: options.id, ...data });
  } else {
    notifications.show(data);
  }
}
