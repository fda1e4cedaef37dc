import { OwedDb } from '../../lib/db';
import { CHANGED } from '../../lib/messages/requests';
import { OwedService } from '../../lib/service/owed-service';
import { scheduleMidnight, updateBadge } from './badge';
import { setupToolbarAction } from './toolbar-action';

// The one place that opens Owed's database. Views and content scripts talk to it by messages.
export default defineBackground(() => {
  let service: Promise<OwedService> | undefined;
  const getService = () =>
    (service ??= OwedDb.open().then((db) => new OwedService(db, undefined, () => void onChange(db))));

  async function refreshBadge() {
    const ledger = await (await getService()).ledger();
    await updateBadge(ledger.dueForCallToday);
    await scheduleMidnight(Date.now(), ledger.settings.timeZone || undefined);
  }

  async function onChange(_db: OwedDb) {
    await refreshBadge();
    // Open views refresh; none open is fine.
    browser.runtime.sendMessage({ type: CHANGED }).catch(() => {});
  }

  browser.runtime.onMessage.addListener((message, _sender, sendResponse) => {
    if (!message || typeof message !== 'object' || (message as { type?: unknown }).type === CHANGED) return;
    getService()
      .then((s) => s.handle(message))
      .then(sendResponse, (e: unknown) => sendResponse({ ok: false, error: String(e) }));
    return true; // answer asynchronously
  });

  browser.alarms.onAlarm.addListener(() => void refreshBadge());
  browser.runtime.onInstalled.addListener(() => void refreshBadge());
  browser.runtime.onStartup.addListener(() => void refreshBadge());
  setupToolbarAction();
});
