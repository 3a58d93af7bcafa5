// The committed template files are what their builders produce, load through the one door,
// and calculate with no error value anywhere. UPDATE_TEMPLATES=1 rewrites the files.
import { readFileSync, writeFileSync, existsSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { TEMPLATE_BUILDERS } from '../../../scripts/templates';
import { loadModel, serializeModel } from '../../../src/core/file';
import { WorkbookEngine } from '../../../src/core/engine';
import { parseCellAddress } from '../../../src/core/document/address';
import { caseEvaluator, errorCells, setAt, SWEEP_TIMEOUT } from './template-engine';

/**
 * Checks that fail at a template's defaults on purpose: findings, not faults. Paid quarterly
 * in arrears, the mutual's default case is overdrawn in month 2 (monthly in advance is not).
 */
const FAILING_AT_DEFAULTS: Record<string, string[]> = {
  'mutual-spin-out': ['The trust’s cash never falls below the reserves floor'],
};

const modelPath = (id: string) => new URL(`../../../models/${id}.json`, import.meta.url);

describe.each(Object.entries(TEMPLATE_BUILDERS))('template %s', (id, build) => {
  const text = serializeModel(build());

  test('the committed file is exactly what its builder produces', () => {
    if (process.env.UPDATE_TEMPLATES === '1') writeFileSync(modelPath(id), text);
    expect(
      existsSync(modelPath(id)),
      `models/${id}.json is missing: run UPDATE_TEMPLATES=1 npx vitest run test/unit/models`,
    ).toBe(true);
    const committed = readFileSync(modelPath(id), 'utf8');
    // A structural diff first, so a failure says which cell or declaration differs.
    expect(JSON.parse(committed)).toEqual(JSON.parse(text));
    expect(committed).toBe(text);
  });

  test('loads through the file format door and names itself as the template', () => {
    const result = loadModel(JSON.parse(text));
    expect(result.ok ? [] : result.error).toEqual([]);
    if (!result.ok) return;
    expect(result.workbook.meta.template).toBe(id);
    expect(result.workbook.meta.description).not.toMatch(/\n/);
    expect(result.workbook.sheets[0]!.name).toBe('Assumptions');
    expect(result.workbook.sheets.at(-1)!.name).toBe('Summary');
  });

  test('calculates with no error value in any cell', () => {
    const engine = WorkbookEngine.fromWorkbook(build());
    expect(errorCells(engine)).toEqual([]);
    engine.destroy();
  });

  test('every input is a plain value on Assumptions, declared once, with its range and a source or note', () => {
    const workbook = build();
    const assumptions = workbook.sheets.find((s) => s.name === 'Assumptions')!;
    const refs = workbook.inputs.map((i) => i.ref);
    expect(new Set(refs).size).toBe(refs.length);
    for (const input of workbook.inputs) {
      const value = assumptions.cells[input.ref.replace(/^Assumptions!/, '')];
      expect(typeof value, input.ref).toBe('number');
      expect(input.default, input.ref).toBe(value);
      expect(input.low! <= (value as number) && (value as number) <= input.high!, input.ref).toBe(
        true,
      );
      expect(input.source ?? input.note, input.ref).toBeTruthy();
    }
    for (const cell of Object.values(assumptions.cells))
      expect(String(cell).startsWith('=')).toBe(false);
  });

  test('scenarios override declared inputs and charts show declared outputs', () => {
    const workbook = build();
    const inputs = new Set(workbook.inputs.map((i) => i.ref));
    const outputs = new Set(workbook.outputs.map((o) => o.ref));
    expect(workbook.scenarios.length).toBeGreaterThanOrEqual(2);
    for (const scenario of workbook.scenarios)
      for (const ref of Object.keys(scenario.overrides)) expect(inputs.has(ref), ref).toBe(true);
    expect(workbook.charts.length).toBeGreaterThanOrEqual(1);
    for (const chart of workbook.charts)
      for (const ref of chart.outputs) expect(outputs.has(ref), ref).toBe(true);
  });

  test('every scenario also calculates with no error value', () => {
    const workbook = build();
    for (const scenario of workbook.scenarios) {
      const engine = WorkbookEngine.fromWorkbook(workbook);
      for (const [ref, value] of Object.entries(scenario.overrides)) {
        if (typeof value === 'number') setAt(engine, ref, value);
      }
      expect(errorCells(engine), scenario.name).toEqual([]);
      engine.destroy();
    }
  });

  test('labels say one thing each, and every value on Summary is a declared output or check', () => {
    const workbook = build();
    const unique = (xs: string[]) => expect(new Set(xs).size, xs.join(' | ')).toBe(xs.length);
    unique(workbook.inputs.map((i) => i.label));
    unique(workbook.outputs.map((o) => o.label));
    unique(workbook.outputs.map((o) => o.ref));
    const summary = workbook.sheets.find((s) => s.name === 'Summary')!;
    const declared = new Set([
      ...workbook.outputs.map((o) => o.ref),
      ...(workbook.checks ?? []).map((c) => c.ref),
    ]);
    const values = Object.keys(summary.cells).filter((a) => /^B\d+$/.test(a) && a !== 'B2');
    for (const address of values) expect(declared.has(`Summary!${address}`), address).toBe(true);
  });

  test('Summary carries a Checks block, passing at the defaults but for a finding, and a Method note', () => {
    const workbook = build();
    const summary = workbook.sheets.find((s) => s.name === 'Summary')!;
    const column = (c: string) =>
      Object.entries(summary.cells).filter(([a]) => new RegExp(`^${c}\\d+$`).test(a));
    const headings = column('A').map(([, text]) => text);
    expect(headings).toContain('CHECKS');
    expect(headings).toContain('METHOD');
    const checks = workbook.checks ?? [];
    expect(checks.length).toBeGreaterThanOrEqual(2);
    const engine = WorkbookEngine.fromWorkbook(workbook);
    const failing: string[] = [];
    for (const check of checks) {
      const address = check.ref.replace('Summary!', '');
      expect(summary.cells[`A${address.slice(1)}`], check.ref).toBe(check.label);
      const value = engine.getValue('Summary', parseCellAddress(address)!);
      expect(typeof value, check.label).toBe('boolean');
      if (value !== true) failing.push(check.label);
    }
    engine.destroy();
    expect(failing).toEqual(FAILING_AT_DEFAULTS[id] ?? []);
    // The method says, in words, each thing a finance officer asks before signing.
    const method = [...column('A'), ...column('C')].map(([, text]) => String(text)).join(' ');
    for (const topic of [
      /real|cash/i,
      /year (0|1)/i,
      /discount/i,
      /transfer/i,
      /VAT/,
      /optimism bias/i,
    ])
      expect(method, String(topic)).toMatch(topic);
  });

  test('every scenario keeps its inputs inside their ranges and passes every check but the findings', () => {
    const workbook = build();
    const evaluator = caseEvaluator(workbook);
    const failing: string[] = [];
    for (const scenario of workbook.scenarios) {
      evaluator.show(scenario.overrides as Record<string, number>);
      for (const check of workbook.checks ?? [])
        if (
          evaluator.value(check.ref) !== true &&
          !(FAILING_AT_DEFAULTS[id] ?? []).includes(check.label)
        )
          failing.push(`${scenario.name}: ${check.label}`);
    }
    evaluator.destroy();
    expect(failing).toEqual([]);
  });

  test('named ranges read as words, not cell addresses', () => {
    for (const { name } of build().names)
      expect(name, name).toMatch(/^[A-Z][a-z]+(?:[A-Z][a-z]+)*$/);
  });

  test(
    'no error value appears with any single input at its low or its high value',
    () => {
      const workbook = build();
      const engine = WorkbookEngine.fromWorkbook(workbook);
      const problems: string[] = [];
      for (const input of workbook.inputs) {
        for (const value of [input.low!, input.high!]) {
          setAt(engine, input.ref, value);
          const errors = errorCells(engine);
          if (errors.length > 0)
            problems.push(`${input.label} = ${value}: ${errors.slice(0, 3).join(', ')}`);
        }
        setAt(engine, input.ref, input.default as number);
      }
      engine.destroy();
      expect(problems).toEqual([]);
    },
    SWEEP_TIMEOUT,
  );

  test('every source a model cites by tag is listed in its sources', () => {
    const workbook = build();
    const listed = new Set(
      workbook.meta.sources.map((source) => /^\[(S\d+)\]/.exec(source.label)?.[1]),
    );
    const cited = new Set(
      [
        ...JSON.stringify({ ...workbook, meta: { ...workbook.meta, sources: [] } }).matchAll(
          /S\d+(?=[\],])/g,
        ),
      ].map((m) => m[0]),
    );
    for (const tag of cited) expect(listed.has(tag), tag).toBe(true);
    for (const source of workbook.meta.sources)
      if (source.url) expect(source.url).toMatch(/^https:\/\/[a-z0-9.-]+\.[a-z]{2,}(\/[\w./-]*)?$/);
  });
});
