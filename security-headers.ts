// The security headers the app is served with, in one place: the dev server (`npm start`)
// and `vite preview` send them as HTTP headers, the built index.html carries the CSP in a
// meta tag too (for hosts that send no headers at all), and the README lists them for
// anyone hosting dist/ elsewhere. The CSP is strict: scripts only from our own origin,
// no eval, no network beyond the origin, and no framing by other sites.

/** The Content-Security-Policy directives; `frame-ancestors` works only as a header. */
const POLICY: Record<string, string> = {
  'default-src': "'self'",
  'script-src': "'self'",
  // Svelte and ag-grid set element styles at run time.
  'style-src': "'self' 'unsafe-inline'",
  // Chart PNGs and downloads are data: and blob: URLs made in the page.
  'img-src': "'self' data: blob:",
  'connect-src': "'self'",
  'worker-src': "'self' blob:",
  'font-src': "'self' data:",
  'object-src': "'none'",
  'base-uri': "'self'",
  'form-action': "'self'",
  'frame-ancestors': "'none'",
};

function policy(extra: Record<string, string> = {}, leaveOut: string[] = []): string {
  return Object.entries({ ...POLICY, ...extra })
    .filter(([directive]) => !leaveOut.includes(directive))
    .map(([directive, sources]) => `${directive} ${sources}`)
    .join('; ');
}

/** For the meta tag: browsers ignore frame-ancestors there (and warn about it). */
export const META_CONTENT_SECURITY_POLICY = policy({}, ['frame-ancestors']);

/** The HTTP headers a host must send with every response of the app. */
export const SECURITY_HEADERS: Record<string, string> = {
  'Content-Security-Policy': policy(),
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'X-Frame-Options': 'DENY',
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Permissions-Policy': 'camera=(), microphone=(), geolocation=(), payment=(), usb=()',
};

/** The dev server also needs its hot-reload socket, on the same host. */
export function devServerHeaders(host: string, port: number): Record<string, string> {
  return {
    ...SECURITY_HEADERS,
    'Content-Security-Policy': policy({ 'connect-src': `'self' ws://${host}:${port}` }),
  };
}
