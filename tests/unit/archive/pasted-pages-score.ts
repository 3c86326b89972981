/**
 * Scores what the importer drops from a pasted web page against hand labels: a line is
 * kept when it turns up in a story's headline, kicker, subhead or body; everything else
 * on the page was dropped. Counted per occurrence, so a headline that is both in the
 * page's list of headlines (furniture) and over its story counts once each way.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { ParsedPage } from '../../../electron/core/archive/parse';

export const PASTED = fileURLToPath(new URL('../../fixtures/pasted-pages', import.meta.url));

export interface PastedLabels {
  file: string;
  script: 'zh-Hans' | 'zh-Hant' | 'en';
  furniture: string[];
  stories: string[];
  skip: string[];
  edition: { date: string | null; page: string | null; section: string | null } | null;
  date: string | null;
}

/** The labelled pages; `heldOut` gives the ones kept apart from writing the rules. */
export function loadPastedLabels(set: 'pages' | 'heldOut' = 'pages'): PastedLabels[] {
  return (JSON.parse(readFileSync(join(PASTED, 'labels.json'), 'utf8')) as Record<'pages' | 'heldOut', PastedLabels[]>)[set] ?? [];
}

const squash = (s: string) => s.replace(/\s+/g, '');

function occurrences(haystack: string, needle: string): number {
  if (!needle) return 0;
  let n = 0;
  for (let at = haystack.indexOf(needle); at >= 0; at = haystack.indexOf(needle, at + needle.length)) n++;
  return n;
}

export interface FurnitureScore {
  truePositives: number;
  /** Lines dropped that the labels call story text. */
  falsePositives: number;
  /** Furniture lines kept in a story. */
  falseNegatives: number;
}

export function scoreFurniture(text: string, page: ParsedPage, labels: PastedLabels): FurnitureScore {
  const kept = squash(page.stories.map((s) => [s.kicker, s.headline, s.subhead, s.body].filter(Boolean).join('\n')).join('\n'));
  const lines = text.split('\n').map((l) => l.trim()).filter(Boolean);
  const furnitureLeft = new Map<string, number>();
  for (const f of labels.furniture) furnitureLeft.set(f, (furnitureLeft.get(f) ?? 0) + 1);
  const keptLeft = new Map<string, number>();
  const score: FurnitureScore = { truePositives: 0, falsePositives: 0, falseNegatives: 0 };
  for (const line of lines) {
    if (labels.skip.includes(line)) continue;
    if (!keptLeft.has(line)) keptLeft.set(line, occurrences(kept, squash(line)));
    const isKept = keptLeft.get(line)! > 0;
    if (isKept) keptLeft.set(line, keptLeft.get(line)! - 1);
    const isFurniture = (furnitureLeft.get(line) ?? 0) > 0;
    // a kept line that is furniture and also story text (the list's copy of the headline)
    // counts against the furniture only once the story's own copy is used up
    const storyCopies = labels.stories.filter((h) => h === line).length;
    if (isFurniture && (!isKept || (keptLeft.get(line)! + 1 > storyCopies))) {
      furnitureLeft.set(line, furnitureLeft.get(line)! - 1);
      if (isKept) score.falseNegatives++;
      else score.truePositives++;
    } else if (!isKept) {
      score.falsePositives++;
    }
  }
  return score;
}
