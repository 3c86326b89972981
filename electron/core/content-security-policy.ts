/**
 * The Content-Security-Policy of every page the renderer is served in: sent as a header by
 * the desktop window (electron/main/window.ts) and by the browser-mode bridge
 * (electron/bridge/server.ts). renderer/index.html carries the same directives in a meta
 * tag, less frame-ancestors, which a meta tag cannot set.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');
