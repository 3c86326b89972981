/**
 * Saving one setting from the Settings page: the core's answer becomes the settings in force,
 * and the confirmation is said in the language now in force (a language change has just
 * switched it); a failure is said as a notice.
 */
import { createI18n, detectSystemLocale, useI18n } from '../../../i18n';
import type { Locale, Settings } from '../../../../../shared/domain/settings';
import { notifyError, notifySuccess } from '../../common/notify';
import { useSettings } from '../SettingsContext';

/** One id for every "saved" notice, so quick changes update it instead of stacking up. */
export const SAVED_ID = 'settings-saved';

export type SaveSetting = (patch: Partial<Settings>, message: (locale: Locale) => string) => Promise<void>;

export function useSaveSetting(): SaveSetting {
  const i18n = useI18n();
  const { update } = useSettings();
  return async (patch, message) => {
    try {
      const saved = await update(patch);
      const locale = saved.locale ?? detectSystemLocale();
      notifySuccess(message(locale), { id: SAVED_ID, title: createI18n(locale).t('settings.saved') });
    } catch (error) {
      notifyError(i18n, error);
    }
  };
}
