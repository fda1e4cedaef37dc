import { cellText, isHidden } from './cell-text';
import { fold } from './fold';

// Words of "load more" controls in seven languages (folded).
const LOAD_MORE =
  /^(load more|show more|more|view more|see more|load more invoices|show more invoices|more results|plus|voir plus|afficher plus|charger plus|en voir plus|mehr|mehr laden|mehr anzeigen|weitere laden|weitere anzeigen|cargar mas|ver mas|mostrar mas|mas|carregar mais|ver mais|mostrar mais|mais|meer laden|meer tonen|toon meer|meer|carica altri|mostra altri|mostra di piu|altro|altri)(\s*\.\.\.|\s*…)?$/;
const NEXT =
  /^(next|next page|›|»|>|suivant|page suivante|weiter|nachste|nachste seite|siguiente|proximo|proxima|volgende|successivo|successiva|avanti)$/;

// A cheap look at the raw text before folding it: most links and rows of a big list say none of these.
const MAYBE_MORE = /more|plus|mehr|weitere|m[aá]s|mais|meer|altr|di pi/i;
const MAYBE_NEXT = /next|[›»>]|suiv|weiter|n[aä]chste|siguiente|pr[oó]xim|volgende|successiv|avanti/i;

const disabled = (el: Element) =>
  el.hasAttribute('disabled') ||
  el.getAttribute('aria-disabled') === 'true' ||
  /\bdisabled\b/.test(el.getAttribute('class') ?? '') ||
  isHidden(el) ||
  !!el.closest('[hidden]');

/** A button or link (by tag or role) whose words, or label, say "load more" or "next page". */
function isMoreControl(el: Element): boolean {
  const role = el.getAttribute('role');
  const control =
    el.tagName === 'BUTTON' ||
    (el.tagName === 'A' && el.hasAttribute('href')) ||
    (el.tagName === 'INPUT' && /^(button|submit)$/i.test(el.getAttribute('type') ?? '')) ||
    role === 'button' ||
    role === 'link';
  if (!control) return false;
  const words = [cellText(el), el.getAttribute('aria-label'), el.getAttribute('title'), el.getAttribute('value')];
  return words.some((w) => {
    const f = fold(w ?? '');
    return f.length > 0 && f.length <= 40 && (LOAD_MORE.test(f) || NEXT.test(f));
  });
}

/**
 * The control that loads more rows of this list: a profile's selector, else a button or link
 * whose words say "load more" in one of seven languages, or a table row that only says "more".
 */
export function findLoadMore(root: ParentNode, selector?: string, near?: Element): HTMLElement | undefined {
  // Only a control beside the list loads more of it: a "More" menu in the app's header does not.
  let around: Element | undefined = near;
  for (let i = 0; i < 3 && around?.parentElement && around.tagName !== 'BODY'; i++) around = around.parentElement;
  const besideList = (el: Element) => !around || around.contains(el);
  if (selector) {
    try {
      // A profile's selector is data from outside the code: what it names is clicked only when it
      // is a control (a button or a link) whose words say "more" or "next", checked here, now.
      const el = Array.from(root.querySelectorAll(selector)).find((e) => !disabled(e) && isMoreControl(e));
      if (el) return el as HTMLElement;
    } catch {
      // A bad selector in a taught profile: fall back to the words.
    }
  }
  for (const el of Array.from(root.querySelectorAll('button,a,[role=button],tr,[role=row]'))) {
    // Cheap checks first: a 5,000-row list has 10,000 rows and links, none of them "more".
    if ((el.tagName === 'TR' || el.getAttribute('role') === 'row') && el.childElementCount > 2) continue;
    const raw = el.textContent ?? '';
    if (raw.length > 400 || !(MAYBE_MORE.test(raw) || MAYBE_MORE.test(el.getAttribute('aria-label') ?? ''))) continue;
    const words = fold(cellText(el) || el.getAttribute('aria-label') || '');
    if (words.length > 40 || !LOAD_MORE.test(words)) continue;
    if (
      disabled(el) ||
      !besideList(el) ||
      el.closest('nav,header,[role=navigation],[role=menu],[role=menubar],[role=tablist]')
    )
      continue;
    if (el.tagName === 'TR' || el.getAttribute('role') === 'row') {
      if (el.querySelectorAll('td,[role=gridcell],[role=cell]').length > 2) continue;
      // A "more" row: its button, when it has one, is what listens for the click.
      return (el.querySelector('button,a,[role=button]') ?? el) as HTMLElement;
    }
    return el as HTMLElement;
  }
  return undefined;
}

/** An enabled "next page" control: the list has pages Owed has not read. */
export function hasNextPage(root: ParentNode): boolean {
  for (const el of Array.from(root.querySelectorAll('button,a,[role=button]'))) {
    const raw = `${el.textContent ?? ''} ${el.getAttribute('aria-label') ?? ''} ${el.getAttribute('title') ?? ''}`;
    if (raw.length > 400 || !MAYBE_NEXT.test(raw)) continue;
    if (disabled(el)) continue;
    const words = fold(cellText(el) || el.getAttribute('aria-label') || el.getAttribute('title') || '');
    if (NEXT.test(words)) return true;
  }
  return false;
}

// "1–20 of 57", "1-20 sur 57", "1 - 20 von 57", "Showing 20 of 57 invoices", "57 invoices".
const OF_TOTAL =
  /(?<!\d)\d+\s*[-–]\s*\d+\s+(?:of|sur|von|de|van|di)\s+(\d{1,6})\b|(?:showing|affichage de|zeige)\s+\d+\s+(?:of|sur|von)\s+(\d{1,6})\b/i;

/**
 * How many rows the page says the list has in all, when it says. `rows`: row elements already
 * known (a list of divs has no TBODY to skip), left out of the scan.
 */
export function statedTotal(root: ParentNode, rows?: ReadonlySet<Element>): number | undefined {
  const m = OF_TOTAL.exec(textOutsideRows((root as Document).body ?? (root as Element), rows).replace(/\s+/g, ' '));
  const n = m ? Number(m[1] ?? m[2]) : NaN;
  return Number.isFinite(n) ? n : undefined;
}

/** The page's text without the rows of its lists: where "1–20 of 57" is said, at a fraction of the cost. */
function textOutsideRows(top: Element | null, rows?: ReadonlySet<Element>): string {
  if (!top) return '';
  const out: string[] = [];
  const walk = (el: Element) => {
    for (let n = el.firstChild; n; n = n.nextSibling) {
      if (n.nodeType === 3) out.push(n.nodeValue ?? '');
      else if (n.nodeType === 1) {
        const c = n as Element;
        if (
          rows?.has(c) ||
          c.tagName === 'TBODY' ||
          c.tagName === 'SCRIPT' ||
          c.tagName === 'STYLE' ||
          c.getAttribute('role') === 'rowgroup' ||
          (c.getAttribute('role') === 'row' && c.childElementCount > 2)
        )
          continue;
        out.push(' ');
        walk(c);
      }
    }
  };
  walk(top);
  return out.join('');
}
