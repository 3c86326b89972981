import { z } from 'zod';

export const ImportBatchStatus = z.enum(['running', 'done', 'failed', 'cancelled', 'interrupted']);
export type ImportBatchStatus = z.infer<typeof ImportBatchStatus>;

/** One import as the archive remembers it: what was asked, what was stored, how it ended. */
export const ImportBatch = z.object({
  id: z.number().int(),
  startedAt: z.string(),
  finishedAt: z.string().nullable(),
  status: ImportBatchStatus,
  files: z.number().int(),
  /** Stories stored; for an interrupted batch, what it had committed before it stopped. */
  stories: z.number().int(),
  skipped: z.number().int(),
  failed: z.number().int(),
  /** The files and folders asked for (uploads and pasted text are not kept). */
  paths: z.array(z.string()),
  /** Interrupted, not picked up yet, and its files are known: it can be run again. */
  resumable: z.boolean(),
  resumedBy: z.number().int().nullable(),
});
export type ImportBatch = z.infer<typeof ImportBatch>;
