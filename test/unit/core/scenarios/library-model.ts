// A small library-service model with three inputs, a three-year income row and a total.
import type { Workbook } from '../../../../src/core/file/schema';

export function libraryModel(scenarios: Workbook['scenarios'] = []): Workbook {
  return {
    format: 'library-finance-workbench',
    version: 1,
    meta: {
      title: 'Branch',
      description: '',
      currency: 'GBP',
      createdAt: '2026-01-01T00:00:00Z',
      modifiedAt: '2026-01-01T00:00:00Z',
      sources: [],
    },
    sheets: [
      {
        name: 'Assumptions',
        cells: { A1: 'Contract sum', B1: 100000, A2: 'Growth', B2: 0.1, A3: 'Parties', B3: 20 },
        formats: { B1: 'currency', B2: 'percent-1dp' },
      },
      {
        name: 'Cashflow',
        cells: {
          C1: '=Assumptions!B1+Assumptions!B3*50',
          D1: '=C1*(1+Assumptions!B2)',
          E1: '=D1*(1+Assumptions!B2)',
        },
      },
      { name: 'Summary', cells: { B1: '=SUM(Cashflow!C1:E1)', B2: '=Assumptions!B2' } },
    ],
    names: [],
    inputs: [
      { ref: 'Assumptions!B1', label: 'Contract sum', unit: '£' },
      { ref: 'Assumptions!B2', label: 'Growth', unit: '%' },
      { ref: 'Assumptions!B3', label: 'Parties', unit: 'parties' },
    ],
    outputs: [
      { ref: 'Summary!B1', label: 'Total income', unit: '£' },
      { ref: 'Cashflow!C1:E1', label: 'Income', unit: '£' },
      { ref: 'Summary!B2', label: 'Growth rate', unit: '%' },
    ],
    scenarios,
    charts: [],
  };
}

export const PESSIMISTIC = {
  id: 'pessimistic',
  name: 'Pessimistic',
  overrides: { 'Assumptions!B1': 90000, 'Assumptions!B3': 10 },
};
export const OPTIMISTIC = {
  id: 'optimistic',
  name: 'Optimistic',
  overrides: { 'Assumptions!B2': 0.2 },
};
