/**
 * The renderer's one client for the core, over either transport:
 * - Electron IPC, through the `window.figureDesk` bridge the preload exposes;
 * - the HTTP bridge in browser mode (POST /api/<channel>, events over SSE).
 * Calls are typed from shared/contract.ts; `{ok:false}` becomes a thrown ApiError.
 */
import { contract, events, type Channel, type EventName, type EventOf, type InputOf, type OutputOf } from '../../shared/contract';
import type { AppError, ErrorCode, Result } from '../../shared/result';
import type { PickedFile } from '../../shared/picked-files';
import { batchingCaller, isResult } from './httpCalls';

export interface FigureDeskBridge {
  call(channel: string, input: unknown): Promise<Result<unknown>>;
  subscribe(event: string, listener: (payload: unknown) => void): () => void;
  /** Files the editor chose or dropped, by path, as main checked them (electron/main/picked-files.ts). */
  pickFiles?(files: File[]): Promise<PickedFile[]>;
  transport: 'ipc';
}

declare global {
  interface Window {
    figureDesk?: FigureDeskBridge;
  }
}

export class ApiError extends Error {
  readonly code: ErrorCode;
  readonly path: string | undefined;
  readonly params: Record<string, string | number> | undefined;
  readonly channel: string;
  /** A reason the UI says in the editor's language (shared/file-errors.ts), with its parameters. */
  readonly reason: string | undefined;

  constructor(error: AppError, channel: string) {
    super(error.message);
    this.name = 'ApiError';
    this.code = error.code;
    this.path = error.path;
    this.params = error.params;
    this.channel = channel;
    this.reason = error.reason;
  }
}

export function isApiError(error: unknown): error is ApiError {
  return error instanceof ApiError;
}

interface Transport {
  kind: 'ipc' | 'http';
  call(channel: string, input: unknown): Promise<Result<unknown>>;
  subscribe(event: string, listener: (payload: unknown) => void): () => void;
  /** Called when the event stream is back after a drop, so a listener can ask for what it missed. */
  onReconnect(listener: () => void): () => void;
}

function ipcTransport(bridge: FigureDeskBridge): Transport {
  return {
    kind: 'ipc',
    call: (channel, input) => bridge.call(channel, input),
    subscribe: (event, listener) => bridge.subscribe(event, listener),
    // IPC events do not drop: the window and main live and die together.
    onReconnect: () => () => undefined,
  };
}

/** EventSource.CLOSED: the browser gave up on the stream (it was refused) and will not retry by itself. */
const STREAM_CLOSED = 2;
const FIRST_RETRY_MS = 1000;
const MAX_RETRY_MS = 30_000;

function readToken(): string {
  const meta = document.querySelector<HTMLMetaElement>('meta[name="figure-desk-token"]');
  return meta?.content ?? '';
}

function httpTransport(): Transport {
  const token = readToken();
  const listeners = new Map<string, Set<(payload: unknown) => void>>();
  const reconnectListeners = new Set<() => void>();
  let source: EventSource | null = null;
  /** Set when the stream dropped; the next open is a reconnect, and listeners resync. */
  let dropped = false;
  let retryMs = FIRST_RETRY_MS;
  let retryTimer: ReturnType<typeof setTimeout> | null = null;

  const deliver = (message: MessageEvent<string>) => {
    let parsed: unknown;
    try {
      parsed = JSON.parse(message.data);
    } catch {
      return;
    }
    if (typeof parsed !== 'object' || parsed === null) return;
    const { event, payload } = parsed as { event?: unknown; payload?: unknown };
    if (typeof event !== 'string') return;
    for (const listener of listeners.get(event) ?? []) listener(payload);
  };

  const openSource = () => {
    if (source || typeof EventSource === 'undefined' || listeners.size === 0) return;
    const opened = new EventSource(`/api/events?token=${encodeURIComponent(token)}`);
    source = opened;
    opened.onmessage = deliver;
    opened.onopen = () => {
      retryMs = FIRST_RETRY_MS;
      if (!dropped) return;
      dropped = false;
      for (const listener of reconnectListeners) listener();
    };
    opened.onerror = () => {
      dropped = true;
      // A dropped stream is retried by the browser; one it refused is closed for good, so open it again, backing off.
      if (opened.readyState !== STREAM_CLOSED || source !== opened) return;
      opened.close();
      source = null;
      retryTimer ??= setTimeout(() => {
        retryTimer = null;
        openSource();
      }, retryMs);
      retryMs = Math.min(retryMs * 2, MAX_RETRY_MS);
    };
  };

  return {
    kind: 'http',
    call: batchingCaller(token),
    subscribe(event, listener) {
      let set = listeners.get(event);
      if (!set) listeners.set(event, (set = new Set()));
      set.add(listener);
      openSource();
      return () => {
        set.delete(listener);
        if (set.size === 0) listeners.delete(event);
        if (listeners.size === 0 && source) {
          source.close();
          source = null;
        }
      };
    },
    onReconnect(listener) {
      reconnectListeners.add(listener);
      return () => reconnectListeners.delete(listener);
    },
  };
}

let cached: Transport | null = null;
function transport(): Transport {
  // Resolved on first use, not at import, so the preload (or a test) can set the bridge first.
  if (window.figureDesk) return (cached?.kind === 'ipc' ? cached : (cached = ipcTransport(window.figureDesk)));
  if (!cached || cached.kind !== 'http') cached = httpTransport();
  return cached;
}

async function call<C extends Channel>(channel: C, input: InputOf<C>): Promise<OutputOf<C>> {
  let result: Result<unknown>;
  try {
    result = await transport().call(channel, input);
  } catch (error) {
    throw new ApiError({ code: 'unavailable', message: error instanceof Error ? error.message : String(error) }, channel);
  }
  if (!isResult(result)) {
    throw new ApiError({ code: 'internal', message: `Unexpected answer from ${channel}` }, channel);
  }
  if (!result.ok) throw new ApiError(result.error, channel);
  // Check the answer against the contract, so a mismatch is a clear error here and not
  // an undefined deep inside a component.
  const parsed = contract[channel].output.safeParse(result.data);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new ApiError(
      {
        code: 'internal',
        message: `The answer from ${channel} does not match the contract${issue ? `: ${issue.message}` : ''}`,
        ...(issue && issue.path.length > 0 ? { path: issue.path.join('.') } : {}),
      },
      channel,
    );
  }
  return parsed.data as OutputOf<C>;
}

function subscribe<E extends EventName>(event: E, listener: (payload: EventOf<E>) => void): () => void {
  try {
    return transport().subscribe(event, (payload) => {
      const parsed = events[event].safeParse(payload);
      if (parsed.success) listener(parsed.data as EventOf<E>);
    });
  } catch {
    return () => {};
  }
}

/**
 * Calls `listener` when the event stream is back after a drop (browser mode), so whoever
 * follows a job asks once for the state it may have missed. Never called over IPC.
 */
export function onReconnect(listener: () => void): () => void {
  try {
    return transport().onReconnect(listener);
  } catch {
    return () => {};
  }
}

/**
 * The desktop app's files by path (main checked them), so their bytes never pass through
 * the page; null in browser mode, where files are uploaded.
 */
export async function pickFiles(files: File[]): Promise<PickedFile[] | null> {
  const bridge = window.figureDesk;
  return bridge?.pickFiles ? bridge.pickFiles(files) : null;
}

export const api = {
  call,
  subscribe,
  /** Which transport is in use; 'http' in browser mode. */
  transportKind: (): 'ipc' | 'http' => transport().kind,
};

export type Api = typeof api;
