/**
 * The import flow, kept above the pages so a running import survives navigation:
 * choose files (button, Mod+O, drop) or paste text → a modal asks for publication/date →
 * archive:import → progress from jobs:progress events, with jobs:get polling as a fallback →
 * a report. The one file input lives here, always in the DOM (data-testid="import-file-input").
 *
 * With "review before saving", archive:preview parses without storing, the review modal
 * lets the editor fix the stories, and archive:save stores them (same report panel).
 * Jobs started elsewhere (the watched folder) are adopted by id: archive:watched.
 */
import { createContext, useCallback, useContext, useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import type { InputOf, JobState } from '../../../../shared/contract';
import type { FailedFile, ImportOptions, ImportReport, ImportSource, PagePreview } from '../../../../shared/domain/archive';
import type { JobProgress } from '../../../../shared/domain/jobs';
import { api } from '../../api';
import type { z } from 'zod';
import { useI18n } from '../../i18n';
import { notifications } from '@mantine/notifications';
import { IconFolderOpen } from '@tabler/icons-react';
import { notifyError, notifySuccess } from '../common/notify';
import { reportSummary } from './importText';

export const MAX_IMPORT_BYTES = 50 * 1024 * 1024;
/**
 * A paste larger than this goes straight to the import worker, with progress, as a file does:
 * parsing it for review held the page (a 3 MB paste froze it for minutes and drew thousands of
 * story editors).
 */
export const LARGE_PASTE_BYTES = 200 * 1024;
const POLL_MS = 1000;
const TERMINAL = new Set(['done', 'failed', 'cancelled']);

export type ImportMode = 'files' | 'text';

export interface ImportJob {
  jobId: string;
  progress: JobProgress | null;
  cancelling: boolean;
}

export interface ImportStartInput {
  mode: ImportMode;
  text?: string;
  textName?: string;
  publication?: string;
  date?: string;
  /** Parse with archive:preview and open the review step instead of importing at once. */
  review?: boolean;
}

/** What archive:preview read, waiting for the editor in the review step. */
export interface ReviewState {
  pages: PagePreview[];
  failed: z.infer<typeof FailedFile>[];
}

/** One page as the editor leaves it, for archive:save. */
export type ReviewedPage = InputOf<'archive:save'>['pages'][number];

export interface ImportContextValue {
  modalOpened: boolean;
  mode: ImportMode;
  setMode: (mode: ImportMode) => void;
  files: File[];
  /** Opens the modal; with files, adds them to the chosen ones. */
  openImport: (mode?: ImportMode, files?: File[]) => void;
  closeImport: () => void;
  chooseFiles: () => void;
  removeFile: (index: number) => void;
  start: (input: ImportStartInput) => Promise<void>;
  /** True while the files are being read in the browser, before the job starts. */
  reading: boolean;
  /** True while archive:preview parses the sources for the review step. */
  previewing: boolean;
  /** The parsed pages waiting in the review step, or null. */
  review: ReviewState | null;
  /** Stores the reviewed pages (archive:save) and shows the report; throws on failure. */
  saveReview: (pages: ReviewedPage[]) => Promise<void>;
  discardReview: () => void;
  /** Follows a job this window did not start (the watched folder's). */
  adoptJob: (jobId: string) => void;
  job: ImportJob | null;
  cancel: () => Promise<void>;
  report: ImportReport | null;
  jobError: { code: string; message: string } | null;
  dismissReport: () => void;
  /** Bumps when an import finished, so lists refresh. */
  archiveVersion: number;
}

const ImportContext = createContext<ImportContextValue | null>(null);

export function readFileAsBase64(file: File): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onerror = () => reject(reader.error ?? new Error('read failed'));
    reader.onload = () => {
      const url = String(reader.result ?? '');
      const comma = url.indexOf(',');
      resolve(comma >= 0 ? url.slice(comma + 1) : url);
    };
    reader.readAsDataURL(file);
  });
}

export function ImportProvider({ children }: { children: ReactNode }) {
  const i18n = useI18n();
  const i18nRef = useRef(i18n);
  i18nRef.current = i18n;

  const inputRef = useRef<HTMLInputElement>(null);
  const [modalOpened, setModalOpened] = useState(false);
  const [mode, setMode] = useState<ImportMode>('files');
  const [files, setFiles] = useState<File[]>([]);
  const [reading, setReading] = useState(false);
  const [previewing, setPreviewing] = useState(false);
  const [review, setReview] = useState<ReviewState | null>(null);
  const [job, setJob] = useState<ImportJob | null>(null);
  const [report, setReport] = useState<ImportReport | null>(null);
  const [jobError, setJobError] = useState<{ code: string; message: string } | null>(null);
  const [archiveVersion, setArchiveVersion] = useState(0);

  const jobIdRef = useRef<string | null>(null);
  /** Progress events that arrived before archive:import told us the job id. */
  const early = useRef(new Map<string, JobProgress>());
  const finishing = useRef(false);
  /** Jobs to adopt once the current one is over (watched-folder imports while one runs). */
  const pendingJobs = useRef<string[]>([]);

  const addFiles = useCallback((incoming: File[]) => {
    if (incoming.length === 0) return;
    setFiles((now) => {
      const seen = new Set(now.map((f) => `${f.name}:${f.size}:${f.lastModified}`));
      return [...now, ...incoming.filter((f) => !seen.has(`${f.name}:${f.size}:${f.lastModified}`))];
    });
  }, []);

  const openImport = useCallback(
    (nextMode?: ImportMode, incoming?: File[]) => {
      if (nextMode) setMode(nextMode);
      if (incoming && incoming.length > 0) {
        setMode('files');
        addFiles(incoming);
      }
      setModalOpened(true);
    },
    [addFiles],
  );

  const closeImport = useCallback(() => setModalOpened(false), []);
  const chooseFiles = useCallback(() => inputRef.current?.click(), []);
  const removeFile = useCallback((index: number) => setFiles((now) => now.filter((_, i) => i !== index)), []);

  const finish = useCallback((state: JobState) => {
    if (finishing.current) return;
    finishing.current = true;
    jobIdRef.current = null;
    setJob(null);
    setReport(state.report);
    setJobError(state.error);
    setArchiveVersion((v) => v + 1);
    const { t } = i18nRef.current;
    if (state.error && !state.report) {
      notifyError(i18nRef.current, new Error(state.error.message), t('import.failedTitle'));
    } else if (state.report) {
      notifySuccess(t('import.doneNotice', { summary: reportSummary(i18nRef.current, state.report) }), { title: t('import.reportTitle') });
    }
    const next = pendingJobs.current.shift();
    if (next) queueMicrotask(() => followRef.current(next));
  }, []);

  /** Makes `jobId` the job the panel follows. */
  const follow = useCallback((jobId: string) => {
    finishing.current = false;
    jobIdRef.current = jobId;
    const seen = early.current.get(jobId) ?? null;
    early.current.delete(jobId);
    setJob({ jobId, progress: seen, cancelling: false });
    if (seen && TERMINAL.has(seen.phase)) void pollRef.current(jobId);
  }, []);
  const followRef = useRef(follow);
  followRef.current = follow;

  /** Asks jobs:get for the state; finishes when the job is over. */
  const poll = useCallback(
    async (jobId: string) => {
      try {
        const state = await api.call('jobs:get', { jobId });
        if (jobIdRef.current !== jobId) return;
        setJob((j) => (j && j.jobId === jobId ? { ...j, progress: state.progress } : j));
        if (TERMINAL.has(state.progress.phase)) finish(state);
      } catch (error) {
        if (jobIdRef.current !== jobId) return;
        if (error instanceof Error && 'code' in error && (error as { code: string }).code === 'not_found') {
          finish({
            progress: { jobId, kind: 'import', phase: 'failed', done: 0, total: 0, message: '' },
            report: null,
            error: { code: 'not_found', message: i18nRef.current.t('import.lostJob') },
          });
        }
        // Anything else: keep polling, the core may be busy.
      }
    },
    [finish],
  );
  const pollRef = useRef(poll);
  pollRef.current = poll;

  const adoptJob = useCallback(
    (jobId: string) => {
      if (jobIdRef.current === jobId || pendingJobs.current.includes(jobId)) return;
      if (jobIdRef.current !== null) {
        pendingJobs.current.push(jobId);
        return;
      }
      setReport(null);
      setJobError(null);
      follow(jobId);
    },
    [follow],
  );

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

  // Progress events, for every job; the current one is picked by id.
  useEffect(
    () =>
      api.subscribe('jobs:progress', (progress) => {
        const current = jobIdRef.current;
        if (current === null) {
          early.current.set(progress.jobId, progress);
          if (early.current.size > 20) early.current.delete(early.current.keys().next().value as string);
          return;
        }
        if (progress.jobId !== current) return;
        setJob((j) => (j && j.jobId === current ? { ...j, progress } : j));
        // The event carries no report; fetch the final state.
        if (TERMINAL.has(progress.phase)) void poll(current);
      }),
    [poll],
  );

  // Polling fallback while a job runs.
  const activeJobId = job?.jobId ?? null;
  useEffect(() => {
    if (!activeJobId) return;
    const timer = window.setInterval(() => void poll(activeJobId), POLL_MS);
    return () => window.clearInterval(timer);
  }, [activeJobId, poll]);

  const start = useCallback(
    async (input: ImportStartInput) => {
      const i18n = i18nRef.current;
      const options: ImportOptions = {};
      if (input.publication?.trim()) options.publication = input.publication.trim();
      if (input.date?.trim()) options.date = input.date.trim();

      let sources: ImportSource[] = [];
      let largePaste = false;
      if (input.mode === 'text') {
        const text = input.text ?? '';
        if (!text.trim()) return;
        // Unnamed pasted text is named in the UI's language; the core's own default is the CLI's English.
        sources = [{ kind: 'text', text, name: input.textName?.trim() || i18n.t('import.pastedName') }];
        largePaste = new TextEncoder().encode(text).length > LARGE_PASTE_BYTES;
      } else {
        const tooLarge = files.filter((f) => f.size > MAX_IMPORT_BYTES);
        for (const f of tooLarge) notifyError(i18n, new Error(i18n.t('import.tooLarge', { name: f.name })));
        const readable = files.filter((f) => f.size <= MAX_IMPORT_BYTES);
        if (readable.length === 0) return;
        setModalOpened(false);
        setReport(null);
        setJobError(null);
        setReading(true);
        try {
          for (const file of readable) {
            try {
              sources.push({ kind: 'data', name: file.name, dataBase64: await readFileAsBase64(file) });
            } catch (error) {
              notifyError(i18n, new Error(i18n.t('import.readFailed', { name: file.name, message: error instanceof Error ? error.message : String(error) })));
            }
          }
        } finally {
          setReading(false);
        }
        if (sources.length === 0) return;
      }

      setModalOpened(false);
      setReport(null);
      setJobError(null);
      if (input.review && largePaste) {
        notifications.show({ color: 'blue', message: i18n.t('import.largePasteNoReview', { size: `${Math.round(LARGE_PASTE_BYTES / 1024)} KB` }), autoClose: 8000 });
      }
      if (input.review && !largePaste) {
        setPreviewing(true);
        try {
          const preview = await api.call('archive:preview', { sources, options });
          setFiles([]);
          setReview({ pages: preview.pages, failed: preview.failed });
        } catch (error) {
          notifyError(i18n, error, i18n.t('import.failedTitle'));
        } finally {
          setPreviewing(false);
        }
        return;
      }
      try {
        const { jobId } = await api.call('archive:import', { sources, options });
        if (jobIdRef.current !== null) {
          // A watched-folder job is being followed: this one, the editor's own, goes first.
          pendingJobs.current.unshift(jobIdRef.current);
        }
        follow(jobId);
        setFiles([]);
      } catch (error) {
        notifyError(i18n, error, i18n.t('import.failedTitle'));
      }
    },
    [files, follow],
  );

  const saveReview = useCallback(async (pages: ReviewedPage[]) => {
    const saved = await api.call('archive:save', { pages });
    setReview(null);
    setReport(saved);
    setJobError(null);
    setArchiveVersion((v) => v + 1);
    const { t } = i18nRef.current;
    notifySuccess(t('import.doneNotice', { summary: reportSummary(i18nRef.current, saved) }), { title: t('import.reportTitle') });
  }, []);

  const discardReview = useCallback(() => setReview(null), []);

  const cancel = useCallback(async () => {
    const jobId = jobIdRef.current;
    if (!jobId) return;
    setJob((j) => (j ? { ...j, cancelling: true } : j));
    try {
      await api.call('jobs:cancel', { jobId });
      void poll(jobId);
    } catch (error) {
      setJob((j) => (j ? { ...j, cancelling: false } : j));
      notifyError(i18nRef.current, error);
    }
  }, [poll]);

  const dismissReport = useCallback(() => {
    setReport(null);
    setJobError(null);
  }, []);

  const value = useMemo<ImportContextValue>(
    () => ({
      modalOpened,
      mode,
      setMode,
      files,
      openImport,
      closeImport,
      chooseFiles,
      removeFile,
      start,
      reading,
      previewing,
      review,
      saveReview,
      discardReview,
      adoptJob,
      job,
      cancel,
      report,
      jobError,
      dismissReport,
      archiveVersion,
    }),
    [
      modalOpened,
      mode,
      files,
      openImport,
      closeImport,
      chooseFiles,
      removeFile,
      start,
      reading,
      previewing,
      review,
      saveReview,
      discardReview,
      adoptJob,
      job,
      cancel,
      report,
      jobError,
      dismissReport,
      archiveVersion,
    ],
  );

  return (
    <ImportContext.Provider value={value}>
      {children}
      <input
        ref={inputRef}
        type="file"
        multiple
        hidden
        data-testid="import-file-input"
        aria-label={i18n.t('import.fileInputLabel')}
        onChange={(event) => {
          const chosen = Array.from(event.currentTarget.files ?? []);
          event.currentTarget.value = '';
          if (chosen.length > 0) openImport('files', chosen);
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
