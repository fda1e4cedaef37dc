// The app's own look for an overdue row, read in the page (row-marks.ts has its words).
const OVERDUE_CLASS = /(^|[-_\s])(overdue|late|past-?due|danger|is-late|text-danger|badge-danger|label-danger|error)([-_\s]|$)/i;

/** The element after `el` in page order inside `root`, or null at the end of `root`. */
function nextInside(root: Element, el: Element): Element | null {
  if (el.firstElementChild) return el.firstElementChild;
  for (let at: Element | null = el; at && at !== root; at = at.parentElement) if (at.nextElementSibling) return at.nextElementSibling;
  return null;
}

/** A cell with an overdue class on it or on one of its first 20 elements (a badge, its icon). */
function cellMarked(cell: Element): boolean {
  if (OVERDUE_CLASS.test(cell.getAttribute('class') ?? '')) return true;
  // Walked in page order without building a node list or live collection per cell.
  let el: Element | null = cell.firstElementChild;
  for (let i = 0; el && i < 20; i++) {
    if (OVERDUE_CLASS.test(el.getAttribute('class') ?? '')) return true;
    el = nextInside(cell, el);
  }
  return false;
}

/**
 * How the app marks a row overdue by its looks: the whole row (a class on it, or the site
 * profile's selector, which replaces the class guess: Odoo paints every unpaid badge red), or the
 * cells with such a class (the reader heeds only the status cell's). Undefined when unmarked.
 */
export function overdueMarks(row: Element, cells: readonly (Element | undefined)[], profileSelector?: string): true | number[] | undefined {
  if (profileSelector) {
    try {
      return row.matches(profileSelector) || row.querySelector(profileSelector) ? true : undefined;
    } catch {
      // A bad selector in a user-taught profile must not stop the read: fall back to classes.
    }
  }
  if (OVERDUE_CLASS.test(row.getAttribute('class') ?? '')) return true;
  let marked: number[] | undefined;
  for (let i = 0; i < cells.length; i++) {
    const c = cells[i];
    // Most cells are bare text: no class, no element inside.
    if (c && (c.hasAttributes() || c.firstElementChild) && cellMarked(c)) (marked ??= []).push(i);
  }
  return marked;
}
