// F6 and Shift+F6 move between the screen's areas, as in Excel: the grid, the cell
// reference and formula bars, the sheet tabs and the side panel (when it is open).
// Each area is marked with data-region in WorkbookView; focus lands on its natural
// control (the active cell, the formula box, the shown sheet's tab, the panel's first).

/** Excel's F6 goes from the cells to what edits them, then outwards; not the page order. */
const ORDER = ['grid', 'entry', 'tabs', 'panel'];
const FOCUSABLE = 'button:not([disabled]), input:not([disabled]), select, textarea, [tabindex="0"]';
const LANDING: Record<string, string> = {
  entry: 'input[aria-label="Formula"]',
  tabs: '[role="tab"][aria-selected="true"]',
};

/** Moves focus to the next (or previous) area; `focusGrid` puts it on the active cell. */
export function cycleRegion(
  root: HTMLElement,
  from: Element | null,
  back: boolean,
  focusGrid: () => void,
): void {
  const regions = [...root.querySelectorAll<HTMLElement>('[data-region]')].sort(
    (a, b) => ORDER.indexOf(a.dataset.region ?? '') - ORDER.indexOf(b.dataset.region ?? ''),
  );
  if (regions.length === 0) return;
  const current = regions.findIndex((region) => region.contains(from));
  const step = back ? -1 : 1;
  const next = regions[(current + step + regions.length * 2) % regions.length]!;
  const name = next.dataset.region ?? '';
  if (name === 'grid') return focusGrid();
  const target =
    next.querySelector<HTMLElement>(LANDING[name] ?? FOCUSABLE) ??
    next.querySelector<HTMLElement>(FOCUSABLE);
  target?.focus();
}
