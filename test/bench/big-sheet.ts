// The edit benchmark's model: 10,000 rows x 10 columns, 50,000 formulas, all of
// which depend on A1, so one edit of A1 recalculates every one of them.
import { createBlankWorkbook } from '../../src/core/file';
import type { CellContent, Workbook } from '../../src/core/file/schema';

export const BIG_ROWS = 10_000;

export function bigSheetWorkbook(): Workbook {
  const cells: Record<string, CellContent> = {};
  for (let r = 1; r <= BIG_ROWS; r++) {
    cells[`A${r}`] = r === 1 ? 1 : r;
    cells[`B${r}`] = r * 2;
    cells[`C${r}`] = r * 3;
    cells[`D${r}`] = r % 7;
    cells[`E${r}`] = r % 11;
    cells[`F${r}`] = `=A${r}*$A$1+B${r}`;
    cells[`G${r}`] = `=F${r}+C${r}`;
    cells[`H${r}`] = `=G${r}*2-D${r}`;
    cells[`I${r}`] = `=H${r}+E${r}*$A$1`;
    cells[`J${r}`] = `=I${r}/2`;
  }
  const workbook = createBlankWorkbook('Edit benchmark (10,000 rows)');
  return { ...workbook, sheets: [{ name: 'Data', cells }] };
}
