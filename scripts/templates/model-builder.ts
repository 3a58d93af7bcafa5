// The shared builder behind every template in models/: sheets and cells, the Assumptions
// sheet with its declared inputs, outputs, names, scenarios and charts. Each template's
// builder (e.g. income-generation.ts) says only what is particular to its model.
import type {
  CellContent,
  ChartDefinition,
  CheckDeclaration,
  InputDeclaration,
  NamedRange,
  NumberFormat,
  OutputDeclaration,
  Scenario,
  Sheet,
  Workbook,
  WorkbookMeta,
} from '../../src/core/file/schema';
import { columnIndex, columnLetters } from '../../src/core/document/address';
import { isSourceTag, sourceEntry, sourceTitle, type SourceTag } from './sources';

/** Templates are data: a fixed timestamp keeps the committed files stable between builds. */
const TEMPLATE_DATE = '2026-11-24T00:00:00.000Z';

/** UK financial years, April to March, as the column headers read: 2027/28 ... */
export function financialYearLabel(firstYear: number, index: number): string {
  const start = firstYear + index;
  return `${start}/${String((start + 1) % 100).padStart(2, '0')}`;
}

/** Column letters from `first`, `count` of them: years or months across a sheet. */
export function columnsFrom(first: string, count: number): string[] {
  const start = columnIndex(first);
  return Array.from({ length: count }, (_, i) => columnLetters(start + i));
}

/** `Assumptions!B7` -> `Assumptions!$B$7`, so a formula copied across keeps pointing at it. */
export function absolute(ref: string): string {
  return ref.replace(/!([A-Z]+)(\d+)$/, '!$$$1$$$2');
}

export function shiftColumn(column: string, by: number): string {
  return columnLetters(columnIndex(column) + by);
}

export class SheetBuilder {
  readonly name: string;
  readonly #cells: Record<string, CellContent> = {};
  readonly #formats: Record<string, NumberFormat> = {};
  readonly #widths: Record<string, number>;

  constructor(name: string, columnWidths: Record<string, number>) {
    this.name = name;
    this.#widths = columnWidths;
  }

  /** Writes one cell; a second write to the same cell is a bug in a builder. */
  set(address: string, content: CellContent, format?: NumberFormat): this {
    if (address in this.#cells) throw new Error(`${this.name}!${address} written twice`);
    this.#cells[address] = content;
    if (format !== undefined && format !== 'general') this.#formats[address] = format;
    return this;
  }

  /** A row across columns: `contents(column, i)` gives each cell, e.g. one per year. */
  across(
    row: number,
    columns: readonly string[],
    contents: (column: string, i: number) => CellContent,
    format?: NumberFormat,
  ): this {
    columns.forEach((column, i) => this.set(`${column}${row}`, contents(column, i), format));
    return this;
  }

  /** A labelled row: the label in column A, then `contents` across the columns. */
  labelledRow(
    row: number,
    label: string,
    columns: readonly string[],
    contents: (column: string, i: number) => CellContent,
    format?: NumberFormat,
  ): this {
    this.set(`A${row}`, label);
    return this.across(row, columns, contents, format);
  }

  /** `Sheet!C5:G5` (quoted when the name needs it), for outputs and formulas. */
  ref(address: string): string {
    return `${quoteSheet(this.name)}!${address}`;
  }

  build(): Sheet {
    const sheet: Sheet = { name: this.name, cells: sortCells(this.#cells) };
    if (Object.keys(this.#formats).length > 0) sheet.formats = sortCells(this.#formats);
    sheet.columnWidths = { ...this.#widths };
    return sheet;
  }
}

export function quoteSheet(name: string): string {
  return /^[A-Za-z_][A-Za-z0-9_.]*$/.test(name) ? name : `'${name.replace(/'/g, "''")}'`;
}

/** Cells in reading order (row, then column), so the JSON diffs the way the sheet reads. */
function sortCells<T>(cells: Record<string, T>): Record<string, T> {
  const key = (address: string) => {
    const match = /^([A-Z]+)(\d+)$/.exec(address)!;
    return Number(match[2]) * 100_000 + columnIndex(match[1]!);
  };
  return Object.fromEntries(Object.entries(cells).sort(([a], [b]) => key(a) - key(b)));
}

export interface InputSpec {
  /** a named range for the cell, so formulas read like sentences: `ContractSum` */
  name?: string;
  label: string;
  value: number;
  unit: string;
  low: number;
  high: number;
  format: NumberFormat;
  /** a sourced figure: its DOMAIN tag */
  source?: SourceTag;
  /** an estimate or a derivation, in plain words ("Estimate: ..."); required without a source */
  note?: string;
}

export interface OutputSpec {
  label: string;
  unit: string;
  description?: string;
  /** a range output's point labels: a ref to as many cells (e.g. the row of years above it) */
  categories?: string;
  /** a range output's horizontal axis title on a chart, e.g. "Financial year" */
  categoryAxis?: string;
  /** how the comparison makes a range output one figure; "last" for a balance */
  summary?: 'total' | 'average' | 'last';
}

export interface TemplateMeta {
  id: string;
  title: string;
  description: string;
  notes: { title: string; text: string }[];
}

/** Builds one template: Assumptions first, then the calculation sheets, then Summary. */
export class ModelBuilder {
  readonly assumptions: SheetBuilder;
  readonly #sheets: SheetBuilder[] = [];
  readonly #names: NamedRange[] = [];
  readonly #inputs: InputDeclaration[] = [];
  readonly #outputs: OutputDeclaration[] = [];
  readonly #scenarios: Scenario[] = [];
  readonly #charts: ChartDefinition[] = [];
  readonly #checks: CheckDeclaration[] = [];
  readonly #sourceTags = new Set<SourceTag>();
  #row: number;
  #group = '';
  #lastInputRow = 4;

  constructor(title: string) {
    this.assumptions = this.sheet('Assumptions', {
      A: 460,
      B: 130,
      C: 120,
      D: 820,
      E: 110,
      F: 110,
    });
    const a = this.assumptions;
    a.set('A1', title).set('A2', 'Change the values in column B; every other sheet follows.');
    a.set('A3', 'Assumption').set('B3', 'Value').set('C3', 'Unit').set('D3', 'Source or reasoning');
    // The declared range beside each value, so the Checks block can test every input against it.
    a.set('E3', 'Low').set('F3', 'High');
    this.#row = 4;
  }

  sheet(name: string, columnWidths: Record<string, number>): SheetBuilder {
    const sheet = new SheetBuilder(name, columnWidths);
    this.#sheets.push(sheet);
    return sheet;
  }

  /** A heading row on Assumptions; the inputs below it belong to this group. */
  group(title: string): void {
    if (title.length > 100) throw new Error(`group title over 100 characters: ${title}`);
    this.#row++;
    this.assumptions.set(`A${this.#row}`, title.toUpperCase());
    this.#row++;
    this.#group = title;
  }

  /** One assumption: a value in column B, declared as an input. Returns its ref. */
  input(spec: InputSpec): string {
    if (spec.source === undefined && spec.note === undefined)
      throw new Error(`${spec.label}: a source or a note`);
    if (!(spec.low <= spec.value && spec.value <= spec.high))
      throw new Error(`${spec.label}: low <= value <= high`);
    const row = this.#row++;
    const a = this.assumptions;
    a.set(`A${row}`, spec.label).set(`B${row}`, spec.value, spec.format).set(`C${row}`, spec.unit);
    const why = [spec.source && sourceTitle(spec.source), spec.note].filter(Boolean).join('. ');
    a.set(`D${row}`, why);
    a.set(`E${row}`, spec.low, spec.format).set(`F${row}`, spec.high, spec.format);
    this.#lastInputRow = row;
    const ref = `Assumptions!B${row}`;
    const declaration: InputDeclaration = {
      ref,
      label: spec.label,
      unit: spec.unit,
      group: this.#group,
      default: spec.value,
      low: spec.low,
      high: spec.high,
    };
    if (spec.note !== undefined) declaration.note = spec.note;
    if (spec.source !== undefined) {
      declaration.source = sourceTitle(spec.source);
      this.#sourceTags.add(spec.source);
    }
    this.#inputs.push(declaration);
    if (spec.name !== undefined)
      this.#names.push({ name: spec.name, ref: `Assumptions!$B$${row}` });
    return ref;
  }

  /** A source cited only in notes (not by any input) still belongs in meta.sources. */
  cite(...tags: SourceTag[]): void {
    for (const tag of tags) this.#sourceTags.add(tag);
  }

  name(name: string, ref: string): void {
    this.#names.push({ name, ref });
  }

  output(ref: string, spec: OutputSpec): string {
    const declaration: OutputDeclaration = { ref, label: spec.label, unit: spec.unit };
    if (spec.description !== undefined) declaration.description = spec.description;
    if (spec.categories !== undefined) declaration.categories = spec.categories;
    if (spec.categoryAxis !== undefined) declaration.categoryAxis = spec.categoryAxis;
    if (spec.summary !== undefined) declaration.summary = spec.summary;
    this.#outputs.push(declaration);
    return ref;
  }

  scenario(id: string, name: string, description: string, overrides: Record<string, number>): void {
    this.#scenarios.push({ id, name, description, overrides });
  }

  chart(id: string, title: string, kind: 'line' | 'bar', outputs: string[]): void {
    this.#charts.push({ id, title, kind, outputs });
  }

  /** A check the workbook shows above the grid while it fails: `ref` is TRUE while it passes. */
  check(ref: string, label: string): void {
    this.#checks.push({ ref, label });
  }

  /** TRUE while every input on Assumptions lies inside its declared low-high range. */
  inputsInRangeFormula(): string {
    const col = (c: string) => `Assumptions!${c}4:${c}${this.#lastInputRow}`;
    return `=SUMPRODUCT((${col('B')}<${col('E')})+(${col('B')}>${col('F')}))=0`;
  }

  build(meta: TemplateMeta): Workbook {
    const sheets = this.#sheets.map((s) => s.build());
    // A tag cited in any text ([S24], [S15, S21]) belongs in meta.sources too.
    const text = JSON.stringify([sheets, this.#inputs, this.#outputs, this.#scenarios, meta.notes]);
    for (const match of text.matchAll(/\[(S\d+(?:, S\d+)*)\]/g)) {
      for (const tag of match[1]!.split(', ')) {
        if (!isSourceTag(tag)) throw new Error(`unknown source ${tag}`);
        this.#sourceTags.add(tag);
      }
    }
    const tags = [...this.#sourceTags].sort((a, b) => Number(a.slice(1)) - Number(b.slice(1)));
    const workbookMeta: WorkbookMeta = {
      title: meta.title,
      description: meta.description,
      template: meta.id,
      currency: 'GBP',
      createdAt: TEMPLATE_DATE,
      modifiedAt: TEMPLATE_DATE,
      sources: tags.map(sourceEntry),
      notes: meta.notes,
    };
    return {
      format: 'library-finance-workbench',
      version: 1,
      meta: workbookMeta,
      sheets,
      names: this.#names,
      inputs: this.#inputs,
      outputs: this.#outputs,
      scenarios: this.#scenarios,
      charts: this.#charts,
      ...(this.#checks.length > 0 ? { checks: this.#checks } : {}),
    };
  }
}

/** The Summary sheet: label in A, value in B, plain-words explanation in C. */
export class SummaryBuilder {
  readonly sheet: SheetBuilder;
  readonly #model: ModelBuilder;
  #row = 3;

  constructor(model: ModelBuilder, title: string) {
    this.#model = model;
    this.sheet = model.sheet('Summary', { A: 480, B: 250, C: 780 });
    this.sheet
      .set('A1', title)
      .set('A2', 'What the model says')
      .set('B2', 'Value')
      .set('C2', 'What it means');
  }

  heading(text: string): void {
    this.#row++;
    this.sheet.set(`A${this.#row}`, text.toUpperCase());
    this.#row++;
  }

  /** One output row; declared as an output unless `declare` is false. Returns its ref. */
  line(
    label: string,
    formula: string,
    format: NumberFormat,
    unit: string,
    explanation: string,
    declare = true,
  ): string {
    const row = this.#row++;
    this.sheet.set(`A${row}`, label).set(`B${row}`, formula, format).set(`C${row}`, explanation);
    const ref = `Summary!B${row}`;
    if (declare) this.#model.output(ref, { label, unit, description: explanation });
    return ref;
  }

  /** A plain-text line with no value (a caveat, a benchmark). */
  remark(text: string): void {
    this.sheet.set(`C${this.#row++}`, text);
  }

  /**
   * One line of the Checks block: the check as a sentence in A, TRUE or FALSE in B (from
   * `formula`), the result in words in C; declared so the workbook names it while it fails.
   */
  check(label: string, formula: string, ifFailing: string): string {
    const row = this.#row++;
    const quoted = ifFailing.replace(/"/g, '""');
    this.sheet
      .set(`A${row}`, label)
      .set(`B${row}`, formula)
      .set(`C${row}`, `=IF(B${row},"Passes.","FAILS: ${quoted}")`);
    const ref = `Summary!B${row}`;
    this.#model.check(ref, label);
    return ref;
  }

  /** The Checks block every Summary carries; the inputs' range check comes last. */
  checks(lines: { label: string; formula: string; ifFailing: string }[]): void {
    this.heading('Checks');
    for (const line of lines) this.check(line.label, line.formula, line.ifFailing);
    this.check(
      'Every input is inside its low–high range (columns E and F of Assumptions)',
      this.#model.inputsInRangeFormula(),
      'an input on Assumptions is outside the range its sensitivity and risk analysis assume.',
    );
  }

  /** The Method note: how the figures are built, one topic a line (topic in A, words in C). */
  method(topics: [topic: string, text: string][]): void {
    this.heading('Method');
    for (const [topic, text] of topics) {
      const row = this.#row++;
      this.sheet.set(`A${row}`, topic).set(`C${row}`, text);
    }
  }
}
