import { WorkbookEngine } from '../../../src/core/engine';
import type { Workbook } from '../../../src/core/file/schema';

/** A small two-sheet workbook with a declared input, a formula and an error. */
export function smallWorkbook(): Workbook {
  return {
    format: 'library-finance-workbench',
    version: 1,
    meta: {
      title: 'Test',
      description: '',
      currency: 'GBP',
      createdAt: '2026-01-01T00:00:00Z',
      modifiedAt: '2026-01-01T00:00:00Z',
      sources: [],
    },
    sheets: [
      {
        name: 'Assumptions',
        cells: { A3: 'Price', B3: 15, B4: 0.035 },
        formats: { B4: 'percent-1dp' },
      },
      { name: 'Cashflow', cells: { B2: '=Assumptions!B3*2', C7: 42, D1: '=1/0' } },
      { name: 'Cash flow', cells: { A1: 'spaced' } },
    ],
    names: [],
    inputs: [
      { ref: 'Assumptions!B3', label: 'Price per session', unit: '£', source: 'Fees policy 2026' },
    ],
    outputs: [],
    scenarios: [],
    charts: [],
  };
}

export function smallEngine(): WorkbookEngine {
  return WorkbookEngine.fromWorkbook(smallWorkbook());
}
