/** The one way a lookup by id says that what was asked for is not there. */
import type { Story } from '../../shared/domain/story';
import { AppFailure } from '../../shared/result';

/** `value`, or a not_found failure naming what is missing (`Story 12`) and the input field that named it. */
export function need<T>(value: T | null | undefined, what: string, path?: string): T {
  if (value === null || value === undefined) throw new AppFailure('not_found', `${what} was not found; it may have been deleted.`, path);
  return value;
}

/** The stored story `id`, from the repositories or anything that looks stories up the same way; `path` is the input field that named it. */
export function needStory(stories: { get(id: number): Story | null }, id: number, path = 'storyId'): Story {
  return need(stories.get(id), `Story ${id}`, path);
}
