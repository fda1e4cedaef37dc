// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { ReadThisSite, type ThisSiteAccess } from '../../../components/sites/ReadThisSite';

afterEach(cleanup);

/** The browser at its boundary: a tab on a site, a permission prompt answered yes or no. */
function fakeBrowser(origin: string | null, readable: boolean, answer: boolean) {
  const calls: string[] = [];
  const sites: ThisSiteAccess = {
    currentTab: async () => (origin ? { origin, readable } : null),
    request: async (pattern) => {
      calls.push(`request ${pattern}`);
      return answer;
    },
    enable: async (o) => void calls.push(`enable ${o}`),
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

  it('shows nothing on a site Owed already reads, or with no web page open', async () => {
    for (const b of [fakeBrowser('https://go.xero.com', true, true), fakeBrowser(null, false, true)]) {
      const { container } = render(<ReadThisSite sites={b.sites} />);
      await new Promise((r) => setTimeout(r, 10));
      expect(container.innerHTML).toBe('');
      cleanup();
    }
  });
});
