// zod/mini, not zod: the bridge content script validates with these, and zod/mini tree-shakes to
// the few checks used (full zod would be most of that script). Same semantics, function-style checks.
import * as z from 'zod/mini';
import type { DebtorView, Settings } from '../model';
import type { MatchResult } from '../match';

/** The postMessage channel name: messages without it are someone else's and are ignored. */
export const BRIDGE_CHANNEL = 'owed-addin-bridge/1';

const Email = z.string().check(z.minLength(3), z.maxLength(320));
const Id = z.string().check(z.minLength(1), z.maxLength(300));

/** The addresses the pane matched on: a write names them, and the debtor must match them again. */
const MatchedOn = z.array(Email).check(z.maxLength(200));

/**
 * Everything the taskpane may ask; nothing else crosses. The extension answers the matching and
 * logging requests only ('matched' scope): the debtors the open mail's addresses point to, never
 * the whole ledger. The picker's two requests are answered only from a backup the user imported
 * into the pane ('whole' scope), which the pane holds whole anyway.
 */
export const AddinRequest = z.discriminatedUnion('type', [
  /** The debtors a message's addresses point to (and only those). */
  z.strictObject({
    type: z.literal('find-debtors'),
    emails: z.array(Email).check(z.maxLength(200)),
    /** The Outlook user's own addresses and the shared mailbox's, never matched. */
    ownAddresses: z._default(z.array(Email).check(z.maxLength(20)), []),
  }),
  /** Backup only: names for the picker when the match is unknown. */
  z.strictObject({ type: z.literal('list-debtor-names') }),
  /** Backup only: the one debtor the user picked. */
  z.strictObject({ type: z.literal('get-debtor'), debtorId: Id }),
  /** A reminder drafted in Outlook: logged as an email with outcome 'drafted' (not yet sent). */
  z.strictObject({
    type: z.literal('log-draft'),
    debtorId: Id,
    matchedOn: MatchedOn,
    ownAddresses: z._default(z.array(Email).check(z.maxLength(20)), []),
    template: z.string().check(z.minLength(1), z.maxLength(100)),
    to: z.array(Email).check(z.maxLength(100)),
    cc: z._default(z.array(Email).check(z.maxLength(100)), []),
    subject: z.string().check(z.maxLength(500)),
  }),
  /** The owner says a drafted reminder went out: its outcome becomes 'sent', `at` the time confirmed. */
  z.strictObject({
    type: z.literal('confirm-sent'),
    debtorId: Id,
    matchedOn: MatchedOn,
    ownAddresses: z._default(z.array(Email).check(z.maxLength(20)), []),
    eventId: Id,
  }),
  /** A mail the debtor sent, read in Outlook: the debtor's own word (outcome 'received'). */
  z.strictObject({
    type: z.literal('log-received'),
    debtorId: Id,
    matchedOn: MatchedOn,
    ownAddresses: z._default(z.array(Email).check(z.maxLength(20)), []),
    /** When the mail was sent or received, epoch ms. */
    at: z.number().check(z.int(), z.minimum(0), z.maximum(8.64e15)),
    subject: z.string().check(z.maxLength(500)),
    excerpt: z.string().check(z.maxLength(2000)),
  }),
]);
export const WHOLE_LEDGER_REQUESTS = ['list-debtor-names', 'get-debtor'] as const;
export const WRITE_REQUESTS = ['log-draft', 'confirm-sent', 'log-received'] as const;
export type AddinRequest = z.infer<typeof AddinRequest>;
export type AddinRequestInput = z.input<typeof AddinRequest>;

export interface DebtorName {
  id: string;
  name: string;
}

/** What a debtor lookup returns: the views plus what drafting needs (today, the user's settings). */
export interface DebtorsAnswer {
  today: string;
  settings: Settings;
  match: MatchResult;
  debtors: DebtorView[];
}

export interface AddinAnswers {
  'find-debtors': DebtorsAnswer;
  'list-debtor-names': { debtors: DebtorName[] };
  'get-debtor': { today: string; settings: Settings; debtor: DebtorView };
  'log-draft': { logged: true; eventId: string };
  'confirm-sent': { confirmed: true; eventId: string };
  'log-received': { logged: true; eventId: string };
}
export type AddinAnswer<T extends AddinRequest['type']> = AddinAnswers[T];

export type AddinResponse =
  | { ok: true; value: unknown }
  /** consent: the extension asked its user whether to answer this pane ('asked'), or was refused ('refused'). */
  | { ok: false; error: string; consent?: 'asked' | 'refused' };

/** Taskpane → content script. `id` is a fresh random nonce per request; the answer carries it back. */
export const BridgeRequestMessage = z.strictObject({
  channel: z.literal(BRIDGE_CHANNEL),
  kind: z.literal('request'),
  id: z.string().check(z.minLength(16), z.maxLength(100)),
  request: AddinRequest,
});
export type BridgeRequestMessage = z.infer<typeof BridgeRequestMessage>;

/** Content script → taskpane. */
export const BridgeResponseMessage = z.object({
  channel: z.literal(BRIDGE_CHANNEL),
  kind: z.literal('response'),
  id: z.string(),
  response: z.union([
    z.object({ ok: z.literal(true), value: z.unknown() }),
    z.object({ ok: z.literal(false), error: z.string(), consent: z.optional(z.enum(['asked', 'refused'])) }),
  ]),
});
export type BridgeResponseMessage = z.infer<typeof BridgeResponseMessage>;

/** Content script → taskpane, once loaded and on request: the extension is there. */
export const BridgeHelloMessage = z.object({
  channel: z.literal(BRIDGE_CHANNEL),
  kind: z.literal('hello'),
  version: z.string().check(z.maxLength(50)),
});
export type BridgeHelloMessage = z.infer<typeof BridgeHelloMessage>;

/** Taskpane → content script: "are you there?" (the taskpane may load before the content script). */
export const BridgePingMessage = z.strictObject({ channel: z.literal(BRIDGE_CHANNEL), kind: z.literal('ping') });

// Content script → background: the protocol map's `addin` message (lib/messages/addin.ts).
