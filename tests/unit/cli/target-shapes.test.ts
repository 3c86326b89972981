/**
 * A target made from a figure whose metric was not read is stored with an empty metric until the
 * editor names it: `targets add --json` must print it, while an editor's own entry must name it.
 */
import { describe, expect, it } from 'vitest';
import { CLI_OUTPUT } from '../../../electron/cli/output';
import { NewTarget, TargetPatch } from '../../../shared/domain/target';
import { createCore } from '../../../electron/core/core';
import { invoke } from '../../../electron/core/invoke';
import { join } from 'node:path';
import { tempDir } from '../helpers';

describe('targets with a metric still to be named', () => {
  it('targets add prints a target whose figure had no metric or unit', async () => {
    const tmp = tempDir();
    const core = await createCore({ dbPath: join(tmp.dir, 'archive.db'), transport: 'http', version: 't', systemLocale: 'en-GB', emit: () => undefined });
    try {
      const created = await invoke(core.handlers, 'targets:create', { metric: 'homes built', value: 20000, unit: 'homes', comparator: 'gte' });
      expect(created.ok).toBe(true);
      if (!created.ok) return;
      const stored = { ...(created.data as Record<string, unknown>), metric: '', metricKey: '', unit: '' };
      expect(CLI_OUTPUT['targets add'].safeParse(stored).success).toBe(true);
    } finally {
      await core.close();
      tmp.cleanup();
    }
  });

  it('an editor’s own target or edit must name what it measures', () => {
    expect(NewTarget.safeParse({ metric: '', value: 1, unit: '家', comparator: 'gte' }).success).toBe(false);
    expect(TargetPatch.safeParse({ metric: '' }).success).toBe(false);
    expect(NewTarget.safeParse({ metric: '净移民', value: 1, unit: '', comparator: 'gte' }).success).toBe(false);
    expect(TargetPatch.safeParse({ value: 3 }).success).toBe(true);
  });
});
