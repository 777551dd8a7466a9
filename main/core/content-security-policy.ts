/**
 * The renderer's Content Security Policy, sent as a response header by the Electron protocol
 * handler and by the chromium-bridge test server alike. `renderer/index.html` repeats it as a
 * `<meta>` (without `frame-ancestors`, which browsers ignore there).
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'", // Fluent UI (Griffel) injects style elements
  "img-src 'self' data:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');
