// From a Workbook back to text, and the blank workbook a new model starts from.
import { CURRENT_VERSION, FORMAT_ID, type Workbook } from './schema';

/** The text of an exported model file: pretty-printed so people can read and diff it. */
export function serializeModel(workbook: Workbook): string {
  return `${JSON.stringify(workbook, null, 2)}\n`;
}

/** A new, empty workbook. */
export function createBlankWorkbook(
  title: string,
  now: string = new Date().toISOString(),
): Workbook {
  return {
    format: FORMAT_ID,
    version: CURRENT_VERSION,
    meta: { title, description: '', currency: 'GBP', createdAt: now, modifiedAt: now, sources: [] },
    sheets: [{ name: 'Sheet1', cells: {} }],
    names: [],
    inputs: [],
    outputs: [],
    scenarios: [],
    charts: [],
  };
}
