// Teaching a page, the part that runs in the content script: find the list the user pointed at
// and hand over its text. The background says which column is which (teach-columns.ts) and drafts
// the profile (teach-draft.ts). No zod and no value parsers here.
import { captureListNow } from './capture-page';
import type { WireList } from '../wire/capture-wire';
import { findLists, listAt, type RawList } from './find-lists';

/** The list the user clicked in: the innermost table, grid or repeated-row container around the element. */
export function listAround(clicked: Element): { element: Element; list: RawList } | undefined {
  for (let el: Element | null = clicked; el; el = el.parentElement) {
    if (el.tagName === 'TABLE' || el.matches('[role=grid],[role=table],[role=treegrid]')) {
      const list = listAt(el);
      if (list?.rows.length) return { element: el, list };
    }
  }
  // Repeated rows: the smallest container found on the page that holds the clicked element.
  const root = clicked.ownerDocument ?? undefined;
  if (!root) return undefined;
  const lists = findLists(root).filter((l) => l.kind === 'repeated' && l.element.contains(clicked));
  lists.sort((a, b) => (a.element.contains(b.element) ? 1 : b.element.contains(a.element) ? -1 : 0));
  const best = lists[0];
  return best ? { element: best.element, list: best } : undefined;
}

/** A CSS selector that finds this element again on the app's next visit: an id, else stable classes. */
function selectorFor(el: Element): string {
  if (el.id && !/\d{3,}|^(ui-id|ember|react)/i.test(el.id)) return `#${el.id.replace(/([^\w-])/g, '\\$1')}`;
  const stable = Array.from(el.classList).filter(
    (c) => !/\d{3,}|^(is-|has-)|active|selected|hover|focus|^sc-|^css-/.test(c),
  );
  const own = `${el.tagName.toLowerCase()}${stable.map((c) => `.${c.replace(/([^\w-])/g, '\\$1')}`).join('')}`;
  return el.getAttribute('role') ? `${own}[role="${el.getAttribute('role')}"]` : own;
}

/** What the page hands over of the list the user clicked: its text (100 rows) and a selector that finds it again. */
export interface PickedList {
  list: WireList;
  selector: string;
}

export function pickedAt(clicked: Element): PickedList | undefined {
  const found = listAround(clicked);
  return found && { list: captureListNow(found.list, 'picked list', 100), selector: selectorFor(found.element) };
}
