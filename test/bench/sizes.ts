// What a browser downloads, gzip-compressed: the home screen's first JavaScript,
// against a bare Vite page built with the same Vite in the same run.
import { mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { build } from 'vite';

export function gzipBytes(path: string): number {
  return gzipSync(readFileSync(path)).length;
}

/** The JS that index.html loads before anything is clicked: its entry and modulepreloads. */
export function initialScripts(distDir: string): string[] {
  const html = readFileSync(join(distDir, 'index.html'), 'utf8');
  const srcs = [...html.matchAll(/(?:src|href)="(\/assets\/[^"]+\.js)"/g)].map((m) => m[1]!);
  return [...new Set(srcs)].map((src) => join(distDir, src));
}

export function totalGzip(paths: string[]): number {
  return paths.reduce((sum, path) => sum + gzipBytes(path), 0);
}

/**
 * Builds a bare Vite page and returns its dist folder: one script that writes one line
 * of DOM (the baseline for a page load), and a button whose click loads a second chunk
 * that adds an element (the baseline for a click that lazily loads code and shows it).
 */
export async function buildBareVitePage(): Promise<string> {
  const root = mkdtempSync(join(tmpdir(), 'bare-vite-'));
  writeFileSync(
    join(root, 'index.html'),
    '<!doctype html><html><body><div id="app"></div><button id="open">Open</button><script type="module" src="/main.js"></script></body></html>',
  );
  writeFileSync(
    join(root, 'main.js'),
    [
      "const ready = document.createElement('p'); ready.id = 'ready'; ready.textContent = 'ready'; document.getElementById('app').append(ready);",
      "document.getElementById('open').addEventListener('click', () => import('./later.js').then((later) => later.show()));",
      '',
    ].join('\n'),
  );
  writeFileSync(
    join(root, 'later.js'),
    "export function show() { const shown = document.createElement('p'); shown.id = 'shown'; shown.textContent = 'shown'; document.body.append(shown); }\n",
  );
  await build({
    root,
    configFile: false,
    logLevel: 'silent',
    build: { outDir: join(root, 'dist') },
  });
  return join(root, 'dist');
}

export function jsFilesIn(distDir: string): string[] {
  return readdirSync(join(distDir, 'assets'))
    .filter((f) => f.endsWith('.js'))
    .map((f) => join(distDir, 'assets', f));
}

/** Builds one of the bench's own pages (`test/bench/<name>`) and returns its dist folder. */
export async function buildBenchPage(name: string): Promise<string> {
  const outDir = mkdtempSync(join(tmpdir(), `${name}-`));
  await build({
    root: join(process.cwd(), 'test/bench', name),
    configFile: false,
    logLevel: 'silent',
    base: './',
    build: { outDir, emptyOutDir: true },
  });
  return outDir;
}

/** Builds the in-browser engine baseline page (test/bench/engine-page) and returns its dist folder. */
export function buildEngineBaselinePage(): Promise<string> {
  return buildBenchPage('engine-page');
}
