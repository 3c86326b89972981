import { createContext, useContext, useEffect, useMemo, type ReactNode } from 'react';
import type { Locale } from '../../../shared/domain/settings';
import { en, type Catalogue, type MessageKey } from './en';
import { zhCN } from './zh-CN';

export type { MessageKey, Catalogue };
export type Params = Record<string, string | number>;

export const catalogues: Record<Locale, Catalogue> = { 'zh-CN': zhCN, en };

/** Keys that come in .one/.other pairs, without the suffix. */
type PluralBase<K> = K extends `${infer B}.one` ? B : never;
export type PluralKey = PluralBase<MessageKey>;

/** zh-CN when the system language is any Chinese, else English. */
export function detectSystemLocale(language?: string | null): Locale {
  const lang = language ?? (typeof navigator === 'undefined' ? '' : navigator.language);
  return lang.toLowerCase().startsWith('zh') ? 'zh-CN' : 'en';
}

export function format(template: string, params?: Params): string {
  if (!params) return template;
  return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    Object.prototype.hasOwnProperty.call(params, name) ? String(params[name]) : whole,
  );
}

export interface I18n {
  locale: Locale;
  t: (key: MessageKey, params?: Params) => string;
  /** Plural pair: picks `${key}.one` or `${key}.other` by count and passes {count}. */
  tn: (key: PluralKey, count: number, params?: Params) => string;
  /** An ISO date (YYYY-MM-DD) as the locale writes it; the input when it is not one. */
  formatDate: (iso: string) => string;
  formatNumber: (value: number, options?: Intl.NumberFormatOptions) => string;
}

export function createI18n(locale: Locale): I18n {
  const catalogue = catalogues[locale];
  const numberFormat = new Intl.NumberFormat(locale);
  const dateFormat = new Intl.DateTimeFormat(locale, {
    year: 'numeric',
    month: locale === 'en' ? 'short' : 'long',
    day: 'numeric',
    timeZone: 'UTC',
  });
  const t = (key: MessageKey, params?: Params) => format(catalogue[key] ?? en[key] ?? key, params);
  return {
    locale,
    t,
    tn: (key, count, params) =>
      t(`${key}.${count === 1 ? 'one' : 'other'}` as MessageKey, { count: numberFormat.format(count), ...params }),
    formatDate: (iso) => {
      const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
      if (!m) return iso;
      const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
      return Number.isNaN(d.getTime()) ? iso : dateFormat.format(d);
    },
    formatNumber: (value, options) =>
      options ? new Intl.NumberFormat(locale, options).format(value) : numberFormat.format(value),
  };
}

const I18nContext = createContext<I18n | null>(null);

export function I18nProvider({ locale, children }: { locale: Locale; children: ReactNode }) {
  const value = useMemo(() => createI18n(locale), [locale]);
  useEffect(() => {
    document.documentElement.lang = locale;
  }, [locale]);
  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
}

export function useI18n(): I18n {
  const ctx = useContext(I18nContext);
  // Outside a provider (an error fallback above it), fall back to the system language.
  return ctx ?? createI18n(detectSystemLocale());
}
