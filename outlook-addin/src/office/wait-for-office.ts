/// <reference types="office-js" />

/** How the pane's start went: in Outlook, or why not. */
export type OfficeStart =
  | { kind: 'outlook' }
  | { kind: 'no-office-js' }
  | { kind: 'not-outlook'; host: string | null }
  | { kind: 'timeout' };

/** Long enough for a slow Outlook desktop to start a pane; short enough that nobody stares at "Loading…". */
export const OFFICE_READY_TIMEOUT_MS = 15_000;

/**
 * Waits for Office.onReady once. Office.js from the CDN may never arrive (blocked, offline): then
 * there is no Office global. Outside Office, office.js reports no host. Inside an Office host that
 * never answers, the timeout says so.
 */
export function waitForOffice(
  win: { Office?: typeof Office },
  timeoutMs = OFFICE_READY_TIMEOUT_MS,
): Promise<OfficeStart> {
  const office = win.Office;
  if (!office || typeof office.onReady !== 'function') return Promise.resolve({ kind: 'no-office-js' });
  return new Promise((resolve) => {
    const timer = setTimeout(() => resolve({ kind: 'timeout' }), timeoutMs);
    office.onReady((info) => {
      clearTimeout(timer);
      resolve(
        info?.host === office.HostType.Outlook
          ? { kind: 'outlook' }
          : { kind: 'not-outlook', host: info?.host ? String(info.host) : null },
      );
    });
  });
}

export const START_PROBLEMS: Record<Exclude<OfficeStart['kind'], 'outlook'>, { title: string; text: string }> = {
  'no-office-js': {
    title: 'Office.js did not load',
    text: "The pane needs Microsoft's Office.js from appsforoffice.microsoft.com. Check your connection and that nothing blocks that address, then reopen the pane.",
  },
  'not-outlook': {
    title: 'Open Owed from Outlook',
    text: "This page is Owed's Outlook add-in: it works inside Outlook. Add it to Outlook (see the add-in's support page) and open it from a message.",
  },
  timeout: {
    title: 'Outlook did not answer',
    text: 'Outlook did not get the pane ready in time. Close the pane and open it again; if it keeps happening, restart Outlook.',
  },
};
