import { ADDIN_ORIGIN, isAddinPage } from '../../lib/bridge/addin-origin';
import { type AddinDataSource, answerAddinRequest } from '../../lib/bridge/answer-request';
import { CONSENT_MESSAGES, type ConsentRecord, consentFor } from '../../lib/bridge/consent';
import { type AddinResponse, WRITE_REQUESTS } from '../../lib/bridge/protocol';
import { createRateLimiter, WRITE_LIMIT } from '../../lib/bridge/rate-limit';
import type { addinMessages } from '../../lib/messages/addin';
import { type MessageSender, senderRoles } from '../../lib/messages/policy';
import { createRouter, type Handlers } from '../../lib/messages/router';

/** What the background gives the add-in bridge: the ledger, a way to log, and the user's consent. */
export type AddinBridgeDeps = Pick<AddinDataSource, 'getLedger' | 'addEvent'> &
  Partial<Pick<AddinDataSource, 'now' | 'newId'>> & {
    consents(): Promise<ConsentRecord>;
    /** Asks the user whether `origin` may be answered (opens the consent page); once per origin while it is open. */
    askConsent(origin: string): Promise<void>;
    /** Where the user changes a remembered answer. */
    consentPage: string;
    limiter?: ReturnType<typeof createRateLimiter>;
  };

/**
 * The map's `addin` message (lib/messages/addin.ts): the map lets only the bridge on the add-in's
 * origin send it; here, only from the taskpane's folder (ADDIN_BASE), only for an origin the user
 * allowed, only with the debtors the mail matched ('matched' scope), and at most WRITE_LIMIT
 * writes a minute per origin. Its value is the pane's own answer (AddinResponse), so a refusal
 * that asks for consent reaches the pane whole.
 */
export const addinHandlers = (deps: AddinBridgeDeps): Handlers<keyof typeof addinMessages> => ({
  addin: async ({ request }, sender) => {
    if (!isAddinPage(sender.url))
      return { ok: false, error: 'Owed answers add-in requests only from its Outlook taskpane.' };
    return answerWithConsent(new URL(sender.url!).origin, request, deps);
  },
});

const limiters = new WeakMap<object, ReturnType<typeof createRateLimiter>>();

async function answerWithConsent(origin: string, request: unknown, deps: AddinBridgeDeps): Promise<AddinResponse> {
  const consent = consentFor(await deps.consents(), origin);
  if (consent === 'refused')
    return { ok: false, consent: 'refused', error: CONSENT_MESSAGES.refused(origin, deps.consentPage) };
  if (consent === 'ask') {
    await deps.askConsent(origin);
    return { ok: false, consent: 'asked', error: CONSENT_MESSAGES.asked(origin) };
  }
  const type = (request as { type?: unknown } | null)?.type;
  if ((WRITE_REQUESTS as readonly unknown[]).includes(type)) {
    const limiter = deps.limiter ?? limiters.get(deps) ?? createRateLimiter(WRITE_LIMIT);
    limiters.set(deps, limiter);
    if (!limiter.take(origin, deps.now?.() ?? Date.now()))
      return {
        ok: false,
        error: 'Owed logged many entries from this pane in the last minute and paused: wait a minute and try again.',
      };
  }
  return answerAddinRequest(request, deps, 'matched');
}

/**
 * Answers `{ type: 'addin', request }` as the background's router does (tests use it): the
 * transport's refusal for a sender that is not the bridge on the add-in's origin, else the
 * pane's answer as the value. Undefined for any other message.
 */
export function handleAddinMessage(
  message: unknown,
  sender: MessageSender,
  extensionId: string,
  deps: AddinBridgeDeps,
) {
  const roles = senderRoles(sender, {
    id: extensionId,
    pagesOrigin: `chrome-extension://${extensionId}/`,
    addinOrigin: ADDIN_ORIGIN,
  });
  return createRouter(addinHandlers(deps))(message, sender, roles);
}

/**
 * Opens the consent window for an origin, but never a second one while it is open, nor again
 * within `quietMs` of the last time (a page that keeps asking cannot bury the user in windows).
 */
export function consentAsker({
  open,
  isOpen,
  now = Date.now,
  quietMs = 30_000,
}: {
  open(origin: string): Promise<number | undefined>;
  isOpen(windowId: number): Promise<boolean>;
  now?: () => number;
  quietMs?: number;
}) {
  const asked = new Map<string, { windowId?: number; at: number }>();
  return async (origin: string): Promise<void> => {
    const last = asked.get(origin);
    if (last?.windowId !== undefined && (await isOpen(last.windowId))) return;
    if (last && now() - last.at < quietMs) return;
    asked.set(origin, { at: now() });
    asked.set(origin, { at: now(), windowId: await open(origin) });
  };
}
