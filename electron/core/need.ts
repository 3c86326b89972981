/** The one way a lookup by id says that what was asked for is not there. */
import { coreFailure, type CoreErrorReason } from '../../shared/core-errors';
import type { Story } from '../../shared/domain/story';

/**
 * `value`, or a not_found failure with the reason the UI says in its language
 * (`'story_not_found'`), the id that was looked up, and the input field that named it.
 */
export function need<T>(value: T | null | undefined, reason: CoreErrorReason, id: number | string, path?: string): T {
  if (value !== null && value !== undefined) return value;
  throw coreFailure('not_found', reason, { id }, path);
}

/** The stored story `id`, from the story store or anything that looks stories up the same way; `path` is the input field that named it. */
export async function needStory(stories: { get(id: number): Promise<Story | null> }, id: number, path = 'storyId'): Promise<Story> {
  return need(await stories.get(id), 'story_not_found', id, path);
}
