/**
 * The import flow, kept above the pages so a running import survives navigation:
 * choose files (button, Mod+O, drop) or paste text → a modal asks for publication/date →
 * archive:import → progress from jobs:progress events, the last one carrying the report.
 * The one file input lives here, always in the DOM (data-testid="import-file-input").
 *
 * With "review before saving", archive:preview parses without storing, the review modal
 * lets the editor fix the stories, and archive:save stores them (same report panel).
 * Jobs started elsewhere (the watched folder) are adopted by id: archive:watched.
 */
import { createContext, useCallback, useContext, useEffect, useMemo, useRef, type ReactNode } from 'react';
import { notifications } from '@mantine/notifications';
import { IconFolderOpen } from '@tabler/icons-react';
import { api } from '../../../api';
import { useI18n } from '../../../i18n';
import type { ImportContextValue, ReviewedPage } from './types';
import { useImportFiles } from './useImportFiles';
import { useImportJob } from './useImportJob';
import { useStartImport } from './useStartImport';

const ImportContext = createContext<ImportContextValue | null>(null);

export function ImportProvider({ children }: { children: ReactNode }) {
  const i18n = useI18n();
  const i18nRef = useRef(i18n);
  i18nRef.current = i18n;

  const chosen = useImportFiles();
  const jobs = useImportJob(i18nRef);
  const { adoptJob, showReport } = jobs;
  const { start, reading, previewing, review, setReview } = useStartImport({
    i18nRef,
    files: chosen.files,
    clearFiles: chosen.clearFiles,
    closeImport: chosen.closeImport,
    clearReport: jobs.clearReport,
    followOwn: jobs.followOwn,
  });

  // The watched folder sent files to an import job: say so and follow it.
  useEffect(
    () =>
      api.subscribe('archive:watched', ({ files, jobId }) => {
        const { tn, t } = i18nRef.current;
        notifications.show({
          color: 'blue',
          title: t('import.watchedTitle'),
          message: tn('import.watchedNotice', files.length),
          icon: <IconFolderOpen size={18} aria-hidden />,
          autoClose: 5000,
        });
        adoptJob(jobId);
      }),
    [adoptJob],
  );

  const saveReview = useCallback(
    async (pages: ReviewedPage[]) => {
      const saved = await api.call('archive:save', { pages });
      setReview(null);
      showReport(saved);
    },
    [setReview, showReport],
  );
  const discardReview = useCallback(() => setReview(null), [setReview]);

  const { modalOpened, mode, setMode, files, openImport, closeImport, chooseFiles, removeFile } = chosen;
  const { job, cancel, report, jobError, dismissReport, archiveVersion } = jobs;
  const value = useMemo<ImportContextValue>(
    () => ({
      modalOpened, mode, setMode, files, openImport, closeImport, chooseFiles, removeFile,
      start, reading, previewing, review, saveReview, discardReview,
      adoptJob, job, cancel, report, jobError, dismissReport, archiveVersion,
    }),
    [modalOpened, mode, setMode, files, openImport, closeImport, chooseFiles, removeFile, start, reading, previewing, review, saveReview, discardReview, adoptJob, job, cancel, report, jobError, dismissReport, archiveVersion],
  );

  return (
    <ImportContext.Provider value={value}>
      {children}
      <input
        ref={chosen.inputRef}
        type="file"
        multiple
        hidden
        data-testid="import-file-input"
        aria-label={i18n.t('import.fileInputLabel')}
        onChange={(event) => {
          const picked = Array.from(event.currentTarget.files ?? []);
          event.currentTarget.value = '';
          if (picked.length > 0) openImport('files', picked);
        }}
      />
    </ImportContext.Provider>
  );
}

export function useImport(): ImportContextValue {
  const ctx = useContext(ImportContext);
  if (!ctx) throw new Error('useImport outside ImportProvider');
  return ctx;
}
