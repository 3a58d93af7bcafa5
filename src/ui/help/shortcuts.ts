// Every key the workbook screen knows, in the words of the Keyboard shortcuts help.
// The README's table is checked against this list (test/unit/ui/shortcuts.test.ts),
// so the help and the documentation cannot drift apart.

export interface Shortcut {
  keys: string;
  does: string;
}
export interface ShortcutGroup {
  title: string;
  shortcuts: readonly Shortcut[];
}

export const SHORTCUT_GROUPS: readonly ShortcutGroup[] = [
  {
    title: 'Moving around the screen',
    shortcuts: [
      {
        keys: 'Tab / Shift+Tab',
        does: 'Into and out of the grid: it is one stop, on the active cell',
      },
      {
        keys: 'F6 / Shift+F6',
        does: 'Next / previous area: grid, cell reference and formula, sheet tabs, side panel',
      },
      { keys: 'Ctrl+/ (or ? outside the grid)', does: 'Open this list of keyboard shortcuts' },
      { keys: 'Escape', does: 'Close a dialog or menu; cancel typing in a cell' },
    ],
  },
  {
    title: 'Moving in the grid',
    shortcuts: [
      { keys: 'Arrow keys', does: 'Move the active cell' },
      { keys: 'Ctrl+arrow', does: 'Jump to the edge of the data' },
      { keys: 'Home / End', does: 'Column A of the row / the row’s last filled cell' },
      { keys: 'Ctrl+Home / Ctrl+End', does: 'Cell A1 / the last used cell' },
      { keys: 'Page Up / Page Down', does: 'A screen up / down' },
      { keys: 'Ctrl+Page Up / Ctrl+Page Down', does: 'Show the previous / next sheet' },
      { keys: 'Alt+Shift+Left / Alt+Shift+Right', does: 'Move the sheet left / right' },
    ],
  },
  {
    title: 'Selecting',
    shortcuts: [
      { keys: 'Shift+arrow', does: 'Extend the selection by one cell' },
      { keys: 'Ctrl+Shift+arrow', does: 'Extend the selection to the edge of the data' },
      {
        keys: 'Shift+Home / Shift+End, Ctrl+Shift+Home / Ctrl+Shift+End',
        does: 'Extend the selection as Home, End, Ctrl+Home and Ctrl+End move',
      },
    ],
  },
  {
    title: 'Editing',
    shortcuts: [
      { keys: 'Typing', does: 'Replace the active cell’s contents' },
      { keys: 'F2', does: 'Edit the active cell, keeping what is in it' },
      { keys: 'Enter / Tab (while typing)', does: 'Write the cell and move down / right' },
      { keys: 'Delete', does: 'Clear the selected cells' },
      { keys: 'Ctrl+C / Ctrl+X / Ctrl+V', does: 'Copy / cut / paste (tab-separated, as Excel)' },
      { keys: 'Ctrl+D / Ctrl+R', does: 'Fill down / right from the first row or column' },
      {
        keys: 'Ctrl+Z / Ctrl+Y (or Ctrl+Shift+Z)',
        does: 'Undo / redo, in the grid and in the side panel’s boxes',
      },
      { keys: 'Enter (in the Cell reference box)', does: 'Go to the cell or named range typed' },
    ],
  },
];
