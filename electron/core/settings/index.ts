import { DEFAULT_SETTINGS, Settings } from '../../../shared/domain/settings';
import type { StoresOf } from '../db/repositories/types';
import { cityInPublicationName } from '../metrics/publication-place';

/** Settings are written against the storage interfaces: any engine's settings store will do. */
export interface SettingsDeps {
  stores: StoresOf<'settings'>;
}

/** Stored settings over the defaults; values this version cannot read fall back to defaults. */
export async function readSettings({ stores }: SettingsDeps): Promise<Settings> {
  const stored = await stores.settings.all();
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

export async function writeSettings({ stores }: SettingsDeps, patch: Partial<Settings>): Promise<Settings> {
  await stores.transaction(async (tx) => {
    for (const [key, value] of Object.entries(patch)) if (value !== undefined) await tx.settings.set(key, value);
  });
  return readSettings({ stores });
}

/** The city that 我市/全市 mean in a publication's stories. */
export type CityOf = (publication: string | null) => string | null;

/** As `settings` say (the editor's or the defaults' city for a paper), else as the paper's name says (杭州日报). */
export function cityOf(settings: Pick<Settings, 'publicationCities'>): CityOf {
  return (publication) => (publication ? (settings.publicationCities[publication] ?? cityInPublicationName(publication)) : null);
}

/**
 * The cities as the archive's settings say now. Figures are read page by page and story by
 * story, so callers read this once per job or request and pass it down, rather than asking
 * the settings store (a round trip on a server engine) for every page or story.
 */
export async function readCityOf(deps: SettingsDeps): Promise<CityOf> {
  return cityOf(await readSettings(deps));
}
