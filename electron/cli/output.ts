/**
 * What each command prints with --json: the contract's output schema of the channel it
 * calls, or a plain-text cut of one where a terminal wants text (a search snippet) or the
 * whole story (an import's report). README.md documents these shapes; a test holds the two
 * together.
 */
import { z } from 'zod';
import { contract } from '../../shared/contract';
import { ImportReport, SearchHit } from '../../shared/domain/archive';

export const CLI_OUTPUT = {
  /** The import's report, each imported story in full as `show` prints it. */
  import: ImportReport.pick({ skipped: true, failed: true }).extend({ imported: z.array(contract['archive:get'].output) }),
  imports: contract['imports:list'].output,
  stories: contract['archive:list'].output.shape.items,
  show: contract['archive:get'].output,
  /** A hit with its snippet as plain text, for a terminal. */
  search: z.array(SearchHit.pick({ storyId: true, headline: true, date: true, score: true }).extend({ snippet: z.string() })),
  /** A stored story's figures; a file's figures (figures:read) have the same shape with no id or story. */
  figures: contract['figures:list'].output,
  'figures file': contract['figures:read'].output,
  targets: contract['targets:list'].output,
  'targets add': contract['targets:fromFigure'].output,
  'targets import': contract['targets:import'].output,
  check: contract['check:story'].output,
} as const;

export type CliShape = keyof typeof CLI_OUTPUT;
