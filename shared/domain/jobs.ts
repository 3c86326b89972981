import { z } from 'zod';

export const JobPhase = z.enum(['queued', 'reading', 'segmenting', 'storing', 'indexing', 'done', 'failed', 'cancelled']);
export type JobPhase = z.infer<typeof JobPhase>;

/** A long job's progress, as pushed to the renderer. */
export const JobProgress = z.object({
  jobId: z.string(),
  kind: z.string(),
  phase: JobPhase,
  done: z.number(),
  total: z.number(),
  /** Human-readable detail: the file being read, the count so far. */
  message: z.string(),
  bytesDone: z.number().optional(),
  bytesTotal: z.number().optional(),
  stories: z.number().optional(),
});
export type JobProgress = z.infer<typeof JobProgress>;
