import { DEFAULT_SETTINGS, Settings } from '../../../shared/domain/settings';
import type { Repositories } from '../db/repositories';
import { cityInPublicationName } from '../metrics/publication-place';

/** Stored settings over the defaults; values this version cannot read fall back to defaults. */
export function readSettings(repos: Repositories): Settings {
  const stored = repos.settings.all();
  const merged = { ...DEFAULT_SETTINGS, ...stored };
  const parsed = Settings.safeParse(merged);
  if (parsed.success) return parsed.data;
  const out: Record<string, unknown> = { ...DEFAULT_SETTINGS };
  for (const key of Object.keys(DEFAULT_SETTINGS) as Array<keyof Settings>) {
    const field = Settings.shape[key].safeParse(stored[key]);
    if (field.success) out[key] = field.data;
  }
  return out as Settings;
}

export function writeSettings(repos: Repositories, patch: Partial<Settings>): Settings {
  repos.transaction(() => {
    for (const [key, value] of Object.entries(patch)) if (value !== undefined) repos.settings.set(key, value);
  });
  return readSettings(repos);
}

/** The city that 我市/全市 mean in a publication's stories: as the editor or the defaults say, else as its name says (杭州日报). */
export function cityFor(repos: Repositories, publication: string | null): string | null {
  if (!publication) return null;
  return readSettings(repos).publicationCities[publication] ?? cityInPublicationName(publication);
}
