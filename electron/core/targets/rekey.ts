import type { Repositories } from '../db/repositories';
import { quantityKey } from '../metrics/match-key';
import { KEY_VERSION } from '../metrics/key';
import { loadEditorNames } from '../indicators/names';

const KEY_VERSION_SETTING = 'metricKeyVersion';

/**
 * Targets store the key they are matched by; when the lexicon or the way keys are made
 * changes, an archive made earlier is re-keyed once, so its targets meet new figures.
 */
export async function rekeyTargets(repos: Repositories): Promise<void> {
  const { settings } = repos.stores;
  if ((await settings.all())[KEY_VERSION_SETTING] === KEY_VERSION) return;
  repos.targets.rekey((t) => quantityKey(t));
  await settings.set(KEY_VERSION_SETTING, KEY_VERSION);
}


/** Before an archive's figures are read or checked: the names its editors taught, then keys that use them. */
export async function openIndicatorKeys(repos: Repositories): Promise<void> {
  loadEditorNames(repos);
  await rekeyTargets(repos);
}
