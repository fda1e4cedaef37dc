// Message types that carry no data. Kept apart from the zod protocol so a content script can
// use them without bundling zod.

/** Broadcast by the background after every write, with what it changed (`{ type, change: LedgerChange }`), so open views keep up. */
export const CHANGED = 'owed:changed';
/** Sent by the background to a tab's content script: show or hide the in-page sidebar. */
export const TOGGLE_FRAME = 'owed:toggle-frame';
/** Sent by the sidebar framed in a page to the page's reader, with its token: did you open me? */
export const FRAME_CHECK = 'owed:frame-check';
