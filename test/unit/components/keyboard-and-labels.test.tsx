// @vitest-environment happy-dom
import { cleanup, fireEvent, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import type { Route } from '../../../components/sidebar/route';
import { deskFixture } from './desk-fixture';

afterEach(cleanup);

const CONTROL_ROLES = ['button', 'link', 'textbox', 'combobox', 'spinbutton', 'checkbox', 'radio', 'group'] as const;

/** Every control in view (closed <details> included) with no accessible name, as "role: html". */
function unnamedControls(): string[] {
  return CONTROL_ROLES.flatMap((role) =>
    screen
      .queryAllByRole(role, { hidden: true, name: (name) => name.trim() === '' })
      // A fieldset without legend is a plain box, not a control.
      .filter((el) => !(role === 'group' && el.tagName !== 'FIELDSET' && !el.getAttribute('role')))
      .map((el) => `${role}: ${el.outerHTML.slice(0, 120)}`),
  );
}

describe('Keyboard and screen readers', () => {
  it('labels every control of Today and of each debtor screen', async () => {
    const f = await deskFixture();
    const routes: Route[] = [
      { view: 'today' },
      ...['acme', 'brightside', 'cobalt', 'delta and sons'].flatMap((id) =>
        ([undefined, 'call', 'draft', 'letter', 'plan', 'escalate'] as const).map(
          (panel): Route => ({ view: 'debtor', id, ...(panel ? { panel } : {}) }),
        ),
      ),
    ];
    for (const route of routes) {
      f.render(route);
      await screen.findByRole('heading', { level: 2, name: route.view === 'today' ? /^Today/ : /./ });
      // Forms that open on demand: the promise and dispute forms in call mode, the steps editor in the detail.
      for (const name of ['Promised to pay on…', 'Give it its own steps']) {
        const opener = screen.queryByRole('button', { name });
        if (opener) fireEvent.click(opener);
      }
      expect({ route, unnamed: unnamedControls() }).toEqual({ route, unnamed: [] });
      cleanup();
    }
  });

  it('moves focus to the title of the view the user opens, and leaves it alone on first render', async () => {
    const f = await deskFixture();
    f.render({ view: 'today' });
    await screen.findByRole('heading', { name: /^Today/ });
    expect(document.activeElement).toBe(document.body);

    fireEvent.click(screen.getByRole('button', { name: 'Start call: Acme Corp' }));
    await screen.findByRole('region', { name: 'Call mode' });
    expect(document.activeElement?.id).toBe('debtor-title');
    expect(document.activeElement?.textContent).toBe('Acme Corp: Call');

    const views = screen.getByRole('navigation', { name: 'Views' });
    fireEvent.click(within(views).getByRole('button', { name: 'Debtors' }));
    expect((await screen.findByRole('heading', { name: 'Debtors by class' })).id).toBe(document.activeElement?.id);
    fireEvent.click(within(views).getByRole('button', { name: 'Ledger health' }));
    expect((await screen.findByRole('heading', { name: 'Ledger health' })).id).toBe(document.activeElement?.id);
    fireEvent.click(within(views).getByRole('button', { name: 'Today' }));
    expect((await screen.findByRole('heading', { name: /^Today/ })).id).toBe(document.activeElement?.id);
    expect(document.activeElement?.id).toBe('today-title');
  });
});
