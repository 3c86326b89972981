import { homedir } from 'node:os';
import { join } from 'node:path';

/**
 * The per-OS application data folder, the same one Electron's app.getPath('userData')
 * uses for "Figure Desk", so the app, the CLI and browser mode share one archive.
 */
export function defaultDataDir(env: NodeJS.ProcessEnv = process.env, platform: NodeJS.Platform = process.platform): string {
  if (platform === 'win32') return join(env.APPDATA ?? join(homedir(), 'AppData', 'Roaming'), 'Figure Desk');
  if (platform === 'darwin') return join(homedir(), 'Library', 'Application Support', 'Figure Desk');
  return join(env.XDG_CONFIG_HOME ?? join(homedir(), '.config'), 'Figure Desk');
}

/** --db FILE wins, then FIGURE_DESK_DB, then the per-OS default. */
export function resolveDbPath(flag: string | undefined, env: NodeJS.ProcessEnv = process.env): string {
  return flag ?? env.FIGURE_DESK_DB ?? join(defaultDataDir(env), 'archive.db');
}
