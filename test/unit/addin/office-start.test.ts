// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { applyOfficeTheme } from '../../../outlook-addin/src/office/office-theme';
import { START_PROBLEMS, waitForOffice } from '../../../outlook-addin/src/office/wait-for-office';

afterEach(() => vi.useRealTimers());
const office = (onReady: (cb: (info: { host: string | null }) => void) => void) =>
  ({ HostType: { Outlook: 'Outlook' }, onReady }) as unknown as typeof Office;

describe('waitForOffice', () => {
  it('is ready in Outlook', async () => {
    expect(await waitForOffice({ Office: office((cb) => cb({ host: 'Outlook' })) })).toEqual({ kind: 'outlook' });
  });

  it('says when Office.js never arrived (no Office global)', async () => {
    expect(await waitForOffice({})).toEqual({ kind: 'no-office-js' });
  });

  it('says when the page is opened outside Outlook (office.js reports no host, or another)', async () => {
    expect(await waitForOffice({ Office: office((cb) => cb({ host: null })) })).toEqual({
      kind: 'not-outlook',
      host: null,
    });
    expect(await waitForOffice({ Office: office((cb) => cb({ host: 'Word' })) })).toEqual({
      kind: 'not-outlook',
      host: 'Word',
    });
  });

  it('gives up after the timeout when Office never gets ready', async () => {
    vi.useFakeTimers();
    const start = waitForOffice({ Office: office(() => {}) }, 15_000);
    await vi.advanceTimersByTimeAsync(14_999);
    let settled = false;
    void start.then(() => (settled = true));
    await vi.advanceTimersByTimeAsync(0);
    expect(settled).toBe(false);
    await vi.advanceTimersByTimeAsync(1);
    expect(await start).toEqual({ kind: 'timeout' });
    expect(START_PROBLEMS.timeout.title).toBe('Outlook did not answer');
  });
});

describe('applyOfficeTheme', () => {
  it("takes Outlook's theme colours and its dark mode (Mailbox 1.14)", () => {
    const root = document.createElement('html');
    const applied = applyOfficeTheme(
      {
        context: {
          officeTheme: {
            bodyBackgroundColor: '#1f1f1f',
            bodyForegroundColor: '#ffffff',
            controlBackgroundColor: '#2b2b2b',
            controlForegroundColor: '#f0f0f0',
            isDarkTheme: true,
          },
        },
      } as unknown as typeof Office,
      root,
    );
    expect(applied).toBe(true);
    expect(root.style.getPropertyValue('--pane-bg')).toBe('#1f1f1f');
    expect(root.style.getPropertyValue('--control-fg')).toBe('#f0f0f0');
    expect(root.style.colorScheme).toBe('dark');
  });

  it('keeps the CSS fallback (Fluent tokens, system scheme) when Outlook has no theme API, and ignores non-colours', () => {
    const root = document.createElement('html');
    expect(applyOfficeTheme({ context: {} } as unknown as typeof Office, root)).toBe(false);
    expect(root.getAttribute('style')).toBeNull();
    applyOfficeTheme(
      {
        context: { officeTheme: { bodyBackgroundColor: 'url(x)', bodyForegroundColor: '#000' } },
      } as unknown as typeof Office,
      root,
    );
    expect(root.style.getPropertyValue('--pane-bg')).toBe('');
    expect(root.style.getPropertyValue('--pane-fg')).toBe('#000');
  });
});
