import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCore, type Core } from '../../../electron/core/core';
import { EventHub } from '../../../electron/core/events';
import { startBridge, type Bridge } from '../../../electron/bridge/server';
import { tempDir } from '../helpers';

describe('browser-mode bridge', () => {
  let tmp: ReturnType<typeof tempDir>;
  let core: Core;
  let bridge: Bridge;
  const events = new EventHub();

  beforeAll(async () => {
    tmp = tempDir();
    const staticDir = join(tmp.dir, 'static');
    mkdirSync(join(staticDir, 'assets'), { recursive: true });
    writeFileSync(join(staticDir, 'index.html'), '<!doctype html><html><head><title>Figure Desk</title></head><body></body></html>');
    writeFileSync(join(staticDir, 'assets', 'app.js'), 'console.log(1)');
    core = await createCore({ dbPath: join(tmp.dir, 'archive.db'), transport: 'http', version: 'test', systemLocale: 'zh-CN', emit: events.emit });
    bridge = await startBridge({ handlers: core.handlers, events, staticDir, port: 0 });
  });
  afterAll(async () => {
    await bridge.close();
    await core.close();
    tmp.cleanup();
  });

  const call = (channel: string, body: unknown, headers: Record<string, string> = {}) =>
    fetch(`${bridge.url}api/${channel}`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'X-Figure-Desk-Token': bridge.token, ...headers },
      body: JSON.stringify(body),
    });

  it('listens on loopback only', () => {
    expect(bridge.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/$/);
    const address = bridge.server.address();
    expect(typeof address === 'object' && address?.address).toBe('127.0.0.1');
  });

  it('gives the page its token and a strict CSP', async () => {
    const res = await fetch(bridge.url);
    const html = await res.text();
    expect(html).toContain(`<meta name="figure-desk-token" content="${bridge.token}" />`);
    expect(res.headers.get('content-security-policy')).toContain("default-src 'self'");
  });

  it('answers contract calls that carry the token', async () => {
    const res = await call('app:info', {});
    expect(res.status).toBe(200);
    const result = (await res.json()) as { ok: boolean; data: { transport: string } };
    expect(result).toMatchObject({ ok: true, data: { transport: 'http' } });
  });

  it('refuses calls without the token or with a wrong one (403)', async () => {
    const missing = await fetch(`${bridge.url}api/app:info`, { method: 'POST', body: '{}' });
    expect(missing.status).toBe(403);
    const wrong = await call('app:info', {}, { 'X-Figure-Desk-Token': 'guess' });
    expect(wrong.status).toBe(403);
    expect(((await wrong.json()) as { error: { code: string } }).error.code).toBe('forbidden');
  });

  it('refuses requests from another Origin even with the token (403)', async () => {
    const res = await call('app:info', {}, { Origin: 'https://evil.example' });
    expect(res.status).toBe(403);
  });

  it('refuses a foreign Host header (DNS rebinding) with 403', async () => {
    const { request } = await import('node:http');
    const status = await new Promise<number>((resolve, reject) => {
      const req = request(
        { host: '127.0.0.1', port: bridge.port, path: '/', method: 'GET', headers: { Host: 'attacker.example:80' } },
        (res) => resolve(res.statusCode ?? 0),
      );
      req.on('error', reject);
      req.end();
    });
    expect(status).toBe(403);
  });

  it('returns a validation error as data for a bad input, not a crash', async () => {
    const res = await call('archive:get', { id: 'seven' });
    const result = (await res.json()) as { ok: boolean; error: { code: string; message: string; path: string } };
    expect(result.ok).toBe(false);
    expect(result.error.code).toBe('invalid_input');
    expect(result.error.path).toBe('id');
    expect(result.error.message).toMatch(/archive:get: id/);
  });

  it('says which channel is unknown', async () => {
    const result = (await (await call('archive:drop', {})).json()) as { error: { code: string; message: string } };
    expect(result.error).toMatchObject({ code: 'not_found' });
    expect(result.error.message).toContain('archive:drop');
  });

  it('rejects a body that is not JSON', async () => {
    const res = await fetch(`${bridge.url}api/app:info`, {
      method: 'POST',
      headers: { 'X-Figure-Desk-Token': bridge.token },
      body: '{not json',
    });
    expect(res.status).toBe(400);
  });

  it('does not serve files outside the renderer folder', async () => {
    const res = await fetch(`${bridge.url}..%2F..%2Fetc%2Fpasswd`);
    expect([403, 404]).toContain(res.status);
    const asset = await fetch(`${bridge.url}assets/app.js`);
    expect(asset.status).toBe(200);
  });

  const answerLines = async (res: Response) =>
    (await res.text())
      .split('\n')
      .filter(Boolean)
      .map((line) => JSON.parse(line) as { i: number; result: { ok: boolean; data?: unknown; error?: { code: string; message: string } } });

  it('answers a batch of calls, one line per call, each as it would be answered alone', async () => {
    const res = await call('batch', { calls: [{ channel: 'app:info', input: {} }, { channel: 'archive:get', input: { id: 'seven' } }, { channel: 'archive:drop' }] });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toContain('application/x-ndjson');
    const byIndex = new Map((await answerLines(res)).map((line) => [line.i, line.result]));
    expect([...byIndex.keys()].sort()).toEqual([0, 1, 2]);
    expect(byIndex.get(0)).toMatchObject({ ok: true, data: { transport: 'http' } });
    expect(byIndex.get(1)).toMatchObject({ ok: false, error: { code: 'invalid_input', message: expect.stringMatching(/archive:get: id/) } });
    expect(byIndex.get(2)).toMatchObject({ ok: false, error: { code: 'not_found', message: expect.stringContaining('archive:drop') } });
  });

  it('keeps the token, origin and server-path rules for every call of a batch', async () => {
    const body = { calls: [{ channel: 'app:info', input: {} }] };
    expect((await call('batch', body, { 'X-Figure-Desk-Token': 'guess' })).status).toBe(403);
    expect((await call('batch', body, { Origin: 'https://evil.example' })).status).toBe(403);
    const paths = await answerLines(await call('batch', { calls: [{ channel: 'app:info', input: {} }, { channel: 'archive:import', input: { sources: [{ kind: 'path', path: '/etc/passwd' }] } }] }));
    expect(paths.find((line) => line.i === 1)?.result).toMatchObject({ ok: false, error: { code: 'forbidden', reason: 'server_path' } });
  });

  it.each([
    ['no calls', { calls: [] }, /at least one call/],
    ['not a list', { calls: 'app:info' }, /at least one call/],
    ['a call without a channel', { calls: [{ input: {} }] }, /Call 0 of the batch has no channel/],
    ['too many calls', { calls: Array.from({ length: 65 }, () => ({ channel: 'app:info' })) }, /at most 64 calls; this one has 65/],
  ])('refuses a batch with %s (400, saying what is wrong)', async (_label, body, message) => {
    const res = await call('batch', body);
    expect(res.status).toBe(400);
    expect(((await res.json()) as { error: { message: string } }).error.message).toMatch(message);
  });

  it('streams events to a client with the token', async () => {
    const controller = new AbortController();
    const res = await fetch(`${bridge.url}api/events?token=${bridge.token}`, { signal: controller.signal });
    const reader = res.body!.getReader();
    // The browser is told to reopen a dropped stream after a second (the page then resyncs its job).
    expect(new TextDecoder().decode((await reader.read()).value)).toMatch(/^retry: 1000\n: connected/);
    events.emit('archive:changed', { reason: 'test' });
    const { value } = await reader.read();
    expect(new TextDecoder().decode(value)).toContain('"archive:changed"');
    controller.abort();
    const refused = await fetch(`${bridge.url}api/events?token=nope`);
    expect(refused.status).toBe(403);
  });
});
