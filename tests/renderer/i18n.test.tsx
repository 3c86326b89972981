import { describe, expect, it } from 'vitest';
import { en } from '../../renderer/src/i18n/en';
import { zhCN } from '../../renderer/src/i18n/zh-CN';
import { createI18n, detectSystemLocale, format } from '../../renderer/src/i18n';

const params = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe('i18n catalogues', () => {
  it('zh-CN and en have exactly the same keys', () => {
    expect(Object.keys(zhCN).sort()).toEqual(Object.keys(en).sort());
  });

  it('has no empty strings', () => {
    for (const [locale, catalogue] of Object.entries({ en, 'zh-CN': zhCN })) {
      for (const [key, value] of Object.entries(catalogue)) {
        expect(value.trim(), `${locale} ${key}`).not.toBe('');
      }
    }
  });

  it('uses the same parameters in both languages', () => {
    for (const key of Object.keys(en) as (keyof typeof en)[]) {
      expect(params(zhCN[key]), key).toEqual(params(en[key]));
    }
  });

  it('has both halves of every plural pair', () => {
    for (const key of Object.keys(en)) {
      if (key.endsWith('.one')) expect(Object.keys(en)).toContain(key.replace(/\.one$/, '.other'));
      if (key.endsWith('.other')) expect(Object.keys(en)).toContain(key.replace(/\.other$/, '.one'));
    }
  });
});

describe('t and friends', () => {
  it('fills parameters and leaves unknown ones visible', () => {
    expect(format('{a} of {b}', { a: 1 })).toBe('1 of {b}');
  });

  it('picks plural forms', () => {
    const i18n = createI18n('en');
    expect(i18n.tn('archive.count', 1)).toBe('1 story');
    expect(i18n.tn('archive.count', 12345)).toBe('12,345 stories');
    expect(createI18n('zh-CN').tn('archive.count', 3)).toBe('共 3 篇');
  });

  it('formats ISO dates per language', () => {
    expect(createI18n('zh-CN').formatDate('2023-02-24')).toBe('2023年2月24日');
    expect(createI18n('en').formatDate('2023-02-24')).toMatch(/24.*Feb.*2023|Feb.*24.*2023/);
    expect(createI18n('en').formatDate('not a date')).toBe('not a date');
  });

  it('detects Chinese systems', () => {
    expect(detectSystemLocale('zh-TW')).toBe('zh-CN');
    expect(detectSystemLocale('zh')).toBe('zh-CN');
    expect(detectSystemLocale('en-GB')).toBe('en');
    expect(detectSystemLocale('fr-FR')).toBe('en');
  });
});
