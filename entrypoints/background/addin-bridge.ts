import { ADDIN_ORIGIN } from '../../lib/bridge/addin-origin';
import { answerAddinRequest, type AddinDataSource } from '../../lib/bridge/answer-request';
import type { AddinResponse } from '../../lib/bridge/protocol';
import type { addinMessages } from '../../lib/messages/addin';
import { senderRoles, type MessageSender } from '../../lib/messages/policy';
import { createRouter, type Handlers } from '../../lib/messages/router';

/** What the background gives the add-in bridge: the ledger (with settings when it has them) and a way to log. */
export type AddinBridgeDeps = Pick<AddinDataSource, 'getLedger' | 'addEvent'> &
  Partial<Pick<AddinDataSource, 'now' | 'newId'>>;

/** Answers one request the bridge content script forwarded from the Outlook taskpane. */
export async function handleAddinRequest(request: unknown, deps: AddinBridgeDeps): Promise<AddinResponse> {
  return answerAddinRequest(request, deps);
}

/**
 * The map's `addin` message (lib/messages/addin.ts): the taskpane's request, answered from the
 * ledger. The map lets only the bridge on the add-in's origin send it.
 */
export const addinHandlers = (deps: AddinBridgeDeps): Handlers<keyof typeof addinMessages> => ({
  addin: async ({ request }) => {
    const answer = await handleAddinRequest(request, deps);
    if (!answer.ok) throw new Error(answer.error);
    return answer.value as never;
  },
});

/**
 * Answers `{ type: 'addin', request }` only when it comes from this extension's own bridge
 * content script running on the add-in origin; undefined for any other message.
 */
export function handleAddinMessage(
  message: unknown,
  sender: MessageSender,
  extensionId: string,
  deps: AddinBridgeDeps,
): Promise<AddinResponse> | undefined {
  const roles = senderRoles(sender, {
    id: extensionId,
    pagesOrigin: `chrome-extension://${extensionId}/`,
    addinOrigin: ADDIN_ORIGIN,
  });
  return createRouter(addinHandlers(deps))(message, sender, roles);
}
