/**
 * Main's side of picked files: a path from the page is opened only if the preload resolved
 * it from a File the editor chose or dropped, and main found it to be a readable regular
 * file within the import limit. Plain Node (no electron import), so it is tested as such.
 */
import { constants } from 'node:fs';
import { access, stat } from 'node:fs/promises';
import { basename, isAbsolute, resolve } from 'node:path';
import type { PickedFile } from '../../shared/picked-files';
import { fileErrorText, type FileErrorParams, type FileReason } from '../../shared/file-errors';
import type { AppError, ErrorCode } from '../../shared/result';
import { DEFAULT_MAX_BYTES } from '../core/archive/parse';
import { fileSystemImportError, megabytes, specialKind } from '../core/archive/read-file';

/** The inputs that name files on this machine, and where the paths sit in them. */
const PATH_SOURCES: Record<string, (input: unknown) => string[]> = {
  'archive:import': sourcePaths,
  'archive:preview': sourcePaths,
};

/** How many checked paths are remembered; an editor picks a few hundred files at most at once. */
const MAX_GRANTS = 10_000;

function sourcePaths(input: unknown): string[] {
  const sources = (input as { sources?: unknown } | null)?.sources;
  if (!Array.isArray(sources)) return [];
  return sources.flatMap((source: unknown) => {
    const { kind, path } = (source ?? {}) as { kind?: unknown; path?: unknown };
    return kind === 'path' && typeof path === 'string' ? [path] : [];
  });
}

function fileError(code: ErrorCode, reason: FileReason, params: FileErrorParams, path: string): AppError {
  return { code, message: fileErrorText(reason, params, 'en'), reason, params, path };
}

/** Why a picked path may not be imported, or null when it is a readable regular file within the limit. */
export async function pickedFileProblem(path: string, maxBytes = DEFAULT_MAX_BYTES): Promise<AppError | null> {
  const name = `“${basename(path)}”`;
  if (!isAbsolute(path)) return fileError('invalid_input', 'missing', { name }, path);
  try {
    const info = await stat(path);
    const kind = specialKind(info);
    if (kind === 'directory') return fileError('invalid_input', 'is_folder', { name }, path);
    if (kind) return fileError('invalid_input', 'not_a_file', { name, kind }, path);
    if (info.size > maxBytes) return fileError('invalid_input', 'too_large', { name, size: megabytes(info.size), limit: megabytes(maxBytes) }, path);
    await access(path, constants.R_OK);
    return null;
  } catch (error) {
    const failure = fileSystemImportError(error, name, path);
    return failure.detail
      ? fileError('invalid_input', failure.detail.reason, failure.detail.params, path)
      : { code: 'invalid_input', message: failure.message, path };
  }
}

/** The paths this window's editor picked, checked. */
export class PickedFiles {
  private readonly granted = new Set<string>();

  constructor(private readonly maxBytes = DEFAULT_MAX_BYTES) {}

  /** Checks each path the preload found for a chosen file; the good ones may then be imported. */
  async pick(paths: unknown): Promise<PickedFile[]> {
    if (!Array.isArray(paths)) return [];
    return Promise.all(
      paths.map(async (raw: unknown): Promise<PickedFile> => {
        const path = typeof raw === 'string' ? raw : '';
        const problem = await pickedFileProblem(path, this.maxBytes);
        if (problem) return { kind: 'refused', error: problem };
        this.grant(resolve(path));
        return { kind: 'path', path };
      }),
    );
  }

  /** The refusal for an input naming a file the editor did not pick here, or null. */
  refusal(channel: string, input: unknown): AppError | null {
    const unpicked = (PATH_SOURCES[channel]?.(input) ?? []).find((path) => !this.granted.has(resolve(path)));
    if (unpicked === undefined) return null;
    const params = { name: `“${basename(unpicked)}”` };
    return { code: 'forbidden', message: fileErrorText('not_picked', params, 'en'), reason: 'not_picked', params, path: 'sources[].path' };
  }

  private grant(path: string): void {
    this.granted.delete(path);
    this.granted.add(path);
    if (this.granted.size > MAX_GRANTS) this.granted.delete(this.granted.values().next().value as string);
  }
}
