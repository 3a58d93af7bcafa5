// `npm start` serves the app with its security headers, and the page's CSP meta tag is
// the same policy: no script from elsewhere, no eval, no framing by another site.
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { readFileSync } from 'node:fs';
import { createServer, type ViteDevServer } from 'vite';
import { META_CONTENT_SECURITY_POLICY, SECURITY_HEADERS } from '../../../security-headers';

let server: ViteDevServer;
let origin: string;

beforeAll(async () => {
  server = await createServer({
    configFile: new URL('../../../vite.config.ts', import.meta.url).pathname,
    server: { host: '127.0.0.1', port: 0, strictPort: false },
    logLevel: 'silent',
  });
  await server.listen();
  const address = server.httpServer?.address();
  if (!address || typeof address === 'string') throw new Error('no address');
  origin = `http://127.0.0.1:${address.port}`;
});
afterAll(async () => server?.close());

describe('the dev server (npm start)', () => {
  test('sends the Content-Security-Policy as a header, with frame-ancestors none', async () => {
    const response = await fetch(`${origin}/`);
    const csp = response.headers.get('content-security-policy') ?? '';
    expect(csp).toContain("script-src 'self'");
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).not.toContain('unsafe-eval');
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(response.headers.get('referrer-policy')).toBe('no-referrer');
  });

  test('the page carries the same policy in its meta tag, less what a meta tag cannot hold', async () => {
    const html = await (await fetch(`${origin}/`)).text();
    expect(html).toContain(`content="${META_CONTENT_SECURITY_POLICY}"`);
    expect(META_CONTENT_SECURITY_POLICY).not.toContain('frame-ancestors');
    expect(SECURITY_HEADERS['Content-Security-Policy']).toContain(
      META_CONTENT_SECURITY_POLICY.split('; ')[0]!,
    );
  });
});

test('the README lists every header with the value the servers send', () => {
  const readme = readFileSync(new URL('../../../README.md', import.meta.url), 'utf8');
  for (const [header, value] of Object.entries(SECURITY_HEADERS))
    expect(readme).toMatch(
      new RegExp(`\\| \`${header}\` +\\| \`${value.replace(/[()*.?]/g, '\\$&')}\``),
    );
});
