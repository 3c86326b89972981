/** The review queue's bare keys, as a table: key → what it does to the selected figure. */
export type QueueAction = 'next' | 'previous' | 'confirm' | 'reject' | 'edit' | 'open';

export const QUEUE_KEYS: Readonly<Record<string, QueueAction>> = {
  j: 'next',
  ArrowDown: 'next',
  k: 'previous',
  ArrowUp: 'previous',
  c: 'confirm',
  x: 'reject',
  e: 'edit',
  Enter: 'open',
};

export function isTyping(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName);
}

/**
 * The action a keydown asks for, or null. Bare keys only, so not while typing, with a
 * modifier, or with a dialog open; Enter on a focused link or button does that element's own thing.
 */
export function queueActionFor(event: KeyboardEvent): QueueAction | null {
  if (event.defaultPrevented || event.ctrlKey || event.metaKey || event.altKey) return null;
  if (isTyping(event.target) || document.querySelector('[role="dialog"]')) return null;
  const action = Object.hasOwn(QUEUE_KEYS, event.key) ? QUEUE_KEYS[event.key]! : null;
  if (action === 'open' && (event.target as HTMLElement | null)?.closest?.('a, button')) return null;
  return action;
}
