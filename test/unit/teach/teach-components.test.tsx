// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { SiteProfile } from '../../../lib/extract/page/site-profile';
import { defineProfile } from '../../../lib/extract/page/site-profile';
import type { TeachPicked } from '../../../lib/messages/teach';
import { ColumnConfirm } from '../../../components/teach/ColumnConfirm';
import { TeachPage } from '../../../components/teach/TeachPage';
import { TaughtProfiles } from '../../../components/teach/TaughtProfiles';
import type { TeachAccess } from '../../../components/teach/teach-access';

afterEach(cleanup);

const PICKED: TeachPicked = {
  url: 'http://127.0.0.1:4321/fakturor',
  headers: ['Fakturanr', 'Kund', 'Förfallodag', 'Att betala'],
  sample: [
    ['F-1001', 'Volvo Bygg AB', '2026-10-05', 'SEK 1 250,00'],
    ['F-1002', 'Ikano Möbler', '2026-11-30', 'SEK 980,50'],
  ],
  // What the generic reader guessed by values: the number and the date, nothing else.
  columns: { number: 0, due: 2 },
};

const selectFor = (header: string) => screen.getByLabelText(header) as HTMLSelectElement;

describe('ColumnConfirm', () => {
  it('shows every column with its values and the detected field, and confirms the corrected mapping', () => {
    const onConfirm = vi.fn();
    render(<ColumnConfirm picked={PICKED} onConfirm={onConfirm} onCancel={() => {}} />);
    expect(selectFor('Fakturanr').value).toBe('number');
    expect(selectFor('Kund').value).toBe('ignore');
    expect(selectFor('Förfallodag').value).toBe('due');
    expect(screen.getByRole('row', { name: /Kund/ }).textContent).toContain('Volvo Bygg AB · Ikano Möbler');

    fireEvent.click(screen.getByRole('button', { name: 'Save and read this page' }));
    expect(screen.getByRole('alert').textContent).toBe('Choose the column for: customer, amount due or total.');
    expect(onConfirm).not.toHaveBeenCalled();

    fireEvent.change(selectFor('Kund'), { target: { value: 'customer' } });
    fireEvent.change(selectFor('Att betala'), { target: { value: 'balance' } });
    fireEvent.change(screen.getByLabelText(/Name of this site/), { target: { value: 'Min bokföring' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save and read this page' }));
    expect(onConfirm).toHaveBeenCalledWith({ number: 0, customer: 1, due: 2, balance: 3 }, 'Min bokföring');
  });

  it('refuses a field given to two columns', () => {
    const onConfirm = vi.fn();
    render(
      <ColumnConfirm
        picked={{ ...PICKED, columns: { number: 0, customer: 1, balance: 3 } }}
        onConfirm={onConfirm}
        onCancel={() => {}}
      />,
    );
    fireEvent.change(selectFor('Förfallodag'), { target: { value: 'customer' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save and read this page' }));
    expect(screen.getByRole('alert').textContent).toMatch(/^Customer: chosen for more than one column/);
    expect(onConfirm).not.toHaveBeenCalled();
  });

  it('names header-less columns by position', () => {
    render(<ColumnConfirm picked={{ ...PICKED, headers: [] }} onConfirm={() => {}} onCancel={() => {}} />);
    expect(selectFor('Column 4').value).toBe('ignore');
  });
});

function fakeAccess(overrides: Partial<TeachAccess> = {}): TeachAccess & { saved: unknown[] } {
  const saved: unknown[] = [];
  return {
    saved,
    start: async () => PICKED,
    cancel: async () => {},
    save: async (columns, name) => {
      saved.push({ columns, name });
      return defineProfile({ id: 'taught-x', name: name ?? 'x' });
    },
    profiles: async () => [],
    importJson: async () => defineProfile({ id: 'y', name: 'y' }),
    remove: async () => {},
    ...overrides,
  };
}

describe('TeachPage', () => {
  it('teaches: pick on the page, confirm the columns, saved', async () => {
    const teach = fakeAccess();
    render(<TeachPage teach={teach} />);
    fireEvent.click(screen.getByRole('button', { name: 'Teach Owed this page' }));
    fireEvent.change(await screen.findByLabelText('Kund'), { target: { value: 'customer' } });
    fireEvent.change(selectFor('Att betala'), { target: { value: 'total' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save and read this page' }));
    expect(await screen.findByText(/Owed reads this page with it now/)).toBeTruthy();
    expect(teach.saved).toEqual([{ columns: { number: 0, customer: 1, due: 2, total: 3 }, name: '127.0.0.1:4321' }]);
  });

  it('says why a save failed and keeps the columns to fix', async () => {
    const teach = fakeAccess({
      save: async () => Promise.reject(new Error('The list picked is gone from the page: pick it again.')),
    });
    render(<TeachPage teach={teach} />);
    fireEvent.click(screen.getByRole('button', { name: 'Teach Owed this page' }));
    fireEvent.change(await screen.findByLabelText('Kund'), { target: { value: 'customer' } });
    fireEvent.change(selectFor('Att betala'), { target: { value: 'total' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save and read this page' }));
    expect((await screen.findByRole('alert')).textContent).toBe(
      'The list picked is gone from the page: pick it again.',
    );
    expect(selectFor('Kund').value).toBe('customer');
  });

  it('goes back to the button when the user cancels on the page', async () => {
    render(<TeachPage teach={fakeAccess({ start: async () => null })} />);
    fireEvent.click(screen.getByRole('button', { name: 'Teach Owed this page' }));
    expect(await screen.findByRole('button', { name: 'Teach Owed this page' })).toBeTruthy();
    expect(screen.queryByRole('form')).toBeNull();
  });
});

describe('TaughtProfiles', () => {
  it('lists profiles, exports one as JSON, deletes one, imports pasted JSON or says why not', async () => {
    let stored: SiteProfile[] = [
      defineProfile({ id: 'taught-a', name: 'Alpha', matches: ['https://a.example/*'], taught: true }),
    ];
    const files: [string, string][] = [];
    const teach = fakeAccess({
      profiles: async () => stored,
      remove: async (id) => void (stored = stored.filter((p) => p.id !== id)),
      importJson: async (json) => {
        const p = JSON.parse(json) as SiteProfile;
        if (!p.name) throw new Error('Not an Owed site profile: name: required');
        stored = [...stored, p];
        return p;
      },
    });
    render(<TaughtProfiles teach={teach} download={(name, text) => files.push([name, text])} />);
    const list = await screen.findByRole('list', { name: 'Taught site profiles' });
    fireEvent.click(within(list).getByRole('button', { name: 'Export Alpha' }));
    expect(files[0]![0]).toBe('owed-profile-taught-a.json');
    expect(JSON.parse(files[0]![1])).toMatchObject({ id: 'taught-a', name: 'Alpha', matches: ['https://a.example/*'] });

    fireEvent.change(screen.getByLabelText(/Or paste its JSON/), { target: { value: '{"id":"b"}' } });
    fireEvent.click(screen.getByRole('button', { name: 'Import' }));
    // Checked in the page before anything is sent: refused in words, nothing imported.
    expect((await screen.findByRole('alert')).textContent).toMatch(
      /^Not an Owed site profile: name: .+Nothing was saved\.$/,
    );

    fireEvent.change(screen.getByLabelText(/Or paste its JSON/), {
      target: { value: files[0]![1].replace('"Alpha"', '"Beta"').replace('taught-a', 'taught-b') },
    });
    fireEvent.click(screen.getByRole('button', { name: 'Import' }));
    // Shown first; imported only on "Save profile".
    expect(stored).toHaveLength(1);
    fireEvent.click(await screen.findByRole('button', { name: 'Save profile' }));
    await waitFor(() => expect(screen.getByRole('status').textContent).toBe('Saved “Beta”.'));
    await waitFor(() =>
      expect(within(screen.getByRole('list', { name: 'Taught site profiles' })).getAllByRole('listitem')).toHaveLength(
        2,
      ),
    );

    fireEvent.click(screen.getByRole('button', { name: 'Delete Alpha' }));
    await waitFor(() =>
      expect(
        within(screen.getByRole('list', { name: 'Taught site profiles' }))
          .getAllByRole('listitem')
          .map((li) => li.querySelector('.profile-name')!.textContent),
      ).toEqual(['Beta']),
    );
  });
});
