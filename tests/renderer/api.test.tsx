import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

// A fresh module per test: the client caches the transport it picked.
async function loadApi() {
  vi.resetModules();
  return import('../../renderer/src/api');
}

const story = {
  total: 1,
  items: [{ id: 1, publication: null, date: null, headline: 'H', byline: null, truncated: false, genre: 'news', language: 'zh' }],
};

afterEach(() => {
  delete window.figureDesk;
  vi.unstubAllGlobals();
  document.head.querySelectorAll('meta[name="figure-desk-token"]').forEach((m) => m.remove());
});

describe('api over Electron IPC', () => {
  it('calls the preload bridge and returns the data', async () => {
    const call = vi.fn(async () => ({ ok: true as const, data: story }));
    window.figureDesk = { call, subscribe: vi.fn(() => () => {}), transport: 'ipc' };
    const { api } = await loadApi();
    await expect(api.call('archive:list', { offset: 0, limit: 10 })).resolves.toEqual(story);
    expect(call).toHaveBeenCalledWith('archive:list', { offset: 0, limit: 10 });
    expect(api.transportKind()).toBe('ipc');
  });

  it('throws an ApiError with code, message and path on {ok:false}', async () => {
    window.figureDesk = {
      call: async () => ({ ok: false as const, error: { code: 'invalid_input' as const, message: 'limit too big', path: 'limit' } }),
      subscribe: () => () => {},
      transport: 'ipc',
    };
    const { api, ApiError } = await loadApi();
    const error = await api.call('archive:list', { limit: 5000 }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApiError);
    expect(error).toMatchObject({ code: 'invalid_input', message: 'limit too big', path: 'limit', channel: 'archive:list' });
  });

  it('turns an answer that breaks the contract into a clear error', async () => {
    window.figureDesk = { call: async () => ({ ok: true as const, data: { total: 'many' } }), subscribe: () => () => {}, transport: 'ipc' };
    const { api } = await loadApi();
    await expect(api.call('archive:list', {})).rejects.toMatchObject({ code: 'internal', message: expect.stringContaining('contract') });
  });

  it('passes only well-formed event payloads to listeners', async () => {
    let emit: (payload: unknown) => void = () => {};
    window.figureDesk = {
      call: async () => ({ ok: true as const, data: null }),
      subscribe: (_event, listener) => {
        emit = listener;
        return () => {};
      },
      transport: 'ipc',
    };
    const { api } = await loadApi();
    const seen: unknown[] = [];
    api.subscribe('archive:changed', (p) => seen.push(p));
    emit({ reason: 'import' });
    emit({ nonsense: true });
    expect(seen).toEqual([{ reason: 'import' }]);
  });
});

describe('api over the HTTP bridge', () => {
  beforeEach(() => {
    const meta = document.createElement('meta');
    meta.name = 'figure-desk-token';
    meta.content = 'secret-token';
    document.head.append(meta);
  });

  it('POSTs /api/<channel> with the token and reads the Result', async () => {
    const fetchMock = vi.fn(async () => new Response(JSON.stringify({ ok: true, data: story }), { status: 200 }));
    vi.stubGlobal('fetch', fetchMock);
    const { api } = await loadApi();
    await expect(api.call('archive:list', { offset: 0 })).resolves.toEqual(story);
    const [url, init] = fetchMock.mock.calls[0] as unknown as [string, RequestInit];
    expect(url).toBe('/api/archive:list');
    expect(init.method).toBe('POST');
    expect((init.headers as Record<string, string>)['X-Figure-Desk-Token']).toBe('secret-token');
    expect(JSON.parse(String(init.body))).toEqual({ offset: 0 });
    expect(api.transportKind()).toBe('http');
  });

  /** A batch answer: the given lines, as the bridge streams them (shared/bridge-batch.ts). */
  const ndjson = (lines: unknown[]) => new Response(lines.map((l) => `${JSON.stringify(l)}\n`).join(''), { status: 200, headers: { 'Content-Type': 'application/x-ndjson' } });
  const settings = { locale: 'zh', theme: 'system' };

  it('sends the calls of one turn as one batch and gives each call its own answer', async () => {
    const fetchMock = vi.fn(async () =>
      ndjson([
        { i: 1, result: { ok: false, error: { code: 'not_found', message: 'no story 9' } } },
        { i: 0, result: { ok: true, data: story } },
      ]),
    );
    vi.stubGlobal('fetch', fetchMock);
    const { api } = await loadApi();
    const list = api.call('archive:list', { offset: 0 });
    const get = api.call('archive:get', { id: 9 });
    await expect(list).resolves.toEqual(story);
    await expect(get).rejects.toMatchObject({ code: 'not_found', channel: 'archive:get' });
    expect(fetchMock).toHaveBeenCalledTimes(1);
    const [url, init] = fetchMock.mock.calls[0] as unknown as [string, RequestInit];
    expect(url).toBe('/api/batch');
    expect((init.headers as Record<string, string>)['X-Figure-Desk-Token']).toBe('secret-token');
    expect(JSON.parse(String(init.body))).toEqual({ calls: [{ channel: 'archive:list', input: { offset: 0 } }, { channel: 'archive:get', input: { id: 9 } }] });
  });

  it('settles each call of a batch as its line arrives, and fails a call the answer left out', async () => {
    let send: (line: unknown) => void = () => {};
    let end: () => void = () => {};
    const body = new ReadableStream<Uint8Array>({
      start(controller) {
        send = (line) => controller.enqueue(new TextEncoder().encode(`${JSON.stringify(line)}\n`));
        end = () => controller.close();
      },
    });
    vi.stubGlobal('fetch', vi.fn(async () => new Response(body, { status: 200 })));
    const { api } = await loadApi();
    const list = api.call('archive:list', { offset: 0 });
    const get = api.call('archive:get', { id: 9 });
    const early = vi.fn();
    void get.catch(early);
    send({ i: 0, result: { ok: true, data: story } });
    await expect(list).resolves.toEqual(story);
    expect(early).not.toHaveBeenCalled();
    end();
    await expect(get).rejects.toMatchObject({ code: 'internal', message: expect.stringContaining('No answer for archive:get') });
  });

  it('sends calls of different turns, and an upload too large to batch, on their own', async () => {
    const fetchMock = vi.fn(async () => new Response(JSON.stringify({ ok: true, data: settings }), { status: 200 }));
    vi.stubGlobal('fetch', fetchMock);
    const { api } = await loadApi();
    await api.call('settings:get', {}).catch(() => undefined);
    await api.call('settings:get', {}).catch(() => undefined);
    const upload = { sources: [{ kind: 'data' as const, name: 'page.txt', base64: 'x'.repeat(70_000) }] };
    void api.call('archive:preview', upload as never).catch(() => undefined);
    void api.call('settings:get', {}).catch(() => undefined);
    await new Promise((resolve) => setTimeout(resolve, 0));
    const urls = fetchMock.mock.calls.map((c) => (c as unknown as [string])[0]);
    expect(urls).toEqual(['/api/settings:get', '/api/settings:get', '/api/archive:preview', '/api/settings:get']);
  });

  it('gives every call of a refused batch the refusal', async () => {
    vi.stubGlobal('fetch', vi.fn(async () => new Response(JSON.stringify({ ok: false, error: { code: 'forbidden', message: 'Missing or wrong token.' } }), { status: 403 })));
    const { api } = await loadApi();
    const calls = [api.call('settings:get', {}), api.call('archive:get', { id: 1 })];
    for (const c of calls) await expect(c).rejects.toMatchObject({ code: 'forbidden', message: 'Missing or wrong token.' });
  });

  it('reports a network failure as unavailable and a non-JSON answer as an error', async () => {
    vi.stubGlobal('fetch', vi.fn(async () => Promise.reject(new TypeError('Failed to fetch'))));
    let { api } = await loadApi();
    await expect(api.call('settings:get', {})).rejects.toMatchObject({ code: 'unavailable', message: 'Failed to fetch' });

    vi.stubGlobal('fetch', vi.fn(async () => new Response('<html>nope</html>', { status: 403, statusText: 'Forbidden' })));
    ({ api } = await loadApi());
    await expect(api.call('settings:get', {})).rejects.toMatchObject({ code: 'forbidden' });
  });

  it('subscribes to events over one EventSource with the token', async () => {
    const sources: { url: string; onmessage: ((m: { data: string }) => void) | null; close: () => void }[] = [];
    class FakeEventSource {
      onmessage: ((m: { data: string }) => void) | null = null;
      close = vi.fn();
      constructor(public url: string) {
        sources.push(this);
      }
    }
    vi.stubGlobal('EventSource', FakeEventSource);
    const { api } = await loadApi();
    const progress: unknown[] = [];
    const changed: unknown[] = [];
    const off1 = api.subscribe('jobs:progress', (p) => progress.push(p));
    const off2 = api.subscribe('archive:changed', (p) => changed.push(p));
    expect(sources).toHaveLength(1);
    expect(sources[0]!.url).toBe('/api/events?token=secret-token');

    const p = { jobId: 'j', kind: 'import', phase: 'reading', done: 1, total: 2, message: '' };
    sources[0]!.onmessage!({ data: JSON.stringify({ event: 'jobs:progress', payload: p }) });
    sources[0]!.onmessage!({ data: JSON.stringify({ event: 'archive:changed', payload: { reason: 'x' } }) });
    sources[0]!.onmessage!({ data: 'not json' });
    expect(progress).toEqual([p]);
    expect(changed).toEqual([{ reason: 'x' }]);

    off1();
    off2();
    expect(sources[0]!.close).toHaveBeenCalled();
  });

  it('says when the event stream is back after a drop, and reopens one the browser gave up on', async () => {
    vi.useFakeTimers();
    const sources: { readyState: number; onopen: (() => void) | null; onerror: (() => void) | null; close: () => void }[] = [];
    class FakeEventSource {
      readyState = 0;
      onopen: (() => void) | null = null;
      onerror: (() => void) | null = null;
      onmessage = null;
      close = vi.fn();
      constructor() {
        sources.push(this);
      }
    }
    vi.stubGlobal('EventSource', FakeEventSource);
    try {
      const { api, onReconnect } = await loadApi();
      const reconnects = vi.fn();
      api.subscribe('jobs:progress', () => undefined);
      onReconnect(reconnects);
      sources[0]!.onopen!();
      expect(reconnects).not.toHaveBeenCalled();

      // A dropped connection: the browser retries by itself, and the reopened stream is a reconnect.
      sources[0]!.onerror!();
      sources[0]!.onopen!();
      expect(reconnects).toHaveBeenCalledTimes(1);
      expect(sources).toHaveLength(1);

      // Refused outright (CLOSED): the browser will not retry, so the client opens a new stream.
      sources[0]!.readyState = 2;
      sources[0]!.onerror!();
      expect(sources[0]!.close).toHaveBeenCalled();
      vi.advanceTimersByTime(1000);
      expect(sources).toHaveLength(2);
      sources[1]!.onopen!();
      expect(reconnects).toHaveBeenCalledTimes(2);
    } finally {
      vi.useRealTimers();
    }
  });
});
