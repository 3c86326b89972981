/**
 * Browser mode takes no server-side path from the page: every channel whose input can name a
 * file or folder is refused over the bridge (uploads and downloads only), while the same
 * call keeps working in the core for the desktop app and the CLI.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { z } from 'zod';
import { contract, type Channel } from '../../../shared/contract';
import { createCore, type Core } from '../../../electron/core/core';
import { EventHub } from '../../../electron/core/events';
import { startBridge, type Bridge } from '../../../electron/bridge/server';
import { SERVER_PATH_RULES } from '../../../electron/bridge/server-paths';
import { tempDir } from '../helpers';

/** Input keys that name a place on disk. */
const PATH_KEY = /(path|folder|dir|directory)$/i;

/** Every key of a zod schema, however deep (objects, arrays, unions, optionals, records). */
function keysOf(schema: z.ZodType, seen = new Set<unknown>()): string[] {
  if (seen.has(schema)) return [];
  seen.add(schema);
  const def = (schema as unknown as { _zod: { def: Record<string, unknown> } })._zod.def;
  const children: unknown[] = [];
  const keys: string[] = [];
  if (def.type === 'object') {
    const shape = (schema as unknown as { shape: Record<string, z.ZodType> }).shape;
    keys.push(...Object.keys(shape));
    children.push(...Object.values(shape));
  }
  for (const name of ['element', 'innerType', 'valueType', 'in', 'out', 'left', 'right']) if (def[name]) children.push(def[name]);
  if (Array.isArray(def.options)) children.push(...def.options);
  return [...keys, ...children.flatMap((child) => keysOf(child as z.ZodType, seen))];
}

describe('bridge refuses server-side paths', () => {
  let tmp: ReturnType<typeof tempDir>;
  let core: Core;
  let bridge: Bridge;
  const events = new EventHub();

  beforeAll(async () => {
    tmp = tempDir();
    const staticDir = join(tmp.dir, 'static');
    mkdirSync(staticDir, { recursive: true });
    writeFileSync(join(staticDir, 'index.html'), '<!doctype html><html><head></head><body></body></html>');
    core = await createCore({ dbPath: join(tmp.dir, 'archive.db'), transport: 'http', version: 'test', systemLocale: 'en', emit: events.emit });
    bridge = await startBridge({ handlers: core.handlers, events, staticDir, port: 0 });
  });
  afterAll(async () => {
    await bridge.close();
    await core.close();
    tmp.cleanup();
  });

  const call = async (channel: string, body: unknown) => {
    const res = await fetch(`${bridge.url}api/${channel}`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'X-Figure-Desk-Token': bridge.token },
      body: JSON.stringify(body),
    });
    return { status: res.status, text: await res.text() };
  };

  it('knows every channel of the contract whose input names a path', () => {
    const takingPaths = (Object.keys(contract) as Channel[]).filter((channel) => keysOf(contract[channel].input).some((key) => PATH_KEY.test(key)));
    expect(takingPaths.sort()).toEqual([...new Set(SERVER_PATH_RULES.map((rule) => rule.channel))].sort());
  });

  const folder = () => tmp.dir;
  it.each([
    ['archive:preview', () => ({ sources: [{ kind: 'path', path: '../../etc/passwd' }] }), 'sources[].path'],
    ['archive:preview', () => ({ sources: [{ kind: 'path', path: '/etc/shadow' }] }), 'sources[].path'],
    ['archive:preview', () => ({ sources: [{ kind: 'text', text: 'x' }, { kind: 'path', path: '/etc/passwd' }] }), 'sources[].path'],
    ['archive:import', () => ({ sources: [{ kind: 'path', path: '/etc/passwd' }] }), 'sources[].path'],
    ['settings:set', () => ({ watchFolder: folder() }), 'watchFolder'],
  ])('%s with a path is refused (403) and reads nothing', async (channel, input, field) => {
    const { status, text } = await call(channel, input());
    expect(status).toBe(403);
    const body = JSON.parse(text) as { ok: boolean; error: { code: string; reason: string; params: Record<string, string>; message: string } };
    expect(body.ok).toBe(false);
    expect(body.error).toMatchObject({ code: 'forbidden', reason: 'server_path', params: { channel, field } });
    expect(body.error.message).toMatch(/Browser mode does not open files on this computer by path.*Upload the file instead/);
    expect(text).not.toMatch(/root:|jobId/);
  });

  it('leaves the watch folder unset after the refusal, and still lets the page switch it off', async () => {
    await call('settings:set', { watchFolder: tmp.dir });
    const settings = JSON.parse((await call('settings:get', {})).text) as { data: { watchFolder: string | null } };
    expect(settings.data.watchFolder).toBeNull();
    expect((await call('settings:set', { watchFolder: null })).status).toBe(200);
  });

  it('still previews an uploaded file', async () => {
    const dataBase64 = Buffer.from('全市经济稳步增长\n\n本报讯 全市地区生产总值增长6.1%。\n').toString('base64');
    const { status, text } = await call('archive:preview', { sources: [{ kind: 'data', name: 'page.txt', dataBase64 }] });
    expect(status).toBe(200);
    expect(JSON.parse(text)).toMatchObject({ ok: true, data: { pages: [{ source: 'page.txt' }] } });
  });

  it('answers a malformed % in a channel name with 400, not 500', async () => {
    const { status, text } = await call('archive%E0%A4%A', {});
    expect(status).toBe(400);
    expect(JSON.parse(text)).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
  });

  it('answers a body over the limit with 413 without reading it', async () => {
    const status = await new Promise<number>((resolve, reject) => {
      const req = request(`${bridge.url}api/archive:preview`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', 'X-Figure-Desk-Token': bridge.token, 'Content-Length': String(200 * 1024 * 1024) },
      });
      req.on('response', (res) => {
        res.resume();
        resolve(res.statusCode ?? 0);
      });
      req.on('error', reject);
      req.write('{"sources":[');
    });
    expect(status).toBe(413);
  });
});
