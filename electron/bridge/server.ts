/**
 * Browser mode: the same contract as Electron IPC, over HTTP on 127.0.0.1 only.
 *
 * A random token is minted per run and injected into the page it serves; every API
 * call must carry it, and a request whose Origin or Host is not this server is refused
 * (403). That keeps other web pages — and DNS-rebinding tricks — away from the archive.
 */
import { randomBytes, timingSafeEqual } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve, sep } from 'node:path';
import type { AddressInfo } from 'node:net';
import { invoke, type Handlers } from '../core/invoke';
import type { EventHub } from '../core/events';
import { fail } from '../../shared/result';
import { fileErrorText } from '../../shared/file-errors';
import { serverPathIn } from './server-paths';
import { answerBatch } from './batch';
import { BATCH_PATH, batchCalls } from '../../shared/bridge-batch';
import type { Result } from '../../shared/result';
import { CONTENT_SECURITY_POLICY } from '../core/content-security-policy';

export const TOKEN_HEADER = 'x-figure-desk-token';
const MAX_BODY_BYTES = 80 * 1024 * 1024;

const MIME: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.ttf': 'font/ttf',
};

export interface BridgeOptions {
  handlers: Handlers;
  events: EventHub;
  /** The built renderer (index.html and assets). */
  staticDir: string;
  /** 0 picks a free port. */
  port?: number;
  /** Fixed token for tests; otherwise random per run. */
  token?: string;
}

export interface Bridge {
  url: string;
  port: number;
  token: string;
  server: Server;
  close(): Promise<void>;
}

function sameToken(given: string | undefined, token: string): boolean {
  if (!given) return false;
  const a = Buffer.from(given);
  const b = Buffer.from(token);
  return a.length === b.length && timingSafeEqual(a, b);
}

function securityHeaders(res: ServerResponse): void {
  res.setHeader('Content-Security-Policy', CONTENT_SECURITY_POLICY);
  res.setHeader('X-Content-Type-Options', 'nosniff');
  res.setHeader('X-Frame-Options', 'DENY');
  res.setHeader('Referrer-Policy', 'no-referrer');
  res.setHeader('Cross-Origin-Opener-Policy', 'same-origin');
  res.setHeader('Cross-Origin-Resource-Policy', 'same-origin');
}

function sendJson(res: ServerResponse, status: number, body: unknown): void {
  res.writeHead(status, { 'Content-Type': 'application/json; charset=utf-8', 'Cache-Control': 'no-store' });
  res.end(JSON.stringify(body));
}

/** A request body over the limit: answered 413, not read any further. */
class BodyTooLarge extends Error {}

async function readBody(req: IncomingMessage): Promise<string> {
  const declared = Number(req.headers['content-length'] ?? 0);
  if (declared > MAX_BODY_BYTES) throw new BodyTooLarge();
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > MAX_BODY_BYTES) throw new BodyTooLarge();
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks).toString('utf8');
}

/** decodeURIComponent without the URIError a stray `%` raises. */
function decodePathPart(part: string): string | null {
  try {
    return decodeURIComponent(part);
  } catch {
    return null;
  }
}

/** A call's Result; a path the page may not name (server-paths.ts) is refused before the handler runs. */
async function answerCall(handlers: Handlers, channel: string, input: unknown): Promise<{ status: number; result: Result<unknown> }> {
  const pathRule = serverPathIn(channel, input);
  if (pathRule) {
    const params = { channel, field: pathRule.field };
    return { status: 403, result: { ok: false, error: { code: 'forbidden', message: fileErrorText('server_path', params, 'en'), path: pathRule.field, reason: 'server_path', params } } };
  }
  return { status: 200, result: await invoke(handlers, channel, input) };
}

export async function startBridge(options: BridgeOptions): Promise<Bridge> {
  const token = options.token ?? randomBytes(24).toString('base64url');
  const staticRoot = resolve(options.staticDir);
  let origin = '';
  let allowedHosts = new Set<string>();
  let indexHtml: string | null = null;

  const isOurRequest = (req: IncomingMessage): boolean => {
    if (!allowedHosts.has(req.headers.host ?? '')) return false;
    const requestOrigin = req.headers.origin;
    return requestOrigin === undefined || requestOrigin === origin || allowedHosts.has(requestOrigin.replace(/^http:\/\//, ''));
  };

  const serveIndex = async (res: ServerResponse) => {
    indexHtml ??= await readFile(join(staticRoot, 'index.html'), 'utf8');
    const html = indexHtml.replace('<head>', `<head>\n    <meta name="figure-desk-token" content="${token}" />`);
    res.writeHead(200, { 'Content-Type': MIME['.html']!, 'Cache-Control': 'no-store' });
    res.end(html);
  };

  const serveStatic = async (pathname: string, res: ServerResponse) => {
    const decoded = decodePathPart(pathname);
    if (decoded === null) return sendJson(res, 400, fail('invalid_input', `${pathname} is not valid URL encoding (a stray %).`));
    const file = normalize(join(staticRoot, decoded));
    if (!file.startsWith(staticRoot + sep)) return sendJson(res, 403, fail('forbidden', 'Path outside the app.'));
    try {
      const info = await stat(file);
      if (!info.isFile()) throw new Error('not a file');
      res.writeHead(200, { 'Content-Type': MIME[extname(file)] ?? 'application/octet-stream', 'Cache-Control': 'no-cache' });
      res.end(await readFile(file));
    } catch {
      sendJson(res, 404, fail('not_found', `No such file: ${decoded}`));
    }
  };

  const serveEvents = (req: IncomingMessage, res: ServerResponse) => {
    res.writeHead(200, { 'Content-Type': 'text/event-stream; charset=utf-8', 'Cache-Control': 'no-store', Connection: 'keep-alive' });
    // A dropped stream is reopened by the browser after `retry` ms; the page then asks jobs:get for what it missed.
    res.write('retry: 1000\n: connected\n\n');
    const unsubscribe = options.events.subscribe((event, payload) => {
      res.write(`data: ${JSON.stringify({ event, payload })}\n\n`);
    });
    const keepAlive = setInterval(() => res.write(': ping\n\n'), 15_000);
    req.on('close', () => {
      clearInterval(keepAlive);
      unsubscribe();
    });
  };

  const server = createServer((req, res) => {
    securityHeaders(res);
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    if (!isOurRequest(req)) return sendJson(res, 403, fail('forbidden', 'Requests must come from the Figure Desk page on this machine.'));
    void (async () => {
      try {
        if (url.pathname === '/api/events' && req.method === 'GET') {
          if (!sameToken(url.searchParams.get('token') ?? undefined, token)) return sendJson(res, 403, fail('forbidden', 'Missing or wrong token.'));
          return serveEvents(req, res);
        }
        if (url.pathname.startsWith('/api/')) {
          if (req.method !== 'POST') return sendJson(res, 405, fail('invalid_input', 'Use POST for API calls.'));
          const given = req.headers[TOKEN_HEADER];
          if (!sameToken(Array.isArray(given) ? given[0] : given, token)) {
            return sendJson(res, 403, fail('forbidden', 'Missing or wrong token.'));
          }
          const channel = decodePathPart(url.pathname.slice('/api/'.length));
          if (channel === null) return sendJson(res, 400, fail('invalid_input', `The channel name in ${url.pathname} is not valid URL encoding (a stray %).`));
          let input: unknown;
          try {
            const body = await readBody(req);
            input = body ? JSON.parse(body) : {};
          } catch (error) {
            if (error instanceof BodyTooLarge) {
              // Closing the connection stops a client that is still sending.
              res.setHeader('Connection', 'close');
              return sendJson(res, 413, fail('invalid_input', `The request is over the ${MAX_BODY_BYTES / 1024 / 1024} MB limit. Import large files one at a time.`));
            }
            return sendJson(res, 400, fail('invalid_input', `The request body is not valid JSON: ${(error as Error).message}`));
          }
          if (url.pathname === BATCH_PATH) {
            const batch = batchCalls(input);
            if ('problem' in batch) return sendJson(res, 400, fail('invalid_input', batch.problem));
            return await answerBatch(res, batch.calls, async (call) => (await answerCall(options.handlers, call.channel, call.input)).result);
          }
          const { status, result } = await answerCall(options.handlers, channel, input);
          return sendJson(res, status, result);
        }
        if (req.method !== 'GET' && req.method !== 'HEAD') return sendJson(res, 405, fail('invalid_input', 'Method not allowed.'));
        if (url.pathname === '/' || url.pathname === '/index.html') return await serveIndex(res);
        return await serveStatic(url.pathname, res);
      } catch (error) {
        if (!res.headersSent) sendJson(res, 500, fail('internal', (error as Error).message));
        else res.end();
      }
    })();
  });

  await new Promise<void>((resolvePromise, reject) => {
    server.once('error', reject);
    // Loopback only: browser mode is never reachable from another machine.
    server.listen(options.port ?? 0, '127.0.0.1', () => resolvePromise());
  });
  const port = (server.address() as AddressInfo).port;
  origin = `http://127.0.0.1:${port}`;
  allowedHosts = new Set([`127.0.0.1:${port}`, `localhost:${port}`]);
  return {
    url: `${origin}/`,
    port,
    token,
    server,
    close: () =>
      new Promise<void>((resolveClose) => {
        server.closeAllConnections();
        server.close(() => resolveClose());
      }),
  };
}
