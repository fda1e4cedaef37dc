import type { Role } from './define';
import { type MessageType, protocol } from './map';

export interface MessageSender {
  id?: string;
  url?: string;
  origin?: string;
}

export interface Own {
  /** This extension's id. */
  id: string;
  /** This extension's pages' URL prefix, `chrome-extension://<id>/`. */
  pagesOrigin: string;
  /** The Outlook taskpane's origin, the only one whose bridge may relay add-in requests. */
  addinOrigin: string;
}

function originOf(sender: MessageSender): string | null {
  if (sender.origin) return sender.origin;
  try {
    return sender.url ? new URL(sender.url).origin : null;
  } catch {
    return null;
  }
}

/**
 * What a sender is: Owed's own page, or a content script in a web page (which Owed does not
 * control), which on the add-in's origin is also the add-in's bridge. Another extension is nothing.
 */
export function senderRoles(sender: MessageSender, own: Own): ReadonlySet<Role> {
  if (sender.id !== own.id) return new Set();
  if ((sender.url ?? '').startsWith(own.pagesOrigin)) return new Set(['extension']);
  return new Set(originOf(sender) === own.addinOrigin ? ['reader', 'addin'] : ['reader']);
}

/** Whether the map lets a sender with these roles send this message. */
export function mayAsk(type: string, roles: ReadonlySet<Role>): boolean {
  if (!Object.hasOwn(protocol, type)) return false;
  return protocol[type as MessageType].from.some((r) => roles.has(r));
}
