import type { z } from 'zod';

/**
 * Who may send a message to the background:
 * - `extension`: Owed's own pages (the sidebar, in the side panel or framed in a page; options; letters);
 * - `reader`: a content script in a web page Owed reads (a page Owed does not control);
 * - `addin`: the bridge content script on the Outlook taskpane's origin.
 */
export type Role = 'extension' | 'reader' | 'addin';

/** How a family of messages words a refusal or a failure, for the user. */
export interface Wording {
  /** The payload did not parse: its first issue, when there is one. */
  malformed(issue?: { path: PropertyKey[]; message: string }): string;
  /** The handler threw. */
  failed(message: string): string;
  /** The sender may not ask this. */
  refused: string;
}

/** One message as the map declares it: who may send it, its payload, its reply. */
export interface MessageSpec {
  from: readonly Role[];
  /** The message's fields besides `type`, parsed on arrival. */
  payload: z.ZodObject;
  /** Only a type: what the handler answers (wrapped as an OwedResponse on the wire). */
  reply: unknown;
}

/** Declares the reply type of a message (nothing at run time). */
export const reply = <T>(): T => undefined as T;

/** Messages that share a wording, each declared once. */
export function family<const M extends Record<string, MessageSpec>>(
  wording: Wording,
  messages: M,
): { [K in keyof M]: M[K] & { wording: Wording } } {
  return Object.fromEntries(Object.entries(messages).map(([k, m]) => [k, { ...m, wording }])) as {
    [K in keyof M]: M[K] & { wording: Wording };
  };
}

export const REFUSED = 'Owed answers this only to its own pages.';
export const fromOwn = ['extension'] as const satisfies readonly Role[];
export const fromReader = ['reader'] as const satisfies readonly Role[];
