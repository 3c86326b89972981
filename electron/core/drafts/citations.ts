import type { CitationAttrs, CitationSnapshot, DraftDoc, StaleCitation } from '../../../shared/domain/draft';
import type { Figure } from '../../../shared/domain/figure';
import type { Story } from '../../../shared/domain/story';
import type { StoryStore } from '../db/repositories/types';
import { visitText } from './text';

/** The cited thing as it stands now, or null when it is gone. */
export type CitationLookup = (citation: CitationAttrs) => CitationSnapshot | null;

const norm = (s: string) => s.normalize('NFKC').replace(/\s+/g, ' ').trim();

/**
 * Citations whose source changed since they were made: the figure's value or quote was
 * corrected, the target's status moved, or the figure/story is gone. One entry per
 * citation even when marks split its text into several nodes.
 */
export function staleCitations(doc: DraftDoc, lookup: CitationLookup): StaleCitation[] {
  const out: StaleCitation[] = [];
  let prev: { key: string; parent: string; entry: StaleCitation | null } | null = null;
  visitText(doc, (node, path) => {
    const mark = node.marks?.find((m) => m.type === 'citation');
    if (!mark || mark.type !== 'citation') {
      prev = null;
      return;
    }
    const key = JSON.stringify(mark.attrs);
    const parent = path.slice(0, -1).join('.');
    const last = prev as { key: string; parent: string; entry: StaleCitation | null } | null;
    if (last && last.key === key && last.parent === parent) {
      if (last.entry) last.entry.text += node.text;
      return;
    }
    const entry = check(mark.attrs, node.text, path, lookup);
    if (entry) out.push(entry);
    prev = { key, parent, entry };
  });
  return out;
}

function check(attrs: CitationAttrs, text: string, path: number[], lookup: CitationLookup): StaleCitation | null {
  const current = lookup(attrs);
  const snap = attrs.snapshot;
  const flag = (reason: StaleCitation['reason']): StaleCitation => ({ path, text, attrs, reason, current });
  if (!current) return flag('missing');
  if (snap.value != null && current.value != null && snap.value !== current.value) return flag('value_changed');
  if (snap.unit != null && current.unit != null && snap.unit !== current.unit) return flag('value_changed');
  if (norm(snap.quote) !== '' && current.quote !== undefined && norm(snap.quote) !== norm(current.quote)) return flag('quote_changed');
  if (snap.status != null && current.status != null && snap.status !== current.status) return flag('status_changed');
  return null;
}

export interface CitationSources {
  stories: { get(id: number): Story | null };
  figures: { get(id: number): Figure | null };
  targets?: { get(id: number): { value: number; unit: string; quote: string; status: string } | null };
}

/**
 * A lookup over the archive. A citation of a figure compares with the figure; of a
 * target, with the target; of a story alone, with whether the quoted words are still in it.
 */
export function citationLookup(sources: CitationSources): CitationLookup {
  return (c) => {
    if (c.figureId != null) {
      const f = sources.figures.get(c.figureId);
      return f ? { quote: f.quote, value: f.value, unit: f.unit } : null;
    }
    if (c.targetId != null) {
      const t = sources.targets?.get(c.targetId);
      return t ? { quote: t.quote, value: t.value, unit: t.unit, status: t.status } : null;
    }
    const story = sources.stories.get(c.storyId);
    if (!story) return null;
    const quote = c.snapshot.quote;
    if (quote === '' || norm(story.body).includes(norm(quote)) || norm(story.headline).includes(norm(quote))) return { quote };
    return { quote: '' };
  };
}

/** What the archive's lookup reads: stories through their store; figures and targets, not on the storage interfaces yet, through their repositories. */
export interface ArchiveCitationSources {
  stores: { stories: Pick<StoryStore, 'get'> };
  figures: CitationSources['figures'];
  targets: NonNullable<CitationSources['targets']>;
}

/**
 * The lookup over the archive for one doc. The stories its citations of a story alone quote
 * are read from the story store up front, once each, so the lookup stays synchronous as
 * staleCitations (and its tests, with plain lookups) call it.
 */
export async function archiveCitationLookup(archive: ArchiveCitationSources, doc: DraftDoc): Promise<CitationLookup> {
  const storyIds = new Set<number>();
  visitText(doc, (node) => {
    for (const mark of node.marks ?? []) {
      if (mark.type === 'citation' && mark.attrs.figureId == null && mark.attrs.targetId == null) storyIds.add(mark.attrs.storyId);
    }
  });
  const stories = new Map<number, Story | null>();
  for (const id of storyIds) stories.set(id, await archive.stores.stories.get(id));
  return citationLookup({ stories: { get: (id) => stories.get(id) ?? null }, figures: archive.figures, targets: archive.targets });
}
