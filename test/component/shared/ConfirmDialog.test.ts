// @vitest-environment jsdom
import { describe, expect, test } from 'vitest';
import { render } from '@testing-library/svelte';
import ConfirmDialog from '../../../src/ui/shared/ConfirmDialog.svelte';

const props = (title: string) => ({
  open: false,
  title,
  message: 'Sure?',
  confirmLabel: 'Delete',
  onconfirm: () => {},
  oncancel: () => {},
});

describe('ConfirmDialog', () => {
  test('two dialogs on one screen are each named by their own title', () => {
    const sheet = render(ConfirmDialog, props('Delete sheet'));
    const scenario = render(ConfirmDialog, props('Delete scenario'));
    const dialogs = [sheet, scenario].map((r) => r.container.querySelector('dialog')!);
    const names = dialogs.map(
      (d) => document.getElementById(d.getAttribute('aria-labelledby')!)?.textContent,
    );
    expect(names).toEqual(['Delete sheet', 'Delete scenario']);
  });
});
