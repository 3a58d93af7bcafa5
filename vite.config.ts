/// <reference types="vitest/config" />
import { defineConfig } from 'vite';
import { svelte } from '@sveltejs/vite-plugin-svelte';
import {
  META_CONTENT_SECURITY_POLICY,
  SECURITY_HEADERS,
  devServerHeaders,
} from './security-headers';

export default defineConfig({
  plugins: [
    svelte(),
    {
      // index.html's CSP meta tag is written from the same policy as the headers.
      name: 'content-security-policy-meta',
      transformIndexHtml: (html) =>
        html.replace('__CONTENT_SECURITY_POLICY__', META_CONTENT_SECURITY_POLICY),
    },
  ],
  server: { headers: devServerHeaders('127.0.0.1', 5173) },
  preview: { headers: SECURITY_HEADERS },
  // Pre-bundle the heavy libraries so the dev server does not reload the page the
  // first time a workbook opens.
  optimizeDeps: { include: ['hyperformula', 'ag-grid-community', 'chart.js/auto', 'dexie', 'zod'] },
  build: {
    target: 'es2022',
    // The engine (HyperFormula) and grid (ag-grid) are loaded lazily when a workbook
    // opens; their chunks are large by nature, so only warn well above them.
    chunkSizeWarningLimit: 1500,
  },
  resolve: process.env.VITEST ? { conditions: ['browser'] } : undefined,
  test: {
    include: ['test/unit/**/*.test.ts', 'test/component/**/*.test.ts'],
    environment: 'node',
    setupFiles: ['test/setup.ts'],
    testTimeout: 20000,
  },
});
