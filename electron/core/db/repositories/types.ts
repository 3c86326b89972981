/**
 * The storage interfaces: what a domain written against them may ask of any storage engine.
 * Every method returns a promise, so a server database (PostgreSQL, for the team archive)
 * can implement them without changing a caller; the SQLite implementation resolves at once
 * (db/sqlite-stores.ts). Domains move onto them one at a time; drafts come first.
 */
import type { DraftDoc, DraftLanguage, VersionReason } from '../../../../shared/domain/draft';
import type { DraftRow, DraftVersionRow } from './drafts';

export type { DraftRow, DraftVersionRow };

/** Drafts and their version history. */
export interface DraftStore {
  /** Returns the new draft's id; its revision starts at 1. */
  insert(draft: { title: string; language: DraftLanguage; doc: DraftDoc }, now: string): Promise<number>;
  get(id: number): Promise<DraftRow | null>;
  /** Most recently updated first. */
  list(offset: number, limit: number): Promise<DraftRow[]>;
  count(): Promise<number>;
  /** Every draft's id, oldest first. */
  allIds(): Promise<number[]>;
  /** Writes title and doc and returns the new revision. */
  update(id: number, fields: { title: string; doc: DraftDoc }, now: string): Promise<number>;
  delete(id: number): Promise<boolean>;
  /** Keeps a version signed by the editor now writing (Settings' name, else the system's); returns its id. */
  addVersion(version: { draftId: number; title: string; doc: DraftDoc; reason: VersionReason }, now: string): Promise<number>;
  /** Newest first. */
  versions(draftId: number, limit: number): Promise<DraftVersionRow[]>;
  version(id: number): Promise<DraftVersionRow | null>;
  latestVersion(draftId: number): Promise<DraftVersionRow | null>;
}

/**
 * The stores a converted domain receives. `transaction(fn)` runs `fn` with the stores bound
 * to one write transaction: all its writes land, or (when it throws) none. Use the `tx` it
 * hands over inside `fn`: an engine with a pool of connections binds the transaction to it.
 */
export interface Stores {
  drafts: DraftStore;
  transaction<T>(fn: (tx: Stores) => Promise<T>): Promise<T>;
}

/**
 * Some of the stores with `transaction` over just those: what a domain asks for, so an
 * engine that implements only these (PostgreSQL, as domains move) can serve it.
 */
export type StoresOf<K extends Exclude<keyof Stores, 'transaction'>> = Pick<Stores, K> & {
  transaction<T>(fn: (tx: StoresOf<K>) => Promise<T>): Promise<T>;
};
