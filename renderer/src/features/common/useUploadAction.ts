/**
 * What a row of "export" / "upload a file" buttons in Settings needs: which action is running
 * (one at a time, so the others are disabled), a failure said as a notice rather than thrown,
 * and hidden file inputs that hand over the picked file and clear themselves, so picking the
 * same file again is seen as a new pick.
 */
import { useRef, useState, type ChangeEvent, type RefObject } from 'react';
import { useI18n } from '../../i18n';
import { notifyError } from './notify';

interface UploadActionOptions<A extends string> {
  /** The notice's title when `action` fails; the generic "Error" when not given. */
  failureTitle?: (action: A) => string | undefined;
  /** After every action, whatever its outcome (reload a list, clear a progress line). */
  onSettled?: () => void;
}

export interface UploadAction<A extends string> {
  /** The action running now, or null. */
  busy: A | null;
  run(action: A, work: () => Promise<void>): Promise<void>;
}

export function useUploadAction<A extends string>(options: UploadActionOptions<A> = {}): UploadAction<A> {
  const i18n = useI18n();
  const [busy, setBusy] = useState<A | null>(null);
  const run = async (action: A, work: () => Promise<void>) => {
    setBusy(action);
    try {
      await work();
    } catch (error) {
      notifyError(i18n, error, options.failureTitle?.(action));
    } finally {
      setBusy(null);
      options.onSettled?.();
    }
  };
  return { busy, run };
}

export interface FilePicker {
  /** Opens the system's file chooser. */
  open(): void;
  /** Spread onto a hidden `<input type="file">`. */
  inputProps: {
    ref: RefObject<HTMLInputElement | null>;
    type: 'file';
    hidden: true;
    onChange(event: ChangeEvent<HTMLInputElement>): void;
  };
}

/** A hidden file input that hands its one picked file to `onFile`. */
export function useFilePicker(onFile: (file: File) => void): FilePicker {
  const ref = useRef<HTMLInputElement>(null);
  return {
    open: () => ref.current?.click(),
    inputProps: {
      ref,
      type: 'file',
      hidden: true,
      onChange: (event) => {
        const file = event.currentTarget.files?.[0];
        event.currentTarget.value = '';
        if (file) onFile(file);
      },
    },
  };
}
