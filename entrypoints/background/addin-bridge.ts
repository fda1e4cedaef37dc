import { ADDIN_ORIGIN } from '../../lib/bridge/addin-origin';
import { answerAddinRequest, type AddinDataSource } from '../../lib/bridge/answer-request';
import type { AddinResponse } from '../../lib/bridge/protocol';

/** What the background gives the add-in bridge: the ledger (with settings when it has them) and a way to log. */
export type AddinBridgeDeps = Pick<AddinDataSource, 'getLedger' | 'addEvent'> &
  Partial<Pick<AddinDataSource, 'now' | 'newId'>>;

/** Answers one request the bridge content script forwarded from the Outlook taskpane. */
export async function handleAddinRequest(request: unknown, deps: AddinBridgeDeps): Promise<AddinResponse> {
  return answerAddinRequest(request, deps);
}

interface MessageSender {
  id?: string;
  url?: string;
  origin?: string;
}

/**
 * The runtime.onMessage side: answers `{ type: 'addin', request }` only when it comes from this
 * extension's own bridge content script running on the add-in origin; returns undefined for any
 * other message so the background's other handlers see it.
 */
export function handleAddinMessage(
  message: unknown,
  sender: MessageSender,
  extensionId: string,
  deps: AddinBridgeDeps,
): Promise<AddinResponse> | undefined {
  if (typeof message !== 'object' || message === null || (message as { type?: unknown }).type !== 'addin')
    return undefined;
  if (sender.id !== extensionId || senderOrigin(sender) !== ADDIN_ORIGIN) {
    return Promise.resolve({ ok: false, error: 'Owed answers add-in requests only from its Outlook taskpane.' });
  }
  return handleAddinRequest((message as { request?: unknown }).request, deps);
}

function senderOrigin(sender: MessageSender): string | null {
  if (sender.origin) return sender.origin;
  try {
    return sender.url ? new URL(sender.url).origin : null;
  } catch {
    return null;
  }
}
