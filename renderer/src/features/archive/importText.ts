import type { ImportReport } from '../../../../shared/domain/archive';
import type { JobProgress } from '../../../../shared/domain/jobs';
import type { I18n, MessageKey } from '../../i18n';

/** "Imported 8 stories · skipped 1 file · 1 file failed" */
export function reportSummary(i18n: I18n, report: ImportReport): string {
  const parts = [i18n.tn('import.reportImported', report.imported.length)];
  if (report.skipped.length > 0) parts.push(i18n.tn('import.reportSkipped', report.skipped.length));
  if (report.failed.length > 0) parts.push(i18n.tn('import.reportFailed', report.failed.length));
  return parts.join(' · ');
}

/** "2/5 files · 8 stories" */
export function progressSummary(i18n: I18n, progress: JobProgress): string {
  const parts: string[] = [];
  if (progress.total > 0) {
    parts.push(i18n.t('import.progressFiles', { done: i18n.formatNumber(progress.done), total: i18n.formatNumber(progress.total) }));
  }
  if (progress.stories !== undefined) parts.push(i18n.tn('import.progressStories', progress.stories));
  return parts.join(' · ');
}

export function phaseLabel(i18n: I18n, phase: JobProgress['phase']): string {
  return i18n.t(`import.phase.${phase}` as MessageKey);
}

export function progressPercent(progress: JobProgress | null): number {
  if (!progress || progress.total <= 0) return 0;
  if (progress.phase === 'done') return 100;
  return Math.max(0, Math.min(100, Math.round((progress.done / progress.total) * 100)));
}
