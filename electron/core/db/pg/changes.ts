/**
 * The team archive's change feed: every write to annotations and drafts is announced on
 * the channel `fd_changes` (migration 0016's triggers, delivered when the write commits),
 * and an open app listens to hear other editors' changes within a moment.
 *
 * LISTEN belongs to one session, so the feed holds a dedicated client of its own rather
 * than a pooled one (a pool hands its connections to whoever asks next). A connection the
 * server drops (a restart, a network cut, an administrator) is opened again after a pause
 * that grows with each failure, and LISTEN is said again; what was written meanwhile was
 * not heard, so `onResumed` tells the app to read again what it shows.
 */
import pg from 'pg';
import { z } from 'zod';

export const CHANGE_CHANNEL = 'fd_changes';

const Announced = z.object({
  schema: z.string(),
  table: z.enum(['annotations', 'drafts']),
  op: z.enum(['insert', 'update', 'delete']),
  id: z.number().int(),
  revision: z.number().int(),
  by: z.string(),
});

/** One write another app (or this one) made: which row, its revision after it, and who made it. */
export type ArchiveChange = Omit<z.infer<typeof Announced>, 'schema'>;

export interface ChangeFeedOptions {
  /** Called with each change written to this archive. */
  onChange(change: ArchiveChange): void;
  /** Called once listening again after the connection was lost: changes made meanwhile were not heard. */
  onResumed?(): void;
  /** Called when the connection is lost or cannot be opened; the feed keeps trying. */
  onError?(error: Error): void;
  /** The first pause before opening the connection again, doubling to `maxRetryMs` (defaults: 250 ms, 10 s). */
  retryMs?: number;
  maxRetryMs?: number;
}

export interface ChangeFeed {
  /** Settles when the feed first listens (rejects when its first connection fails; it keeps trying). */
  ready: Promise<void>;
  close(): Promise<void>;
}

/**
 * Listens to the archive at `config` (the URL or node-postgres options its pool was made
 * with, so the same search_path and so the same archive). Announcements of other archives
 * in the same database (another schema) are not this archive's and are left out.
 */
export function listenForChanges(config: string | pg.ClientConfig, options: ChangeFeedOptions): ChangeFeed {
  const base = options.retryMs ?? 250;
  const max = options.maxRetryMs ?? 10_000;
  let closed = false;
  let client: pg.Client | null = null;
  let retry: NodeJS.Timeout | null = null;
  let pause = base;
  let listenedOnce = false;

  const hear = (schema: string) => (message: pg.Notification) => {
    if (message.channel !== CHANGE_CHANNEL || !message.payload) return;
    let parsed;
    try {
      parsed = Announced.safeParse(JSON.parse(message.payload));
    } catch {
      return;
    }
    // An announcement this version cannot read (a newer app's) is not a change it can show.
    if (!parsed.success || parsed.data.schema !== schema) return;
    const { schema: _schema, ...change } = parsed.data;
    options.onChange(change);
  };

  const lost = (from: pg.Client) => (error?: Error) => {
    if (client !== from) return;
    client = null;
    from.removeAllListeners('notification');
    void from.end().catch(() => {});
    if (error) options.onError?.(error);
    if (closed) return;
    retry = setTimeout(() => {
      retry = null;
      void open().catch(() => {});
    }, pause);
    pause = Math.min(pause * 2, max);
  };

  async function open(): Promise<void> {
    const next = new pg.Client(config);
    client = next;
    const onLost = lost(next);
    next.on('error', onLost);
    next.on('end', () => onLost(new Error('The team archive closed the change feed connection.')));
    try {
      await next.connect();
      const { rows } = await next.query<{ schema: string }>('SELECT current_schema() AS schema');
      next.on('notification', hear(rows[0]!.schema));
      await next.query(`LISTEN ${CHANGE_CHANNEL}`);
    } catch (error) {
      onLost(error as Error);
      throw error;
    }
    if (closed) {
      await next.end().catch(() => {});
      return;
    }
    pause = base;
    if (listenedOnce) options.onResumed?.();
    listenedOnce = true;
  }

  const ready = open();
  // Awaiting `ready` is the caller's choice; a first failure is retried either way.
  ready.catch(() => {});
  return {
    ready,
    async close() {
      closed = true;
      if (retry) clearTimeout(retry);
      const current = client;
      client = null;
      if (current) {
        current.removeAllListeners('notification');
        await current.end().catch(() => {});
      }
    },
  };
}
