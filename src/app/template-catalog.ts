// The templates shipped in models/. Only each template's `meta` is in the first
// download (for the home screen); the whole model is fetched as text when opened and
// enters through the file format's one door like any other file.
import type { WorkbookMeta } from '../core/file/schema';

export interface TemplateEntry {
  id: string;
  title: string;
  description: string;
  load: () => Promise<string>;
}

const metas = import.meta.glob<WorkbookMeta>('/models/*.json', { eager: true, import: 'meta' });
const texts = import.meta.glob<string>('/models/*.json', { query: '?raw', import: 'default' });

/** A fixed order: the first a library manager is likely to want comes first. */
const ORDER = ['income-generation', 'mutual-spin-out', 'co-location', 'shared-service', 'options-appraisal'];

function idOf(path: string): string {
  return path.replace(/^.*\//, '').replace(/\.json$/, '');
}

export const TEMPLATES: readonly TemplateEntry[] = Object.entries(metas)
  .map(([path, meta]) => ({
    id: idOf(path),
    title: meta.title,
    description: meta.description,
    load: texts[path]!,
  }))
  .sort((a, b) => {
    const rank = (id: string) => (ORDER.includes(id) ? ORDER.indexOf(id) : ORDER.length);
    return rank(a.id) - rank(b.id) || a.title.localeCompare(b.title);
  });
