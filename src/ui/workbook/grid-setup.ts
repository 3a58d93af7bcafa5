// ag-grid, set up once: only the modules the workbook grid uses (the full
// community bundle is several times larger), and a theme built in code (no CSS
// from a CDN) with the compact, ruled look of a spreadsheet.
import {
  CellStyleModule,
  ClientSideRowModelModule,
  EventApiModule,
  ModuleRegistry,
  RenderApiModule,
  ScrollApiModule,
  TextEditorModule,
  ValidationModule,
  themeQuartz,
  type Module,
} from 'ag-grid-community';

let registered = false;

export function registerGridModules(): void {
  if (registered) return;
  registered = true;
  const modules: Module[] = [
    ClientSideRowModelModule,
    TextEditorModule,
    CellStyleModule,
    RenderApiModule,
    ScrollApiModule,
    EventApiModule,
  ];
  // Development builds explain a missing module instead of failing silently.
  if (import.meta.env.DEV) modules.push(ValidationModule);
  ModuleRegistry.registerModules(modules);
}

export const gridTheme = themeQuartz.withParams({
  fontFamily: 'system-ui, -apple-system, "Segoe UI", Roboto, Arial, sans-serif',
  fontSize: 14,
  headerFontSize: 13,
  headerFontWeight: 600,
  rowHeight: 26,
  headerHeight: 28,
  spacing: 4,
  cellHorizontalPadding: 6,
  wrapperBorderRadius: 0,
  borderColor: '#c8ccd2',
  columnBorder: { color: '#dadde1' },
  headerColumnBorder: { color: '#c8ccd2' },
  rowBorder: { color: '#dadde1' },
  headerBackgroundColor: '#f1f3f5',
  headerTextColor: '#1f2328',
  foregroundColor: '#1b1f24',
  backgroundColor: '#ffffff',
  accentColor: '#0b5cad',
  rowHoverColor: 'transparent',
  oddRowBackgroundColor: '#ffffff',
});
