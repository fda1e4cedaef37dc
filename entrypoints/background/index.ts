import { ADDIN_ORIGIN } from '../../lib/bridge/addin-origin';
import { CONSENT_KEY, readConsentRecord } from '../../lib/bridge/consent-store';
import { OwedDb } from '../../lib/db';
import { parseHere } from '../../lib/extract/read/parse-here';
import { answering } from '../../lib/messages/listen';
import { senderRoles } from '../../lib/messages/policy';
import { createRouter, type Sender } from '../../lib/messages/router';
import { CHANGED } from '../../lib/messages/signals';
import { OwedService, type LedgerChange } from '../../lib/service/owed-service';
import { scheduleMidnight, updateBadge } from './badge';
import { consentAsker } from './addin-bridge';
import { backgroundHandlers } from './handlers';
import { browserReadApprovals } from './read-approvals';
import { syncRegisteredReaders } from './sites';
import { browserTeachDeps } from './teach';
import { setupToolbarAction } from './toolbar-action';

// The one place that opens Owed's database. Views and content scripts talk to it by messages.
export default defineBackground(() => {
  let db: Promise<OwedDb> | undefined;
  const getDb = () => (db ??= OwedDb.open());
  let service: Promise<OwedService> | undefined;
  const getService = () =>
    (service ??= getDb().then((d) => new OwedService(d, undefined, (change) => void onChange(change))));
  const own = { id: browser.runtime.id, pagesOrigin: browser.runtime.getURL('/'), addinOrigin: ADDIN_ORIGIN };

  async function refreshBadge() {
    const ledger = await (await getService()).ledger();
    await updateBadge(ledger.dueForCallToday);
    await scheduleMidnight(Date.now(), ledger.settings.timeZone || undefined);
  }

  async function onChange(change: LedgerChange) {
    // Open views apply what changed, even if the badge cannot be set; none open is fine.
    browser.runtime.sendMessage({ type: CHANGED, change }).catch(() => {});
    await refreshBadge();
  }

  /** A request of the background's own to the service, checked like any other. */
  const ask = async (message: unknown) => {
    const res = await (await getService()).handle(message);
    if (!res.ok) throw new Error(res.error);
  };
  const route = createRouter(
    backgroundHandlers({
      service: getService,
      // Reads what pages captured; keeps them as page reads.
      pageReader: parseHere((read) => ask({ type: 'page-read', read })),
      approvals: browserReadApprovals,
      teach: browserTeachDeps(getDb),
      addin: {
        getLedger: async () => (await getService()).ledger(),
        addEvent: (event) => ask({ type: 'add-event', event }),
        consents: async () => readConsentRecord((await browser.storage.local.get(CONSENT_KEY))[CONSENT_KEY]),
        askConsent: consentAsker({
          open: async (origin) => {
            const url = browser.runtime.getURL(`/addin-consent.html?origin=${encodeURIComponent(origin)}`);
            return (await browser.windows.create({ url, type: 'popup', width: 520, height: 560 }))?.id;
          },
          isOpen: async (id) => Boolean(await browser.windows.get(id).catch(() => null)),
        }),
        consentPage: browser.runtime.getURL('/addin-consent.html'),
      },
    }),
  );

  browser.runtime.onMessage.addListener(
    answering((message, sender: Sender) => {
      if (!message || typeof message !== 'object' || (message as { type?: unknown }).type === CHANGED) return undefined;
      return (
        route(message, sender, senderRoles(sender, own)) ??
        Promise.resolve({ ok: false, error: 'Owed refused a malformed request (type: no such request).' })
      );
    }),
  );

  browser.alarms.onAlarm.addListener(() => void refreshBadge());
  browser.runtime.onInstalled.addListener(() => void refreshBadge());
  browser.runtime.onStartup.addListener(() => void refreshBadge());
  browser.permissions.onAdded.addListener(() => void syncRegisteredReaders());
  browser.permissions.onRemoved.addListener(() => void syncRegisteredReaders());
  setupToolbarAction();
});
