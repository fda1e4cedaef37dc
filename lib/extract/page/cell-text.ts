// The text a user sees in a cell: hidden parts, scripts and nested tables left out, blocks spaced.

const SKIP = new Set(['SCRIPT', 'STYLE', 'TEMPLATE', 'NOSCRIPT', 'TABLE', 'SVG', 'svg', 'SELECT']);

export function isHidden(el: Element): boolean {
  // An HTML element's hidden property says whether it has the attribute, faster than asking for it by name.
  const hidden = (el as Partial<HTMLElement>).hidden;
  if (hidden === undefined ? el.hasAttribute('hidden') : hidden !== false) return true;
  const style = el.getAttribute('style');
  return !!style && /display\s*:\s*none|visibility\s*:\s*hidden/i.test(style);
}

function collect(node: Node, out: string[], top: boolean): void {
  for (let child = node.firstChild; child; child = child.nextSibling) {
    if (child.nodeType === 3) out.push(child.nodeValue ?? '');
    else if (child.nodeType === 1) {
      const el = child as Element;
      if ((!top || el.tagName !== 'TABLE') && (SKIP.has(el.tagName) || isHidden(el))) continue;
      out.push(' ');
      collect(el, out, false);
      out.push(' ');
    }
  }
}

const SPACES = /[\s\u0000-\u001f\u007f-\u009f\u00a0\u202f]+/g;

/**
 * Whether collapsing whitespace would change `t`: a space at either end, two spaces in a row, any
 * other whitespace, or a control character (read as a space: capture-wire.ts's separators are
 * control characters, so none can be in a cell). A loop over the characters: this runs for every
 * cell, and most are short plain ASCII, which a regular expression with alternatives scans slower.
 */
function untidy(t: string): boolean {
  const n = t.length;
  if (n === 0) return false;
  if (t.charCodeAt(0) === 32 || t.charCodeAt(n - 1) === 32) return true;
  let prev = 0;
  for (let i = 0; i < n; i++) {
    const c = t.charCodeAt(i);
    if (c === 32) {
      if (prev === 32) return true;
    } else if (c < 33 || (c >= 127 && c <= 160) || (c > 160 && isOtherSpace(c))) return true;
    prev = c;
  }
  return false;
}

/** Whitespace beyond Latin-1, as `\s` has it. */
const isOtherSpace = (c: number) =>
  c === 0x1680 ||
  (c >= 0x2000 && c <= 0x200a) ||
  c === 0x2028 ||
  c === 0x2029 ||
  c === 0x202f ||
  c === 0x205f ||
  c === 0x3000 ||
  c === 0xfeff;

const tidy = (t: string) => (untidy(t) ? t.replace(SPACES, ' ').trim() : t);

/**
 * What the last cellText call saw inside its element, for a caller that asks more of the same
 * cell without asking the DOM again (capture-page.ts, for the app's overdue marks): null when it
 * holds text only, its one element when that holds text only, undefined when it is more than that.
 */
export let lastLook: Element | null | undefined;

/** Visible text of an element, whitespace and control characters collapsed (NBSP kept as a plain space). */
export function cellText(el: Element): string {
  // Most cells hold text only, or one plain element (a link, a badge): no walk needed. This runs
  // for every cell of every row, so it asks the DOM as little as it can.
  const only = el.firstElementChild;
  if (
    !only ||
    (!only.nextElementSibling &&
      !only.firstElementChild &&
      !SKIP.has(only.tagName) &&
      !(only.hasAttributes() && isHidden(only)))
  ) {
    lastLook = only;
    return tidy(el.textContent ?? '');
  }
  lastLook = undefined;
  const out: string[] = [];
  collect(el, out, true);
  return out.join('').replace(SPACES, ' ').trim();
}

/** Header text: a visible label, else an aria-label or title (icon-only headers). */
export function headerText(el: Element): string {
  return cellText(el) || el.getAttribute('aria-label')?.trim() || el.getAttribute('title')?.trim() || '';
}
