/** The one way a lookup by id says that what was asked for is not there. */
import { coreFailure, type CoreErrorReason } from '../../shared/core-errors';
import type { Story } from '../../shared/domain/story';
import { AppFailure } from '../../shared/result';

/** What is missing: a reason the UI says in its language with the id (['story_not_found', 12]), or a name for the CLI's English (`Job x`). */
export type Missing = readonly [CoreErrorReason, number] | string;

/** `value`, or a not_found failure naming what is missing and the input field that named it. */
export function need<T>(value: T | null | undefined, what: Missing, path?: string): T {
  if (value !== null && value !== undefined) return value;
  if (typeof what === 'string') throw new AppFailure('not_found', `${what} was not found; it may have been deleted.`, path);
  throw coreFailure('not_found', what[0], { id: what[1] }, path);
}

/** The stored story `id`, from the repositories or anything that looks stories up the same way; `path` is the input field that named it. */
export function needStory(stories: { get(id: number): Story | null }, id: number, path = 'storyId'): Story {
  return need(stories.get(id), ['story_not_found', id], path);
}
