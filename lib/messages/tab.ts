import type { TeachPickedList } from './teach';

/**
 * Messages the background sends to a tab's content scripts (and one it broadcasts to views).
 * Types only: the content scripts that answer them carry no zod, and the background checks what
 * comes back where it matters (a picked list is parsed with TeachPickedList).
 */
export interface TabProtocol {
  /** The reader: show or hide the in-page sidebar. */
  'owed:toggle-frame': { open: boolean };
  /**
   * The reader, from the sidebar framed in its page: is this frame the one you opened? The
   * message carries the frame's `token` (own-frame.ts); only the reader's own frame knows it.
   */
  'owed:frame-check': { own: boolean };
  /** The teach script: let the user pick a list; null when they cancelled. */
  'teach:pick': TeachPickedList | null;
  /** The teach script: leave pick mode. */
  'teach:cancel': null;
  /** The teach script: the list picked, described again. */
  'teach:build': TeachPickedList | null;
  /** The reader: the user taught or deleted a profile for this site; read the page again. */
  'teach:profiles-changed': null;
  /** The reader: the user approved an origin; ask 'reader:may-read' again and read if it is yours. */
  'reader:approved': null;
}
export type TabMessageType = keyof TabProtocol;
export type TeachTabMessage = {
  type: Exclude<TabMessageType, 'owed:toggle-frame' | 'owed:frame-check' | 'reader:approved'>;
};
