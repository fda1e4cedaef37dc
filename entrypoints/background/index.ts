import { OwedDb } from '../../lib/db';
import { parseHere } from '../../lib/extract/parse-here';
import { CHANGED } from '../../lib/messages/signals';
import { mayAsk } from '../../lib/messages/sender-policy';
import { isSitesRequest } from '../../lib/messages/sites';
import { OwedService } from '../../lib/service/owed-service';
import { handleAddinMessage } from './addin-bridge';
import { scheduleMidnight, updateBadge } from './badge';
import { handlePageParse, pageReadFromPage } from './page-parse';
import { handleReaderProfiles } from './reader-profiles';
import { handleSitesRequest, syncRegisteredReaders } from './sites';
import { browserTeachDeps, handleTeachRequest } from './teach';
import { setupToolbarAction } from './toolbar-action';

// The one place that opens Owed's database. Views and content scripts talk to it by messages.
export default defineBackground(() => {
  let db: Promise<OwedDb> | undefined;
  const getDb = () => (db ??= OwedDb.open());
  let service: Promise<OwedService> | undefined;
  const getService = () => (service ??= getDb().then((d) => new OwedService(d, undefined, () => void onChange())));
  const teachDeps = browserTeachDeps(getDb);
  const extensionOrigin = browser.runtime.getURL('/');

  async function refreshBadge() {
    const ledger = await (await getService()).ledger();
    await updateBadge(ledger.dueForCallToday);
    await scheduleMidnight(Date.now(), ledger.settings.timeZone || undefined);
  }

  async function onChange() {
    await refreshBadge();
    // Open views refresh; none open is fine.
    browser.runtime.sendMessage({ type: CHANGED }).catch(() => {});
  }

  const addinDeps = {
    getLedger: async () => (await getService()).ledger(),
    addEvent: async (event: unknown) => {
      const res = await (await getService()).handle({ type: 'add-event', event });
      if (!res.ok) throw new Error(res.error);
    },
  };

  // Reads what pages captured; keeps them as page reads.
  const pageReader = parseHere(async (read) => {
    const res = await (await getService()).handle({ type: 'page-read', read });
    if (!res.ok) throw new Error(res.error);
  });

  browser.runtime.onMessage.addListener((message, sender, sendResponse) => {
    if (!message || typeof message !== 'object' || (message as { type?: unknown }).type === CHANGED) return;
    if (!mayAsk(message, (sender.url ?? '').startsWith(extensionOrigin))) {
      sendResponse({ ok: false, error: 'Owed answers this only to its own pages.' });
      return;
    }
    const fromPage = !(sender.url ?? '').startsWith(extensionOrigin);
    if (fromPage && (message as { type?: unknown }).type === 'page-read') {
      const told = pageReadFromPage(message, sender.url);
      if (!told.ok) {
        sendResponse(told);
        return;
      }
      message = told.message;
    }
    const answer =
      handleTeachRequest(message, sender, teachDeps) ??
      handleReaderProfiles(message, teachDeps) ??
      handlePageParse(message, pageReader, sender.url) ??
      handleAddinMessage(message, sender, browser.runtime.id, addinDeps) ??
      (isSitesRequest(message) ? handleSitesRequest(message) : getService().then((s) => s.handle(message)));
    answer.then(sendResponse, (e: unknown) => sendResponse({ ok: false, error: String(e) }));
    return true; // answer asynchronously
  });

  browser.alarms.onAlarm.addListener(() => void refreshBadge());
  browser.runtime.onInstalled.addListener(() => void refreshBadge());
  browser.runtime.onStartup.addListener(() => void refreshBadge());
  browser.permissions.onAdded.addListener(() => void syncRegisteredReaders());
  browser.permissions.onRemoved.addListener(() => void syncRegisteredReaders());
  setupToolbarAction();
});
