// What journalling costs an edit, in the browser with its real localStorage: the income
// template in the real engine, each edit timed on its own, and inside it the time the
// journal takes (the entry worked out, serialised and written, as OpenWorkbook does).
import { WorkbookEngine } from '../../../src/core/engine';
import { loadModel } from '../../../src/core/file';
import { EditJournal } from '../../../src/storage/edit-journal';
import { parseCellRef } from '../../../src/core/document/address';
import template from '../../../models/income-generation.json';

const loaded = loadModel(template);
if (!loaded.ok) throw new Error('the income template does not load');
const engine = WorkbookEngine.fromWorkbook(loaded.workbook);
localStorage.clear();
const journal = new EditJournal(localStorage, 'bench', 'session', 'tab', 1);
let journalMs = 0;
engine.onChange((event) => {
  const started = performance.now();
  journal.append(event.journalEntry());
  journalMs = performance.now() - started;
});

const inputs = loaded.workbook.inputs
  .map((input) => ({ input, cell: parseCellRef(input.ref) }))
  .filter(
    ({ input }) =>
      typeof engine.getContent(input.ref.split('!')[0]!, parseCellRef(input.ref)!) === 'number',
  );
const edits: number[] = [];
const journals: number[] = [];
for (let i = 0; i < 61; i++) {
  const { input, cell } = inputs[i % inputs.length]!;
  const sheet = input.ref.split('!')[0]!;
  const position = { row: cell!.row, col: cell!.col };
  const value = engine.getContent(sheet, position) as number;
  const started = performance.now();
  engine.setCell(sheet, position, value * (i % 2 === 0 ? 1.01 : 1 / 1.01));
  edits.push(performance.now() - started);
  journals.push(journalMs);
  // Saved: the journal is cleared as OpenWorkbook's save would.
  journal.saved(journal.lastSeq, 2 + i);
}
(window as unknown as { __journal: { edits: number[]; journals: number[] } }).__journal = {
  edits,
  journals,
};
