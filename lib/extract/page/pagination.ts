import { cellText, isHidden } from './cell-text';
import { fold } from '../../text/fold';

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

// ---- Numbered pages ("1 2 3 … Next", "‹ Page 2 of 5 ›") --------------------------------------

const PREVIOUS =
  /^(previous|previous page|prev|go to previous page|‹|«|<|precedent|page precedente|zuruck|vorherige|vorherige seite|anterior|pagina anterior|vorige|precedente|indietro)$/;
const NEXT_WORDS =
  /^(next|next page|go to next page|›|»|>|suivant|page suivante|weiter|nachste|nachste seite|siguiente|pagina siguiente|proximo|proxima|proxima pagina|volgende|successivo|successiva|avanti)$/;
/** "Page 3", "Go to page 3", "Seite 3", "Página 3": a page button's accessible name. */
const PAGE_LABEL = /^(?:go to |goto )?(?:page|seite|pagina|pagina n|pag)\.?\s*(\d{1,4})$/;
/** "Page 2 of 5", "Seite 2 von 5", "2 / 5", "Página 2 de 5". */
const PAGE_OF = /(?:page|seite|pagina|pag\.?)\s*(\d{1,4})\s*(?:of|sur|von|de|van|di|\/)\s*(\d{1,4})\b/;
const MAYBE_PAGER =
  /\d|next|prev|[‹›«»<>]|suiv|prec|weiter|zur|n[aä]chste|vorige|siguiente|anterior|pr[oó]xim|volgende|successiv|avanti|indietro/i;

/** A control a user clicks to move through pages: a button or a link, never a field or a menu item. */
const CONTROL = 'button,a,[role=button],[role=link]';

/** What a list's pager shows: the page on screen, the last page, and the controls to move. */
export interface Pager {
  /** The page shown, when the pager says (aria-current, a pressed or disabled number, "Page 2 of 5"). */
  current?: number;
  /** The last page, when the pager says (its highest numbered button, "Page 2 of 5"). */
  last?: number;
  /** Numbered page buttons that can be clicked, by page number. */
  pages: Map<number, HTMLElement>;
  /** The enabled "next page" control. */
  next?: HTMLElement;
  /** An enabled "previous page" control: the page shown is not the first. */
  previous?: HTMLElement;
}

/** An icon-only control: the arrow its icon's name says (feather's "chevron-right", Blueprint's "arrow-forward"). */
function iconWords(el: Element): string {
  const icon = el.querySelector('svg,i,[data-icon],[class*=icon]');
  if (!icon) return '';
  const name = `${icon.getAttribute('class') ?? ''} ${icon.getAttribute('data-icon') ?? ''}`.toLowerCase();
  // "chevrons-right", "double", "last": jumps to the last page, not the next one.
  if (/chevrons-|double|first|last|skip/.test(name)) return '';
  if (/(chevron|arrow|angle|caret)[-_]?(right|forward)|\bnext\b/.test(name)) return '›';
  if (/(chevron|arrow|angle|caret)[-_]?(left|back)|\bprev/.test(name)) return '‹';
  return '';
}

/** The words a control says: its text, else its accessible name or title, else its icon's arrow, folded ("‹ Previous" says "previous"). */
const controlWords = (el: Element) =>
  fold(cellText(el) || el.getAttribute('aria-label') || el.getAttribute('title') || iconWords(el))
    .replace(/\s+/g, ' ')
    .replace(/^[‹«<]\s*(?=\p{L})|(?<=\p{L})\s*[›»>]$/u, '');

/** The page number a control stands for: its text "3", or its name "Page 3" / "Go to page 3". */
function pageNumberOf(el: Element): number | undefined {
  const text = fold(cellText(el));
  const label = fold(el.getAttribute('aria-label') ?? el.getAttribute('title') ?? '');
  const m = /^\d{1,4}$/.test(text) ? text : (PAGE_LABEL.exec(label)?.[1] ?? PAGE_LABEL.exec(text)?.[1]);
  const n = m === undefined ? NaN : Number(m);
  return Number.isInteger(n) && n > 0 ? n : undefined;
}

/** A control shows the page on screen: marked current, pressed, selected or active. */
const isCurrentMark = (el: Element) =>
  el.getAttribute('aria-current') === 'page' ||
  el.getAttribute('aria-current') === 'true' ||
  el.getAttribute('aria-pressed') === 'true' ||
  el.getAttribute('aria-selected') === 'true' ||
  /\b(active|current|selected|is-active|is-current|Mui-selected)\b/.test(
    `${el.getAttribute('class') ?? ''} ${el.parentElement?.getAttribute('class') ?? ''}`,
  );

/** Whether a control is part of a row of the list (a link in a cell), never the pager. */
const inRow = (el: Element) => !el.closest('tfoot') && !!el.closest('tbody tr,[role=row],[role=gridcell],[role=cell]');

/**
 * The pager of a list: numbered page buttons and next/previous controls beside it (the nearest
 * container, within a few levels up from the list, that holds them). Only controls a user clicks
 * to move between pages count: buttons and links whose text or accessible name is a page number
 * or a next/previous word, outside the list's rows, in a group of at least two such controls.
 */
export function findPager(root: ParentNode, near?: Element): Pager | undefined {
  let scope: ParentNode = root;
  if (near) {
    let around: Element = near;
    for (let i = 0; i < 6 && around.parentElement && around.tagName !== 'BODY'; i++) {
      around = around.parentElement;
      if (around.querySelector(CONTROL) && pagerIn(around)) {
        scope = around;
        break;
      }
    }
  }
  return pagerIn(scope);
}

function pagerIn(scope: ParentNode): Pager | undefined {
  const numbered: { n: number; el: HTMLElement }[] = [];
  let next: HTMLElement | undefined;
  let nextSeen = false;
  let previous: HTMLElement | undefined;
  let previousSeen = false;
  for (const el of Array.from(scope.querySelectorAll<HTMLElement>(CONTROL))) {
    const raw = `${el.textContent ?? ''} ${el.getAttribute('aria-label') ?? ''} ${el.getAttribute('title') ?? ''}`;
    if (raw.length > 80 || inRow(el)) continue;
    if (!MAYBE_PAGER.test(raw) && (raw.trim() || !el.querySelector('svg,i'))) continue;
    if (el.closest('[role=menu],[role=menubar],[role=tablist],[role=listbox],form[method=post]')) continue;
    if (el.getAttribute('type') === 'submit') continue; // a wizard's "Next" sends a form
    const words = controlWords(el);
    if (NEXT_WORDS.test(words)) {
      nextSeen = true;
      if (!disabled(el) && !next) next = el;
      continue;
    }
    if (PREVIOUS.test(words)) {
      previousSeen = true;
      if (!disabled(el) && !previous) previous = el;
      continue;
    }
    const n = pageNumberOf(el);
    if (n !== undefined && !isHidden(el)) numbered.push({ n, el });
  }
  // A lone number is a link in the page's text, not a pager; a pager has two controls or more.
  const controls = numbered.length + (nextSeen ? 1 : 0) + (previousSeen ? 1 : 0);
  if (controls < 2 || (numbered.length === 0 && !nextSeen)) return undefined;
  const pager: Pager = { pages: new Map() };
  for (const { n, el } of numbered) {
    if (isCurrentMark(el) || (disabled(el) && numbered.length > 1)) pager.current ??= n;
    else if (!disabled(el) && !pager.pages.has(n)) pager.pages.set(n, el);
  }
  const said = PAGE_OF.exec(fold(textAround([...numbered.map((x) => x.el), next, previous])).replace(/\s+/g, ' '));
  if (said) {
    pager.current ??= Number(said[1]);
    pager.last = Number(said[2]);
  }
  const highest = Math.max(0, ...numbered.map((x) => x.n));
  if (highest && !next) pager.last = Math.max(pager.last ?? 0, highest);
  if (next) pager.next = next;
  if (previous) pager.previous = previous;
  return pager;
}

/** The text around a pager's controls, short: "Page 2 of 5" sits beside the buttons. */
function textAround(controls: (Element | undefined)[]): string {
  const els = controls.filter((c): c is Element => !!c);
  let box = els[0]?.parentElement;
  for (let i = 0; box && i < 4 && !els.every((e) => box!.contains(e)); i++) box = box.parentElement;
  // One level more: the "Page 2 of 5" of a pager often sits beside the group of buttons.
  const t = box?.parentElement?.textContent ?? box?.textContent ?? '';
  return t.length > 2000 ? (box?.textContent ?? '').slice(0, 2000) : t;
}

/**
 * The pages still to read: the next page button to click, given the pages read. An unread
 * numbered page first (the lowest, so a list opened on page 3 goes back for 1 and 2), else "next".
 * Undefined when every page the pager offers was read.
 */
export function nextPageControl(pager: Pager, read: ReadonlySet<number>): HTMLElement | undefined {
  const { current, last } = pager;
  // Every page read: nothing is clicked, whichever page the user went back to.
  if (last !== undefined && everyPage(last, read)) return undefined;
  const unread = [...pager.pages.keys()].filter((n) => !read.has(n)).sort((a, b) => a - b);
  if (unread.length) return pager.pages.get(unread[0]!);
  if (current === undefined) return pager.next;
  // Pages before this one not read (a list opened on page 2 of a pager without numbers): back.
  for (let n = 1; n < current; n++) if (!read.has(n)) return pager.previous;
  // A "next" that is never disabled (it does nothing on the last page) is not clicked there.
  if (last !== undefined && current >= last) return undefined;
  // The next page was read: jump to a page shown whose next is not ("1 2 3 … 9", 1–3 and 9 read:
  // from page 1 to 3, whose "next" is 4).
  if (read.has(current + 1)) {
    const ahead = [...pager.pages.keys()].filter((n) => n > current && !read.has(n + 1)).sort((a, b) => a - b)[0];
    if (ahead !== undefined) return pager.pages.get(ahead);
  }
  return pager.next;
}

const everyPage = (last: number, read: ReadonlySet<number>) => {
  for (let n = 1; n <= last; n++) if (!read.has(n)) return false;
  return true;
};

/**
 * Whether every page of a paged list was read: the pager offers no page and no "next" that was
 * not read, and pages 1 to the last were all read. Kept apart so the background's judgement of a
 * list's completeness can reuse it.
 */
export function allPagesRead(pager: Pager, read: ReadonlySet<number>): boolean {
  if (nextPageControl(pager, read)) return false;
  // Where the list stands is unknown (a pager with only "next" and "previous"): complete only
  // when there is a single page.
  if (pager.current === undefined) return !pager.previous && !pager.next && read.size > 0;
  const last = pager.last ?? pager.current;
  for (let n = 1; n <= last; n++) if (!read.has(n)) return false;
  return true;
}
