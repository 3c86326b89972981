/** The import modal and the files chosen for it (button, Mod+O, drop). */
import { useCallback, useMemo, useRef, useState } from 'react';
import type { ImportMode } from './types';

const fileKey = (f: File) => `${f.name}:${f.size}:${f.lastModified}`;

export function useImportFiles() {
  const inputRef = useRef<HTMLInputElement>(null);
  const [modalOpened, setModalOpened] = useState(false);
  const [mode, setMode] = useState<ImportMode>('files');
  const [files, setFiles] = useState<File[]>([]);

  const addFiles = useCallback((incoming: File[]) => {
    if (incoming.length === 0) return;
    setFiles((now) => {
      const seen = new Set(now.map(fileKey));
      return [...now, ...incoming.filter((f) => !seen.has(fileKey(f)))];
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
  const clearFiles = useCallback(() => setFiles([]), []);

  return useMemo(
    () => ({ inputRef, modalOpened, mode, setMode, files, openImport, closeImport, chooseFiles, removeFile, clearFiles }),
    [modalOpened, mode, files, openImport, closeImport, chooseFiles, removeFile, clearFiles],
  );
}
