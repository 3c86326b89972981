/**
 * Checks a parsed page against hand labels in the shape of
 * tests/fixtures/cq-daily-2023-02-24.expected.json, so every page fixture is held to the
 * same contract.
 */
import { readFileSync } from 'node:fs';
import { expect } from 'vitest';
import { ParsedStory } from '../../../shared/domain/story';
import type { ParsedPage } from '../../../electron/core/archive/parse';
import { resolveDateline } from '../../../electron/core/archive/segment';

export interface StoryLabel {
  headline: string;
  subhead?: string;
  column?: string;
  byline?: string;
  dateline?: string;
  body_starts: string;
  body_ends: string;
  truncated_start?: boolean;
  noise?: string[];
  kind?: 'photo' | 'commentary' | 'news';
  contains?: string[];
}

export interface PageLabels {
  /** A page written and labelled before the segmenter was tuned on it. */
  heldOut?: boolean;
  /** Mismatch keys (see labelMismatches) the pipeline is known to still get wrong on this page. */
  knownFailures?: string[];
  publication: string | null;
  date: string | null;
  stories: StoryLabel[];
  page_break_joins?: string[];
  figures?: Array<{ story: number; quote: string }>;
  counts_in_words?: Array<{ story: number; quote: string }>;
}

export function loadLabels(path: string): PageLabels {
  return JSON.parse(readFileSync(path, 'utf8')) as PageLabels;
}

export function expectPageMatchesLabels(page: ParsedPage, labels: PageLabels): void {
  expect(page.publication).toBe(labels.publication);
  expect(page.date).toBe(labels.date);
  expect(page.stories.map((s) => s.headline)).toEqual(labels.stories.map((s) => s.headline));

  labels.stories.forEach((label, i) => {
    const story = page.stories[i]!;
    const where = `story ${i + 1} 「${label.headline}」`;
    expect(ParsedStory.safeParse(story).success, where).toBe(true);
    expect({ where, subhead: story.subhead }).toEqual({ where, subhead: label.subhead ?? null });
    expect({ where, kicker: story.kicker }).toEqual({ where, kicker: label.column ?? null });
    expect({ where, byline: story.byline }).toEqual({ where, byline: label.byline ?? null });
    expect({ where, dateline: story.dateline }).toEqual({ where, dateline: label.dateline ?? null });
    expect({ where, datelineDate: story.datelineDate }).toEqual({
      where,
      datelineDate: resolveDateline(label.dateline ?? null, labels.date),
    });
    expect({ where, truncated: story.truncated }).toEqual({ where, truncated: label.truncated_start ?? false });
    const genre = label.kind ?? (label.column ? story.genre : 'news');
    expect({ where, genre: story.genre }).toEqual({ where, genre });
    expect(story.body.startsWith(label.body_starts), `${where} body starts 「${story.body.slice(0, 40)}」`).toBe(true);
    expect(story.body.endsWith(label.body_ends), `${where} body ends 「${story.body.slice(-40)}」`).toBe(true);
    // paragraphs: single \n, none empty, no stray layout whitespace
    expect(story.body, where).not.toMatch(/\n\s*\n|^\s|\s$/);
    for (const n of label.noise ?? []) {
      expect(page.stories.some((s) => s.body.includes(n) || s.headline === n), `noise 「${n}」 dropped`).toBe(false);
    }
    for (const c of label.contains ?? []) expect(story.body, where).toContain(c);
  });

  for (const join of labels.page_break_joins ?? []) {
    const holders = page.stories.filter((s) => s.body.includes(join));
    expect(holders.length, `layout break joined: 「${join}」`).toBe(1);
  }
  for (const f of [...(labels.figures ?? []), ...(labels.counts_in_words ?? [])]) {
    expect(page.stories[f.story - 1]!.body, `「${f.quote}」 in story ${f.story}`).toContain(f.quote);
  }
}

/**
 * Every way a page departs from its labels, as short keys (「story 3 kicker」「story count」)
 * with what was expected and found. Held-out pages use this instead of the first failing
 * assertion so a label file can name the misses it still has (`knownFailures`) and the
 * report shows all of them at once.
 */
export interface Mismatch {
  key: string;
  want: unknown;
  got: unknown;
}

export function labelMismatches(page: ParsedPage, labels: PageLabels): Mismatch[] {
  const out: Mismatch[] = [];
  const check = (key: string, want: unknown, got: unknown) => {
    if (JSON.stringify(want) !== JSON.stringify(got)) out.push({ key, want, got });
  };
  check('publication', labels.publication, page.publication);
  check('date', labels.date, page.date);
  check('story count', labels.stories.length, page.stories.length);
  labels.stories.forEach((label, i) => {
    const story = page.stories[i];
    const k = `story ${i + 1}`;
    if (!story) {
      out.push({ key: `${k} missing`, want: label.headline, got: null });
      return;
    }
    check(`${k} headline`, label.headline, story.headline);
    check(`${k} subhead`, label.subhead ?? null, story.subhead);
    check(`${k} kicker`, label.column ?? null, story.kicker);
    check(`${k} byline`, label.byline ?? null, story.byline);
    check(`${k} dateline`, label.dateline ?? null, story.dateline);
    check(`${k} datelineDate`, resolveDateline(label.dateline ?? null, labels.date), story.datelineDate);
    check(`${k} truncated`, label.truncated_start ?? false, story.truncated);
    check(`${k} genre`, label.kind ?? (label.column ? story.genre : 'news'), story.genre);
    if (!story.body.startsWith(label.body_starts)) out.push({ key: `${k} body_starts`, want: label.body_starts, got: story.body.slice(0, 50) });
    if (!story.body.endsWith(label.body_ends)) out.push({ key: `${k} body_ends`, want: label.body_ends, got: story.body.slice(-50) });
    if (/\n\s*\n|^\s|\s$/.test(story.body)) out.push({ key: `${k} body whitespace`, want: 'clean', got: story.body });
    if (!ParsedStory.safeParse(story).success) out.push({ key: `${k} schema`, want: 'valid', got: story });
    for (const n of label.noise ?? []) {
      if (page.stories.some((s) => s.body.includes(n) || s.headline === n)) out.push({ key: `noise ${n}`, want: 'dropped', got: 'kept' });
    }
    for (const c of label.contains ?? []) if (!story.body.includes(c)) out.push({ key: `${k} contains ${c}`, want: c, got: null });
  });
  for (const join of labels.page_break_joins ?? []) {
    const holders = page.stories.filter((s) => s.body.includes(join)).length;
    if (holders !== 1) out.push({ key: `join ${join}`, want: 1, got: holders });
  }
  for (const f of [...(labels.figures ?? []), ...(labels.counts_in_words ?? [])]) {
    if (!page.stories[f.story - 1]?.body.includes(f.quote)) out.push({ key: `figure ${f.quote}`, want: `in story ${f.story}`, got: 'missing' });
  }
  return out;
}
