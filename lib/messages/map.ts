import type { z } from 'zod';
import { addinMessages } from './addin';
import { ledgerMessages } from './ledger';
import { pageParseMessages } from './page-parse';
import { readerProfilesMessages } from './reader-profiles';
import { sitesMessages } from './sites';
import { teachMessages } from './teach';

/**
 * Every message a view or a content script sends to the background, each declared once (in its
 * family's file): who may send it, its payload and its reply. The typed senders (send.ts), the
 * router and its sender policy (router.ts, policy.ts) and the reply wrapping all come from it.
 * Content scripts import its types only: no zod in a page.
 */
export const protocol = {
  ...ledgerMessages,
  ...pageParseMessages,
  ...readerProfilesMessages,
  ...teachMessages,
  ...sitesMessages,
  ...addinMessages,
};

export type Protocol = typeof protocol;
export type MessageType = keyof Protocol;
/** A message's fields besides `type`, as its handler receives them (parsed, defaults filled). */
export type Payload<K extends MessageType> = z.output<Protocol[K]['payload']>;
/** A message's fields besides `type`, as a sender writes them. */
export type PayloadInput<K extends MessageType> = z.input<Protocol[K]['payload']>;
/** What a message's handler answers. */
export type Reply<K extends MessageType> = Protocol[K]['reply'];
/** A whole message as it goes over the wire. */
export type Message<K extends MessageType = MessageType> = { [T in K]: { type: T } & PayloadInput<T> }[K];
