import { afterEach, describe, expect, it } from 'vitest';
import { queueActionFor, type QueueAction } from './queueKeys';

/** A keydown as the window sees it, from `target` (the page body unless told). */
function keydown(key: string, init: KeyboardEventInit = {}, target: HTMLElement = document.body): KeyboardEvent {
  const event = new KeyboardEvent('keydown', { key, bubbles: true, cancelable: true, ...init });
  Object.defineProperty(event, 'target', { value: target });
  return event;
}

/** The page holding one element made from `html` (parsed, never assigned as HTML). */
function element(html: string): HTMLElement {
  const parsed = new DOMParser().parseFromString(html, 'text/html').body.firstElementChild as HTMLElement;
  document.body.replaceChildren(document.adoptNode(parsed));
  return document.body.firstElementChild as HTMLElement;
}

afterEach(() => {
  document.body.replaceChildren();
});

describe('the review queue keys', () => {
  it.each<[string, QueueAction]>([
    ['j', 'next'],
    ['ArrowDown', 'next'],
    ['k', 'previous'],
    ['ArrowUp', 'previous'],
    ['c', 'confirm'],
    ['x', 'reject'],
    ['e', 'edit'],
    ['Enter', 'open'],
  ])('%s does %s', (key, action) => {
    expect(queueActionFor(keydown(key))).toBe(action);
  });

  it.each([['a'], ['C'], ['Escape'], ['toString'], ['constructor']])('%s does nothing', (key) => {
    expect(queueActionFor(keydown(key))).toBeNull();
  });

  it.each<[string, KeyboardEventInit]>([
    ['Ctrl', { ctrlKey: true }],
    ['Cmd', { metaKey: true }],
    ['Alt', { altKey: true }],
  ])('leaves c with %s held to the browser', (_name, init) => {
    expect(queueActionFor(keydown('c', init))).toBeNull();
  });

  it.each([['<input />'], ['<textarea></textarea>'], ['<select></select>'], ['<div contenteditable="true"></div>']])('types c into %s rather than confirming', (html) => {
    const field = element(html);
    if (field.hasAttribute('contenteditable')) Object.defineProperty(field, 'isContentEditable', { value: true });
    expect(queueActionFor(keydown('c', {}, field))).toBeNull();
  });

  it('does nothing while a dialog is open', () => {
    element('<div role="dialog"></div>');
    expect(queueActionFor(keydown('x'))).toBeNull();
  });

  it('lets Enter on a focused link or button do its own thing, but moves on j there', () => {
    const link = element('<a href="#/x"><span>story</span></a>');
    expect(queueActionFor(keydown('Enter', {}, link.firstElementChild as HTMLElement))).toBeNull();
    expect(queueActionFor(keydown('j', {}, link))).toBe('next');
  });
});
