// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { ReadThisSite, type ThisSiteAccess } from '../../../components/sites/ReadThisSite';

afterEach(cleanup);

/** The browser at its boundary: a tab on a site, a permission prompt answered yes or no. */
function fakeBrowser(origin: string | null, readable: boolean, answer: boolean, approved = readable) {
  const calls: string[] = [];
  const sites: ThisSiteAccess = {
    currentTab: async () => (origin ? { origin, readable, approved } : null),
    request: async (pattern) => {
      calls.push(`request ${pattern}`);
      return answer;
    },
    enable: async (o) => void calls.push(`enable ${o}`),
    approve: async (o) => void calls.push(`approve ${o}`),
  };
  return { sites, calls };
}

describe('Read invoices on this site', () => {
  it('asks for that one site on click, then has the background read it', async () => {
    const b = fakeBrowser('https://books.example.com', false, true);
    render(<ReadThisSite sites={b.sites} />);
    fireEvent.click(await screen.findByRole('button', { name: 'Read invoices on books.example.com' }));
    expect(await screen.findByText(/Owed now reads books\.example\.com/)).toBeTruthy();
    expect(b.calls).toEqual(['request https://books.example.com/*', 'enable https://books.example.com']);
    expect(screen.queryByRole('button')).toBeNull();
  });

  it('says so when the user declines, and reads nothing', async () => {
    const b = fakeBrowser('http://erp.internal:8069', false, false);
    render(<ReadThisSite sites={b.sites} />);
    fireEvent.click(await screen.findByRole('button', { name: 'Read invoices on erp.internal:8069' }));
    expect((await screen.findByRole('alert')).textContent).toMatch(/not allowed to read erp\.internal:8069/);
    expect(b.calls).toEqual(['request http://erp.internal/*']);
  });

  it('asks once before reading a site it may read (a known app, this computer), and reads it on yes', async () => {
    const b = fakeBrowser('http://127.0.0.1:8000', true, true, false);
    render(<ReadThisSite sites={b.sites} />);
    const region = await screen.findByRole('region', { name: 'This site' });
    expect(region.textContent).toMatch(/^Read invoices from http:\/\/127\.0\.0\.1:8000\?/);
    fireEvent.click(screen.getByRole('button', { name: 'Read invoices' }));
    expect(await screen.findByText('Owed now reads invoices from 127.0.0.1:8000.')).toBeTruthy();
    expect(b.calls).toEqual(['approve http://127.0.0.1:8000']);
  });

  it('"Not now" reads nothing and puts the question away', async () => {
    const b = fakeBrowser('https://acme.odoo.com', true, true, false);
    const { container } = render(<ReadThisSite sites={b.sites} />);
    fireEvent.click(await screen.findByRole('button', { name: 'Not now' }));
    expect(container.innerHTML).toBe('');
    expect(b.calls).toEqual([]);
  });

  it('shows nothing on a site Owed already reads, or with no web page open', async () => {
    for (const b of [fakeBrowser('https://go.xero.com', true, true), fakeBrowser(null, false, true)]) {
      const { container } = render(<ReadThisSite sites={b.sites} />);
      await new Promise((r) => setTimeout(r, 10));
      expect(container.innerHTML).toBe('');
      cleanup();
    }
  });
});
