import { createClient } from '../lib/messages/client';
import { signalListener } from '../lib/messages/listen';
import type { LedgerChange } from '../lib/ledger/ledger-change';
import { createSend } from '../lib/messages/send';
import { CHANGED } from '../lib/messages/signals';
import type { Subscribe } from './sidebar/use-ledger';

/** Every extension page's way to the background: runtime messages, typed by the protocol map. */
const transport = (message: unknown) => browser.runtime.sendMessage(message);
export const sendToBackground = createSend(transport);

/** The client every extension page uses: requests go to the background over runtime messages. */
export const extensionClient = createClient(transport);

export const subscribeToChanges: Subscribe = (onChange) => {
  const listener = signalListener<{ change?: LedgerChange }>(CHANGED, (m) => onChange(m.change));
  browser.runtime.onMessage.addListener(listener);
  return () => browser.runtime.onMessage.removeListener(listener);
};
