// The app's own look for an overdue row, read in the page (row-marks.ts has its words).
const OVERDUE_CLASS =
  /(^|[-_\s])(overdue|late|past-?due|danger|is-late|text-danger|badge-danger|label-danger|error)([-_\s]|$)/i;

/** The element after `el` in page order inside `root`, or null at the end of `root`. */
function nextInside(root: Element, el: Element): Element | null {
  if (el.firstElementChild) return el.firstElementChild;
  for (let at: Element | null = el; at && at !== root; at = at.parentElement)
    if (at.nextElementSibling) return at.nextElementSibling;
  return null;
}

const marks = (el: Element) => OVERDUE_CLASS.test(el.getAttribute('class') ?? '');

/**
 * A cell with an overdue class on it or on one of its first 20 elements (a badge, its icon).
 * `look`, when known (cellText's lastLook): the cell holds text only (null), or one element that
 * holds text only: then those are all there is to look at.
 */
export function cellMarked(cell: Element, look?: Element | null): boolean {
  if (look === null) return cell.hasAttributes() && marks(cell);
  if (look) return (cell.hasAttributes() && marks(cell)) || marks(look);
  if (marks(cell)) return true;
  // Walked in page order without building a node list or live collection per cell.
  let el: Element | null = cell.firstElementChild;
  for (let i = 0; el && i < 20; i++) {
    if (marks(el)) return true;
    el = nextInside(cell, el);
  }
  return false;
}

/**
 * How the app marks a row overdue by its looks, before its cells: true when the row is (a class on
 * it, or the site profile's selector), false when the profile's selector says it is not (it
 * replaces the class guess: Odoo paints every unpaid badge red), 'cells' when its cells decide.
 */
export function rowLooks(row: Element, profileSelector?: string): boolean | 'cells' {
  if (profileSelector) {
    try {
      return row.matches(profileSelector) || !!row.querySelector(profileSelector);
    } catch {
      // A bad selector in a user-taught profile must not stop the read: fall back to classes.
    }
  }
  return marks(row) || 'cells';
}

/**
 * How the app marks a row overdue by its looks: the whole row (rowLooks), or the cells with an
 * overdue class (the reader heeds only the status cell's). Undefined when unmarked.
 */
export function overdueMarks(
  row: Element,
  cells: readonly (Element | undefined)[],
  profileSelector?: string,
): true | number[] | undefined {
  const looks = rowLooks(row, profileSelector);
  if (looks !== 'cells') return looks || undefined;
  let marked: number[] | undefined;
  for (let i = 0; i < cells.length; i++) {
    const c = cells[i];
    if (c && cellMarked(c)) (marked ??= []).push(i);
  }
  return marked;
}
