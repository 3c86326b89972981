import { createHash } from 'node:crypto';
import type { ParsedStory } from '../../../shared/domain/story';

/**
 * Dedupe key: the same story imported from a .txt and a .pdf differs only in whitespace,
 * so all whitespace runs collapse to one space before hashing.
 */
export function contentHash(story: Pick<ParsedStory, 'headline' | 'body'>): string {
  const norm = (s: string) => s.normalize('NFC').replace(/\s+/g, ' ').trim();
  return createHash('sha256').update(`${norm(story.headline)}\n${norm(story.body)}`, 'utf8').digest('hex');
}
