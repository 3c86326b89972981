/**
 * Start: the chosen files or pasted text become sources, then either the review step
 * (archive:preview) or an import job (archive:import) that the panel follows.
 */
import { useCallback, useState, type MutableRefObject } from 'react';
import { notifications } from '@mantine/notifications';
import type { ImportOptions, ImportSource } from '../../../../../shared/domain/archive';
import { api } from '../../../api';
import type { I18n } from '../../../i18n';
import { notifyError } from '../../common/notify';
import { fileSources, LARGE_PASTE_BYTES, pastedSource } from './importSources';
import type { ImportStartInput, ReviewState } from './types';

export interface StartImportDeps {
  i18nRef: MutableRefObject<I18n>;
  files: File[];
  clearFiles(): void;
  closeImport(): void;
  clearReport(): void;
  followOwn(jobId: string): void;
}

function optionsOf(input: ImportStartInput): ImportOptions {
  const options: ImportOptions = {};
  if (input.publication?.trim()) options.publication = input.publication.trim();
  if (input.date?.trim()) options.date = input.date.trim();
  return options;
}

export function useStartImport({ i18nRef, files, clearFiles, closeImport, clearReport, followOwn }: StartImportDeps) {
  const [reading, setReading] = useState(false);
  const [previewing, setPreviewing] = useState(false);
  const [review, setReview] = useState<ReviewState | null>(null);

  /** The sources of this start, and whether they are a paste too big to review; null when there is nothing to import. */
  const sourcesOf = useCallback(
    async (input: ImportStartInput): Promise<{ sources: ImportSource[]; largePaste: boolean } | null> => {
      const i18n = i18nRef.current;
      if (input.mode === 'text') {
        const text = input.text ?? '';
        if (!text.trim()) return null;
        return { sources: [pastedSource(text, input.textName, i18n)], largePaste: new TextEncoder().encode(text).length > LARGE_PASTE_BYTES };
      }
      closeImport();
      clearReport();
      setReading(true);
      try {
        const sources = await fileSources(files, i18n);
        return sources.length > 0 ? { sources, largePaste: false } : null;
      } finally {
        setReading(false);
      }
    },
    [i18nRef, files, closeImport, clearReport],
  );

  const preview = useCallback(
    async (sources: ImportSource[], options: ImportOptions) => {
      setPreviewing(true);
      try {
        const read = await api.call('archive:preview', { sources, options });
        clearFiles();
        setReview({ pages: read.pages, failed: read.failed });
      } catch (error) {
        notifyError(i18nRef.current, error, i18nRef.current.t('import.failedTitle'));
      } finally {
        setPreviewing(false);
      }
    },
    [i18nRef, clearFiles],
  );

  const start = useCallback(
    async (input: ImportStartInput) => {
      const found = await sourcesOf(input);
      if (!found) return;
      const i18n = i18nRef.current;
      const options = optionsOf(input);
      closeImport();
      clearReport();
      if (input.review && found.largePaste) {
        notifications.show({ color: 'blue', message: i18n.t('import.largePasteNoReview', { size: `${Math.round(LARGE_PASTE_BYTES / 1024)} KB` }), autoClose: 8000 });
      }
      if (input.review && !found.largePaste) return preview(found.sources, options);
      try {
        const { jobId } = await api.call('archive:import', { sources: found.sources, options });
        followOwn(jobId);
        clearFiles();
      } catch (error) {
        notifyError(i18n, error, i18n.t('import.failedTitle'));
      }
    },
    [i18nRef, sourcesOf, preview, closeImport, clearReport, followOwn, clearFiles],
  );

  return { start, reading, previewing, review, setReview };
}
