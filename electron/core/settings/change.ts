import { statSync } from 'node:fs';
import type { Settings } from '../../../shared/domain/settings';
import { AppFailure } from '../../../shared/result';
import { writeSettings, type SettingsDeps } from './index';

function assertFolder(path: string): void {
  let ok = false;
  try {
    ok = statSync(path).isDirectory();
  } catch {
    ok = false;
  }
  if (!ok) throw new AppFailure('invalid_input', `The watched folder "${path}" does not exist or is not a folder. Choose an existing folder.`, 'watchFolder');
}

/** The editor's change to settings, refused whole when the watched folder it names is not a folder. */
export function changeSettings(deps: SettingsDeps, patch: Partial<Settings>): Promise<Settings> {
  if (patch.watchFolder) assertFolder(patch.watchFolder);
  return writeSettings(deps, patch);
}
