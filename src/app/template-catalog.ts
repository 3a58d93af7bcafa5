// The templates shipped in models/. Only each template's `meta` is in the first
// download (for the home screen); the whole model is emitted as a JSON asset, fetched
// from our own origin when opened, and enters through the file format's one door like
// any other file. (Data, not code: it is not bundled as a JavaScript module.)
import type { WorkbookMeta } from '../core/file/schema';

export interface TemplateEntry {
  id: string;
  title: string;
  description: string;
  load: () => Promise<string>;
}

const metas = import.meta.glob<WorkbookMeta>('/models/*.json', { eager: true, import: 'meta' });
const urls = import.meta.glob<string>('/models/*.json', {
  query: '?url',
  import: 'default',
  eager: true,
});

async function fetchText(url: string): Promise<string> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`The template could not be read (${response.status}).`);
  return response.text();
}

/** A fixed order: the first a library manager is likely to want comes first. */
const ORDER = [
  'income-generation',
  'mutual-spin-out',
  'co-location',
  'shared-service',
  'options-appraisal',
];

function idOf(path: string): string {
  return path.replace(/^.*\//, '').replace(/\.json$/, '');
}

export const TEMPLATES: readonly TemplateEntry[] = Object.entries(metas)
  .map(([path, meta]) => ({
    id: idOf(path),
    title: meta.title,
    description: meta.description,
    load: () => fetchText(urls[path]!),
  }))
  .sort((a, b) => {
    const rank = (id: string) => (ORDER.includes(id) ? ORDER.indexOf(id) : ORDER.length);
    return rank(a.id) - rank(b.id) || a.title.localeCompare(b.title);
  });
