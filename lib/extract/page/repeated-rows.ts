// Lists of repeated rows (div or li rows of single-page apps): the container's children that share
// a shape, their cells the innermost elements with text, the header a differently shaped row above.
import { cellText, headerText, isHidden } from './cell-text';
import { lazyRow, LazyRow, type RawList } from './raw-list';

// Classes that say a row's state, not what it is: rows of one list differ by them.
const STATE_CLASS =
  /^(is-|has-)|active|selected|odd|even|overdue|danger|late|paid|hover|focus|open|closed|draft|sent|partial|unpaid|expanded|collapsed|striped|highlight|warning|success|error|muted/i;

const signatures = new Map<string, string>();

function signature(el: Element): string {
  // Rows repeat their tag and classes: work each combination out once.
  const raw = `${el.tagName} ${el.getAttribute('class') ?? ''}`;
  let sig = signatures.get(raw);
  if (sig === undefined) {
    if (signatures.size > 5_000) signatures.clear();
    signatures.set(raw, (sig = signatureOf(el)));
  }
  return sig;
}

function signatureOf(el: Element): string {
  const classes = Array.from(el.classList)
    // BEM modifiers ("row--overdue", "fatture__row--scaduta") say a state in any language.
    .filter((c) => !STATE_CLASS.test(c) && !/\d{3,}/.test(c) && !c.includes('--'))
    .sort();
  return `${el.tagName}.${classes.join('.')}`;
}

/** Cells of a repeated row: the innermost elements that carry text, keyed by their path. */
function leafCells(row: Element): { key: string; el: Element }[] {
  const out: { key: string; el: Element }[] = [];
  const walk = (el: Element, path: string) => {
    const labelled =
      el !== row &&
      (el.hasAttribute('data-label') || el.hasAttribute('data-title') || el.getAttribute('role') === 'cell');
    const ownText = Array.from(el.childNodes).some((n) => n.nodeType === 3 && (n.nodeValue ?? '').trim());
    if (el !== row && (labelled || ownText)) {
      if (cellText(el)) out.push({ key: path, el });
      return;
    }
    const seen = new Map<string, number>();
    for (const child of Array.from(el.children)) {
      if (isHidden(child) || /^(SCRIPT|STYLE|TEMPLATE|SVG|svg)$/.test(child.tagName)) continue;
      const sig = signature(child);
      const n = seen.get(sig) ?? 0;
      seen.set(sig, n + 1);
      walk(child, `${path}/${sig}${n ? `:${n}` : ''}`);
    }
  };
  walk(row, '');
  return out;
}

/** Rows of a repeated list that decide its columns: beyond this many, a sample spread over it. */
const REPEATED_SAMPLE = 400;

const cellsByKey = (leaves: { key: string; el: Element }[], keys: string[]) =>
  keys.map((k) => leaves.find((c) => c.key === k)?.el);

/** Whether `el` has at least `n` elements below it (stops counting there). */
function hasDescendants(el: Element, n: number): boolean {
  let count = 0;
  const walk = (parent: Element): boolean => {
    for (let c = parent.firstElementChild; c; c = c.nextElementSibling) if (++count >= n || walk(c)) return true;
    return false;
  };
  return walk(el);
}

export function fromRepeated(container: Element): RawList | undefined {
  // Rows need three cells (below): two children with three elements under them, or no list. This
  // turns away each row of a 5,000-row list at once (each is a container of spans too).
  let rich = 0;
  for (let c = container.firstElementChild; c && rich < 2; c = c.nextElementSibling) if (hasDescendants(c, 3)) rich++;
  if (rich < 2) return undefined;
  const groups = new Map<string, Element[]>();
  for (const child of Array.from(container.children)) {
    if (isHidden(child)) continue;
    const sig = signature(child);
    const group = groups.get(sig);
    if (group) group.push(child);
    else groups.set(sig, [child]);
  }
  let best: Element[] = [];
  for (const g of groups.values()) if (g.length > best.length) best = g;
  if (best.length < 2) return undefined;
  // A first row shaped like the others may only name columns: the reader judges it (maybeHeader).
  // The columns come from the rows after it, so a header's plain texts add no columns of their own.
  const from = best.length > 2 ? 1 : 0;
  // The columns and the shape test come from rows spread over the list (all of a short one); each
  // other row finds its cells when it is read, so a long list is read a few rows per step, as a
  // table is, instead of in one long task.
  const stride = Math.ceil((best.length - from) / REPEATED_SAMPLE);
  const sample = best.filter((_, i) => i >= from && (i - from) % stride === 0);
  const leaves = sample.map(leafCells);
  if (leaves.filter((l) => l.length >= 3).length < sample.length * 0.8) return undefined;
  const keys: string[] = [];
  for (const l of leaves) for (const { key } of l) if (!keys.includes(key)) keys.push(key);
  if (keys.length > 40) return undefined;

  // Header cells often hold plain text where data cells wrap it in a link or badge: match by path prefix.
  const headerCells = (cells: { key: string; el: Element }[]) =>
    keys.map((k) => cells.find((c) => c.key === k || k.startsWith(`${c.key}/`) || c.key.startsWith(`${k}/`))?.el);
  const headerTexts = (cells: (Element | undefined)[]) => cells.map((c) => (c ? headerText(c) : ''));
  // Header: labels on the cells, else a differently shaped row before the first one with as many texts.
  let headers: string[] = keys.map((k) => {
    for (const l of leaves) {
      const cell = l.find((c) => c.key === k)?.el;
      const label = cell?.getAttribute('data-label') ?? cell?.getAttribute('data-title');
      if (label) return label.trim();
    }
    return '';
  });
  if (headers.every((h) => !h)) {
    const inRows = new Set(best);
    const candidates = [
      ...Array.from(container.children).filter((c) => !inRows.has(c)),
      container.previousElementSibling,
    ].filter((c): c is Element => !!c && (c.compareDocumentPosition(best[0]!) & 4) !== 0);
    for (const cand of candidates.reverse()) {
      const cells = leafCells(cand);
      const byKey = headerCells(cells);
      if (byKey.filter(Boolean).length >= Math.min(3, keys.length)) {
        headers = headerTexts(byKey);
        break;
      }
      if (cells.length === keys.length) {
        headers = cells.map((c) => headerText(c.el));
        break;
      }
    }
  }
  const list: RawList = {
    element: container,
    kind: 'repeated',
    headers,
    rows:
      stride === 1
        ? best.map((row, i) => lazyRow(row, cellsByKey(i < from ? leafCells(row) : leaves[i - from]!, keys)))
        : best.map((row) => new LazyRow(row, undefined, (r) => cellsByKey(leafCells(r), keys))),
  };
  if (from) list.maybeHeader = headerTexts(headerCells(leafCells(best[0]!)));
  return list;
}
