// Tab-separated text as Excel puts it on the system clipboard, so copying between
// the workbench and Excel (or Google Sheets, or Numbers) works both ways.
// Excel quotes a field that holds a tab, a line break or a double quote, doubling
// the quotes inside, ends every row with CRLF, and pastes back the same.

/** Reads clipboard text into rows of fields. A trailing line break adds no empty row. */
export function parseTsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let i = 0;
  let atFieldStart = true;
  while (i < text.length) {
    const ch = text[i]!;
    if (atFieldStart && ch === '"') {
      // A quoted field: runs to the closing quote; "" inside is one quote.
      let j = i + 1;
      let quoted = '';
      let closed = false;
      while (j < text.length) {
        if (text[j] === '"') {
          if (text[j + 1] === '"') {
            quoted += '"';
            j += 2;
            continue;
          }
          closed = true;
          j++;
          break;
        }
        quoted += text[j];
        j++;
      }
      const next = text[j];
      if (closed && (next === undefined || next === '\t' || next === '\n' || next === '\r')) {
        field = quoted;
        i = j;
        atFieldStart = false;
        continue;
      }
      // Not a well-formed quoted field (e.g. `"5" high`): Excel keeps it as typed.
    }
    atFieldStart = false;
    if (ch === '\t') {
      row.push(field);
      field = '';
      atFieldStart = true;
      i++;
    } else if (ch === '\r' || ch === '\n') {
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
      atFieldStart = true;
      i += ch === '\r' && text[i + 1] === '\n' ? 2 : 1;
    } else {
      field += ch;
      i++;
    }
  }
  if (!atFieldStart || field !== '' || row.length > 0) {
    row.push(field);
    rows.push(row);
  }
  return rows;
}

function quoteField(field: string): string {
  return /[\t\r\n"]/.test(field) ? `"${field.replace(/"/g, '""')}"` : field;
}

/** Writes rows of fields as Excel does: tabs between fields, CRLF after every row. */
export function toTsv(rows: readonly (readonly string[])[]): string {
  return rows.map((row) => row.map(quoteField).join('\t') + '\r\n').join('');
}
