import type { Repositories } from '../db/repositories';
import { quantityKey } from '../metrics/match-key';
import { KEY_VERSION } from '../metrics/key';
import { loadEditorNames } from '../indicators/names';

const KEY_VERSION_SETTING = 'metricKeyVersion';

/**
 * Targets store the key they are matched by; when the lexicon or the way keys are made
 * changes, an archive made earlier is re-keyed once, so its targets meet new figures.
 */
export function rekeyTargets(repos: Repositories): void {
  if (repos.settings.all()[KEY_VERSION_SETTING] === KEY_VERSION) return;
  repos.targets.rekey((t) => quantityKey(t));
  repos.settings.set(KEY_VERSION_SETTING, KEY_VERSION);
}


/** Before an archive's figures are read or checked: the names its editors taught, then keys that use them. */
export function openIndicatorKeys(repos: Repositories): void {
  loadEditorNames(repos);
  rekeyTargets(repos);
}
