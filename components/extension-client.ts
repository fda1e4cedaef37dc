import { createClient } from '../lib/messages/client';
import { CHANGED } from '../lib/messages/signals';
import type { Subscribe } from './sidebar/use-ledger';

/** The client every extension page uses: requests go to the background over runtime messages. */
export const extensionClient = createClient((request) => browser.runtime.sendMessage(request));

export const subscribeToChanges: Subscribe = (onChange) => {
  const listener = (message: unknown) => {
    if ((message as { type?: unknown } | null)?.type === CHANGED) onChange();
  };
  browser.runtime.onMessage.addListener(listener);
  return () => browser.runtime.onMessage.removeListener(listener);
};
