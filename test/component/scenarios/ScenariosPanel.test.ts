// @vitest-environment jsdom
import { afterEach, describe, expect, test, vi } from 'vitest';
import { cleanup, render, screen, within } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { WorkbookEngine } from '../../../src/core/engine';
import ScenariosPanel from '../../../src/ui/scenarios/ScenariosPanel.svelte';
import { libraryModel, PESSIMISTIC } from '../../unit/core/scenarios/library-model';

afterEach(cleanup);
// jsdom has no modal dialogs; the confirmation only needs to open and close.
HTMLDialogElement.prototype.showModal ??= function (this: HTMLDialogElement) {
  this.open = true;
};
HTMLDialogElement.prototype.close ??= function (this: HTMLDialogElement) {
  this.open = false;
};

function setup() {
  const engine = WorkbookEngine.fromWorkbook(libraryModel([PESSIMISTIC]));
  const onAlert = vi.fn<(message: string) => void>();
  render(ScenariosPanel, { engine, onAlert });
  return {
    engine,
    onAlert,
    user: userEvent.setup(),
    region: screen.getByRole('region', { name: 'Scenarios' }),
  };
}

describe('ScenariosPanel', () => {
  test('lists each input with its base value and one box per scenario', () => {
    const { region } = setup();
    expect(within(region).getByRole('rowheader', { name: /Contract sum/ })).toBeInTheDocument();
    expect(within(region).getByText('£100,000')).toBeInTheDocument();
    expect(within(region).getByRole('textbox', { name: 'Contract sum, Pessimistic' })).toHaveValue(
      '90000',
    );
    expect(within(region).getByRole('textbox', { name: 'Growth, Pessimistic' })).toHaveValue('10%');
  });

  test('adds a scenario named in the Scenario name box', async () => {
    const { engine, user, region } = setup();
    await user.type(
      within(region).getByRole('textbox', { name: 'Scenario name' }),
      'Council cut 10%',
    );
    await user.click(within(region).getByRole('button', { name: 'Add scenario' }));
    expect(engine.parts.scenarios.map((s) => s.name)).toEqual(['Pessimistic', 'Council cut 10%']);
    expect(
      await screen.findByRole('textbox', { name: 'Contract sum, Council cut 10%' }),
    ).toHaveValue('100000');
    expect(within(region).getByRole('textbox', { name: 'Scenario name' })).toHaveValue('');
  });

  test.each([['Base'], ['pessimistic'], ['   ']])(
    'refuses the scenario name %j with a message',
    async (name) => {
      const { engine, onAlert, user, region } = setup();
      const box = within(region).getByRole('textbox', { name: 'Scenario name' });
      await user.clear(box);
      if (name.trim()) await user.type(box, name);
      await user.click(within(region).getByRole('button', { name: 'Add scenario' }));
      expect(onAlert).toHaveBeenCalledWith(expect.stringMatching(/^Scenario name: /));
      expect(engine.parts.scenarios).toHaveLength(1);
    },
  );

  test('an override shows as changed and can be cleared; an inherited value does not', async () => {
    const { engine, user, region } = setup();
    const parties = within(region).getByRole('textbox', { name: 'Parties, Pessimistic' });
    const growth = within(region).getByRole('textbox', { name: 'Growth, Pessimistic' });
    expect(within(growth.parentElement!).queryByText('changed')).toBeNull();
    expect(within(region).queryByRole('button', { name: 'Clear Growth, Pessimistic' })).toBeNull();

    await user.clear(growth);
    await user.type(growth, '4.5%{Enter}');
    expect(engine.parts.scenarios[0]!.overrides['Assumptions!B2']).toBe(0.045);
    expect(await within(growth.parentElement!).findByText('changed')).toBeVisible();
    expect(growth).toHaveValue('4.5%');
    expect(engine.getValue('Assumptions', { row: 1, col: 1 })).toBe(0.1); // the base is untouched

    expect(within(parties.parentElement!).getByText('changed')).toBeVisible();
    await user.click(within(region).getByRole('button', { name: 'Clear Parties, Pessimistic' }));
    expect(engine.parts.scenarios[0]!.overrides).not.toHaveProperty('Assumptions!B3');
    expect(
      await within(region).findByRole('textbox', { name: 'Parties, Pessimistic' }),
    ).toHaveValue('20');
    expect(within(region).queryByRole('button', { name: 'Clear Parties, Pessimistic' })).toBeNull();
  });

  test('refuses a value that is not a number, naming the input', async () => {
    const { engine, onAlert, user, region } = setup();
    const box = within(region).getByRole('textbox', { name: 'Contract sum, Pessimistic' });
    await user.clear(box);
    await user.type(box, 'lots{Enter}');
    expect(onAlert).toHaveBeenCalledWith(
      expect.stringContaining('Contract sum, Pessimistic: "lots" is not a number'),
    );
    expect(box).toHaveAttribute('aria-invalid', 'true');
    expect(engine.parts.scenarios[0]!.overrides['Assumptions!B1']).toBe(90000);
  });

  test('Show in grid saves the active scenario and says which one the grid shows', async () => {
    const { engine, user, region } = setup();
    expect(within(region).getByRole('status')).toHaveTextContent('The grid shows Base');
    await user.selectOptions(
      within(region).getByRole('combobox', { name: 'Show in grid' }),
      'Pessimistic',
    );
    expect(engine.parts.activeScenarioId).toBe('pessimistic');
    expect(within(region).getByRole('status')).toHaveTextContent('The grid shows Pessimistic');
  });

  test('renames, duplicates and moves a scenario, and deletes it after confirming', async () => {
    const { engine, user, region } = setup();
    await user.click(within(region).getByRole('button', { name: 'Duplicate Pessimistic' }));
    expect(engine.parts.scenarios.map((s) => s.name)).toEqual([
      'Pessimistic',
      'Pessimistic (copy)',
    ]);
    await user.click(
      await within(region).findByRole('button', { name: 'Move Pessimistic (copy) left' }),
    );
    expect(engine.parts.scenarios.map((s) => s.name)).toEqual([
      'Pessimistic (copy)',
      'Pessimistic',
    ]);
    await user.click(within(region).getByRole('button', { name: 'Rename Pessimistic (copy)' }));
    const rename = within(region).getByRole('textbox', { name: 'New name for Pessimistic (copy)' });
    await user.clear(rename);
    await user.type(rename, 'Worst case{Enter}');
    expect(engine.parts.scenarios[0]!.name).toBe('Worst case');
    await user.click(await within(region).findByRole('button', { name: 'Delete Worst case' }));
    const dialog = await screen.findByRole('dialog', { name: 'Delete scenario' });
    await user.click(within(dialog).getByRole('button', { name: 'Delete scenario' }));
    expect(engine.parts.scenarios.map((s) => s.name)).toEqual(['Pessimistic']);
  });

  test('Ctrl+Z in an override box undoes the workbook edit, and Ctrl+Y redoes it', async () => {
    const { user, region, engine } = setup();
    const box = within(region).getByRole('textbox', { name: 'Contract sum, Pessimistic' });
    await user.clear(box);
    await user.type(box, '80000{Enter}');
    const overrideOf = () => engine.parts.scenarios[0]!.overrides[engine.parts.inputs[0]!.ref];
    expect(overrideOf()).toBe(80000);
    await user.keyboard('{Control>}z{/Control}');
    expect(overrideOf()).toBe(90000);
    expect(box).toHaveValue('90000');
    await user.keyboard('{Control>}y{/Control}');
    expect(overrideOf()).toBe(80000);
    expect(box).toHaveValue('80000');
  });

  test('Ctrl+Z while typing in an override box is the box’s own text undo', async () => {
    const { user, region, engine } = setup();
    const box = within(region).getByRole('textbox', { name: 'Contract sum, Pessimistic' });
    const versionBefore = engine.version;
    await user.type(box, '5');
    await user.keyboard('{Control>}z{/Control}');
    expect(engine.version).toBe(versionBefore);
  });
});
