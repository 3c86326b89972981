/**
 * The saving side of one draft: the revision it was loaded at, the title and document on
 * screen, autosave ~1.5 s after the last change, an explicit save that keeps a version,
 * and the conflict that stops all saving once another copy saved first, until the editor,
 * shown that copy, keeps theirs (a save over it, at its revision) or takes the other.
 */
import { useCallback, useRef, useState } from 'react';
import { useDebouncedCallback } from '@mantine/hooks';
import { DraftDoc, type Draft, type DraftCounts } from '../../../../shared/domain/draft';
import { api } from '../../api';
import { useI18n } from '../../i18n';
import { changedElsewhere, type ChangedElsewhere } from '../common/changedElsewhere';
import { errorMessage, notifySuccess } from '../common/notify';

export const AUTOSAVE_MS = 1500;

export type SaveStatus = 'saved' | 'dirty' | 'saving' | 'error' | 'conflict';

/** A title and document: the editor's on screen, or the one another editor saved first. */
export interface DraftCopy {
  title: string;
  /** null when the refusal's copy cannot be read (then taking it reloads the draft). */
  doc: DraftDoc | null;
}

/** The save another editor made first, with what they saved. */
export interface OtherSave {
  change: ChangedElsewhere;
  theirs: DraftCopy;
}

function otherSave(error: unknown): OtherSave | null {
  const change = changedElsewhere(error);
  if (!change) return null;
  let doc: DraftDoc | null = null;
  try {
    const parsed = DraftDoc.safeParse(JSON.parse(String(change.params.doc)));
    doc = parsed.success ? parsed.data : null;
  } catch {
    // A copy this version cannot read is not shown; the choice between the two stays.
  }
  return { change, theirs: { title: String(change.params.title ?? ''), doc } };
}

export function useDraftSaving(draft: Draft, onSaved: () => void) {
  const i18n = useI18n();
  const { t } = i18n;
  const id = draft.id;
  const [title, setTitle] = useState(draft.title);
  const [counts, setCounts] = useState<DraftCounts>(draft.counts);
  const [status, setStatus] = useState<SaveStatus>('saved');
  const [saveError, setSaveError] = useState<string | null>(null);
  const [other, setOther] = useState<OtherSave | null>(null);
  const [mine, setMine] = useState<DraftCopy | null>(null);

  const revision = useRef(draft.revision);
  const titleRef = useRef(draft.title);
  const docRef = useRef<DraftDoc>(draft.doc);
  const changes = useRef(0);
  const savedChanges = useRef(0);
  const inFlight = useRef<Promise<void> | null>(null);
  const conflict = useRef(false);

  const save = useCallback(
    async (explicit: boolean): Promise<void> => {
      while (inFlight.current) await inFlight.current;
      if (conflict.current) return;
      if (!explicit && changes.current === savedChanges.current) return;
      const at = changes.current;
      const run = (async () => {
        setStatus('saving');
        try {
          const saved = await api.call('drafts:save', {
            id,
            title: titleRef.current,
            doc: docRef.current,
            baseRevision: revision.current,
            explicit,
          });
          revision.current = saved.revision;
          savedChanges.current = at;
          setCounts(saved.counts);
          setSaveError(null);
          setStatus(changes.current === at ? 'saved' : 'dirty');
          onSaved();
        } catch (error) {
          const saved = otherSave(error);
          if (saved) {
            conflict.current = true;
            setOther(saved);
            setMine({ title: titleRef.current, doc: docRef.current });
            setStatus('conflict');
          } else {
            setSaveError(errorMessage(i18n, error));
            setStatus('error');
          }
        }
      })();
      inFlight.current = run;
      try {
        await run;
      } finally {
        inFlight.current = null;
      }
    },
    [id, i18n, onSaved],
  );

  const autosave = useDebouncedCallback(() => void save(false), { delay: AUTOSAVE_MS, flushOnUnmount: true });

  const changed = useCallback(() => {
    changes.current += 1;
    // While the two copies are compared, the editor's side shows what they type meanwhile.
    if (conflict.current) setMine({ title: titleRef.current, doc: docRef.current });
    else setStatus('dirty');
    autosave();
  }, [autosave]);

  const docChanged = useCallback(
    (doc: DraftDoc) => {
      docRef.current = doc;
      changed();
    },
    [changed],
  );

  const titleChanged = (value: string) => {
    setTitle(value);
    titleRef.current = value;
    changed();
  };

  const saveNow = useCallback(() => {
    autosave.cancel();
    void save(true).then(() => {
      if (!conflict.current && savedChanges.current === changes.current) notifySuccess(t('drafts.saved'), { id: 'draft-saved' });
    });
  }, [autosave, save, t]);

  /** Having compared, the editor keeps theirs: saved over the other copy, at the revision it left, keeping a version. */
  const keepMine = useCallback(() => {
    if (!other) return;
    autosave.cancel();
    revision.current = other.change.revision;
    conflict.current = false;
    setOther(null);
    setMine(null);
    void save(true);
  }, [autosave, other, save]);

  /** Before export: write what is on screen. */
  const flush = useCallback(async () => {
    autosave.cancel();
    await save(false);
  }, [autosave, save]);

  /** A restored version replaces what is on screen and counts as saved. */
  const restored = (version: Draft) => {
    autosave.cancel();
    revision.current = version.revision;
    docRef.current = version.doc;
    titleRef.current = version.title;
    setTitle(version.title);
    setCounts(version.counts);
    changes.current += 1;
    savedChanges.current = changes.current;
    setStatus('saved');
    onSaved();
  };

  return { title, counts, status, saveError, other, mine, docChanged, titleChanged, saveNow, flush, restored, keepMine };
}
