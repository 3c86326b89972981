/**
 * Every real target → outcome pair (tests/fixtures/check-pairs/, shape in its README) is
 * checked for shape before `npm run eval:check` scores it: a pair whose figure is not in its
 * text, or whose id is not its file name, would be scored as a checker failure it is not.
 *
 * The blind third must stay unread by anyone tuning the checker, so a problem names only the
 * file and the field, never a value taken from the pair.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const PAIRS = resolve(dirname(fileURLToPath(import.meta.url)), '../../fixtures/check-pairs');
const SPLITS = ['dev', 'blind'] as const;

const ALLOWED = {
  language: ['zh', 'zh-Hant', 'en'],
  level: ['national', 'provincial', 'city', 'district', 'international'],
  domain: [
    'workforce', 'economy', 'prices', 'science', 'housing', 'health',
    'environment', 'budget', 'energy', 'education', 'transport', 'other',
  ],
  expected: ['meets', 'misses', 'on_track', 'off_track', 'too_early', 'not_comparable'],
} as const;

const TOP_TEXT_FIELDS = ['id', 'indicator', 'entity', 'why'] as const;
const SIDES = ['target', 'outcome'] as const;
const SIDE_TEXT_FIELDS = ['publication', 'source', 'text', 'figure'] as const;
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

type Json = Record<string, unknown>;
const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);
const isFilled = (v: unknown): v is string => typeof v === 'string' && v.trim() !== '';

function isIsoDate(v: unknown): boolean {
  if (typeof v !== 'string' || !ISO_DATE.test(v)) return false;
  const d = new Date(`${v}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === v;
}

/** One rule of the pair shape: the problems it finds, each naming a field and never a value. */
interface ShapeRule {
  name: string;
  problems(pair: Json, file: string): string[];
}

const SHAPE_RULES: ShapeRule[] = [
  {
    name: 'top-level text fields are present',
    problems: (pair) => TOP_TEXT_FIELDS.filter((f) => !isFilled(pair[f])).map((f) => `${f}: missing or empty`),
  },
  {
    name: 'id is the file name',
    problems: (pair, file) => (isFilled(pair.id) && `${pair.id}.json` !== file ? ['id: differs from the file name'] : []),
  },
  {
    name: 'language, level, domain and expected take known values',
    problems: (pair) =>
      Object.entries(ALLOWED)
        .filter(([field, values]) => !(values as readonly unknown[]).includes(pair[field]))
        .map(([field]) => `${field}: missing or not one of the README's values`),
  },
  {
    name: 'periods name the target and outcome periods',
    problems: (pair) => {
      const periods = pair.periods;
      if (!isObject(periods)) return ['periods: missing or not an object'];
      return SIDES.filter((s) => !isFilled(periods[s])).map((s) => `periods.${s}: missing or empty`);
    },
  },
  {
    name: 'each side has its text fields, a headline and an ISO date',
    problems: (pair) =>
      SIDES.flatMap((s) => {
        const side = pair[s];
        if (!isObject(side)) return [`${s}: missing or not an object`];
        return [
          ...SIDE_TEXT_FIELDS.filter((f) => !isFilled(side[f])).map((f) => `${s}.${f}: missing or empty`),
          ...(typeof side.headline === 'string' ? [] : [`${s}.headline: missing (may be "")`]),
          ...(isIsoDate(side.date) ? [] : [`${s}.date: not an ISO date (YYYY-MM-DD)`]),
        ];
      }),
  },
  {
    name: 'each figure is an exact substring of its text',
    problems: (pair) =>
      SIDES.flatMap((s) => {
        const side = pair[s];
        if (!isObject(side) || !isFilled(side.figure) || !isFilled(side.text)) return [];
        return side.text.includes(side.figure) ? [] : [`${s}.figure: not an exact substring of ${s}.text`];
      }),
  },
];

function shapeProblems(path: string, file: string): string[] {
  let pair: unknown;
  try {
    pair = JSON.parse(readFileSync(path, 'utf8'));
  } catch {
    // The parser's message quotes the text around the error, which a blind pair must not show.
    return ['not valid JSON'];
  }
  if (!isObject(pair)) return ['not a JSON object'];
  return SHAPE_RULES.flatMap((rule) => rule.problems(pair, file));
}

const pairFiles = SPLITS.flatMap((split) => {
  const dir = join(PAIRS, split);
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((file) => ({ name: `${split}/${file}`, path: join(dir, file), file }));
});

describe('check pairs have the README shape', () => {
  it('finds the dev pairs', () => {
    expect(pairFiles.filter((p) => p.name.startsWith('dev/')).length).toBeGreaterThan(0);
  });

  it.each(pairFiles)('$name', ({ path, file }) => {
    expect(shapeProblems(path, file)).toEqual([]);
  });
});
