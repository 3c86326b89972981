/** A story's check as a spreadsheet: one row per verdict, in the editor's language. */
import type { ExportedFile, ParsedInputOf } from '../../../shared/contract';
import type { Repositories } from '../db/repositories';
import { checkResultsCsv, csvBytes, type CheckCsvRow } from '../export/csv';
import { CSV_MIME, exportedFile, safeFileName } from '../export/exported-file';
import { needStory } from '../need';
import { readSettings } from '../settings';
import { checkStory } from './check-story';

export function checkResultsFile(repos: Repositories, { storyId, language }: ParsedInputOf<'check:export'>): ExportedFile {
  const story = needStory(repos.stories, storyId);
  const checks = checkStory(repos, storyId, { approxTolerance: readSettings(repos).approxTolerance });
  const rows: CheckCsvRow[] = checks.flatMap(({ figure, verdicts }) =>
    verdicts.map((v) => ({
      storyId,
      headline: story.headline,
      quote: figure.quote,
      value: figure.value,
      unit: figure.unit,
      against: v.against,
      verdict: v.verdict,
      score: v.score,
      explanation: v.explanation,
      sourceHeadline: v.source?.headline ?? null,
      sourceDate: v.source?.date ?? null,
    })),
  );
  return exportedFile(safeFileName(`${story.headline} check`, 'csv'), CSV_MIME, csvBytes(checkResultsCsv(rows, language)));
}
