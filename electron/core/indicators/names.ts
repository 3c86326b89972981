/**
 * The indicator lexicon as editors see and extend it: listing with the names they taught,
 * teaching and forgetting names. Taught names live in indicator_names; the lookup is
 * loaded from there at start (core, CLI, jobs worker) and after every change, and the
 * targets are re-keyed so a target named by a taught name meets later figures.
 */
import { AppFailure } from '../../../shared/result';
import type { IndicatorEntry, IndicatorNameInput, LexiconPage, LexiconQuery } from '../../../shared/domain/lexicon';
import type { Repositories } from '../db/repositories';
import type { IndicatorName } from '../db/repositories/indicator-names';
import { INDICATORS, indicatorById, type Indicator } from '../metrics/lexicon/index';
import { editorNameClash, setEditorNames, type EditorNameClash } from '../metrics/lexicon/lookup';
import { toSimplified } from '../text/simplify';
import { quantityKey } from '../metrics/match-key';
import { invalidateMetricIndex } from '../check/metric-index';
import { nowIso } from '../clock';

/** Puts the archive's taught names into the lookup; call before anything reads figures. */
export function loadEditorNames(repos: Repositories): void {
  setEditorNames(repos.indicatorNames.all());
}

const foldForSearch = (text: string) => toSimplified(text.normalize('NFKC')).toLowerCase().replace(/\s+/g, ' ').trim();

let builtinHaystacks: Map<string, string> | null = null;
function haystackOf(indicator: Indicator): string {
  builtinHaystacks ??= new Map(INDICATORS.map((i) => [i.id, [i.id, ...i.zh, ...i.en].map(foldForSearch).join('\u0001')]));
  return builtinHaystacks.get(indicator.id) ?? '';
}

function entryOf(indicator: Indicator, taught: readonly IndicatorName[]): IndicatorEntry {
  return {
    id: indicator.id,
    zh: [...indicator.zh],
    en: [...indicator.en],
    measure: indicator.measure,
    unitClass: indicator.unitClass,
    statistic: indicator.statistic,
    better: indicator.better,
    domain: indicator.domain,
    source: indicator.source,
    editorNames: taught.map((n) => ({ language: n.language, name: n.name })),
  };
}

/** A page of indicators in lexicon order, filtered by any part of any name and by domain. */
export function listIndicators(repos: Repositories, { query, domain, limit, offset }: LexiconQuery): LexiconPage {
  const taught = new Map<string, IndicatorName[]>();
  for (const name of repos.indicatorNames.all()) {
    const list = taught.get(name.indicatorId);
    if (list) list.push(name);
    else taught.set(name.indicatorId, [name]);
  }
  const needle = query ? foldForSearch(query) : '';
  const matching = INDICATORS.filter((indicator) => {
    if (domain && indicator.domain !== domain) return false;
    if (!needle) return true;
    if (haystackOf(indicator).includes(needle)) return true;
    return (taught.get(indicator.id) ?? []).some((n) => foldForSearch(n.name).includes(needle));
  });
  return {
    total: matching.length,
    items: matching.slice(offset, offset + limit).map((indicator) => entryOf(indicator, taught.get(indicator.id) ?? [])),
  };
}

function needIndicator(id: string): Indicator {
  const indicator = indicatorById(id);
  if (!indicator) throw new AppFailure('not_found', `The lexicon has no indicator "${id}".`, 'indicatorId');
  return indicator;
}

const label = (id: string) => {
  const indicator = indicatorById(id);
  return indicator ? `${indicator.zh[0]} / ${indicator.en[0]} (${id})` : id;
};

function refusal(input: IndicatorNameInput, clash: EditorNameClash): AppFailure {
  switch (clash.reason) {
    case 'unknown_indicator':
      return new AppFailure('not_found', `The lexicon has no indicator "${input.indicatorId}".`, 'indicatorId');
    case 'empty':
      return new AppFailure('invalid_input', `"${input.name}" has no letters or characters to match on.`, 'name');
    case 'builtin':
      return new AppFailure(
        'conflict',
        clash.indicatorId === input.indicatorId
          ? `"${input.name}" is already a name of ${label(clash.indicatorId)}.`
          : `"${input.name}" is already a name of ${label(clash.indicatorId)}; a name can stand for one indicator only.`,
        'name',
      );
    case 'editor':
      return new AppFailure('conflict', `"${input.name}" was already taught as a name of ${label(clash.indicatorId)}.`, 'name');
  }
}

/**
 * Runs a change of the taught names in one transaction, after which the lookup, the
 * targets' stored keys and the checker's key index follow the names. When the change is
 * rolled back, the lookup goes back to what the archive holds.
 */
function changeNames(repos: Repositories, change: () => void): void {
  try {
    repos.transaction(() => {
      change();
      loadEditorNames(repos);
      repos.targets.rekey((t) => quantityKey(t));
    });
  } catch (error) {
    loadEditorNames(repos);
    throw error;
  } finally {
    invalidateMetricIndex(repos);
  }
}

function entryNow(repos: Repositories, indicator: Indicator): IndicatorEntry {
  return entryOf(indicator, repos.indicatorNames.byIndicator(indicator.id));
}

/** Teaches an indicator a name; refused when the name is empty once folded or already names an indicator. */
export function addIndicatorName(repos: Repositories, input: IndicatorNameInput): IndicatorEntry {
  const indicator = needIndicator(input.indicatorId);
  changeNames(repos, () => {
    const clash = editorNameClash(input, repos.indicatorNames.all());
    if (clash) throw refusal(input, clash);
    const same = repos.indicatorNames.find(input.language, input.name);
    if (same) throw refusal(input, { reason: 'editor', indicatorId: same.indicatorId, folded: input.name });
    repos.indicatorNames.add(input, nowIso());
  });
  return entryNow(repos, indicator);
}

/** Forgets a taught name; built-in names cannot be removed. */
export function removeIndicatorName(repos: Repositories, input: IndicatorNameInput): IndicatorEntry {
  const indicator = needIndicator(input.indicatorId);
  changeNames(repos, () => {
    if (!repos.indicatorNames.remove(input.indicatorId, input.language, input.name)) {
      const builtin = indicator[input.language].includes(input.name);
      throw new AppFailure(
        builtin ? 'forbidden' : 'not_found',
        builtin ? `"${input.name}" is a built-in name of ${label(indicator.id)} and cannot be removed.` : `"${input.name}" is not a taught name of ${label(indicator.id)}.`,
        'name',
      );
    }
  });
  return entryNow(repos, indicator);
}
