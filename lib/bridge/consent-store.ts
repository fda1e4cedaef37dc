import type { ConsentRecord } from './consent';

/** The storage key of the remembered answers (browser.storage.local), shared by the background and the consent page. */
export const CONSENT_KEY = 'addinConsent';

export function readConsentRecord(raw: unknown): ConsentRecord {
  if (typeof raw !== 'object' || raw === null) return {};
  const out: ConsentRecord = {};
  for (const [origin, decision] of Object.entries(raw))
    if (decision === 'allowed' || decision === 'refused') out[origin] = decision;
  return out;
}
