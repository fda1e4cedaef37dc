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

// Whitespace that collapsing would change: anything but single plain spaces between words.
const UNTIDY = /[^\S ]| {2}|^ | $/;
const tidy = (t: string) => (UNTIDY.test(t) ? t.replace(/[\s\u00a0\u202f]+/g, ' ').trim() : t);

/** Visible text of an element, whitespace collapsed (NBSP kept as a plain space). */
export function cellText(el: Element): string {
  // Most cells hold text only, or one plain element (a link, a badge): no walk needed. This runs
  // for every cell of every row, so it asks the DOM as little as it can.
  const only = el.firstElementChild;
  if (!only || (!only.nextElementSibling && !only.firstElementChild && !SKIP.has(only.tagName) && !(only.hasAttributes() && isHidden(only))))
    return tidy(el.textContent ?? '');
  const out: string[] = [];
  collect(el, out, true);
  return out
    .join('')
    .replace(/[\s\u00a0\u202f]+/g, ' ')
    .trim();
}

/** Header text: a visible label, else an aria-label or title (icon-only headers). */
export function headerText(el: Element): string {
  return cellText(el) || el.getAttribute('aria-label')?.trim() || el.getAttribute('title')?.trim() || '';
}
