import type { SiteProfile } from './site-profile';

// Whether the app itself filters the list the page shows. A filtered view ("Paid", a search)
// hides open invoices on purpose, so a read of it must never count as the whole list: the
// background would otherwise mark every hidden open invoice "not seen since".

/** Query parameters that page, sort or dress a list without hiding any of its rows. */
const NOT_A_FILTER =
  /^(page|p|pg|offset|start|limit|per_?page|page_?size|size|count|sort|sort_?by|order|order_?by|dir|direction|asc|desc|lang|locale|hl|view|layout|display|mode|density|columns|tab|ref|source|_|t|ts|v|utm_.*|fbclid|gclid)$/i;
/** Values that mean "no filter". */
const NO_VALUE = /^(|all|any|\*|tous|toutes|tout|alle|todos|todas|todo|tutti|tutte|tutto|allemaal|none)$/i;
/** A tab or link that shows the whole list, in the languages Owed reads. */
const ALL_WORDS = /^(all|tous|toutes|tout|alle|todos|todas|todo|tutti|tutte|allemaal|alles)(\s|\b|$)/i;
const SEARCH_WORDS = /search|filter|find|recherch|filtr|such|buscar|busca|cerca|ricerca|zoek|pesquis|procur/i;

function filterParams(params: URLSearchParams): string[] {
  const out: string[] = [];
  for (const [k, v] of params) if (!NOT_A_FILTER.test(k) && !NO_VALUE.test(v.trim())) out.push(`${k}=${v}`);
  return out;
}

/** Filter parameters of the address: its query, and a query inside its hash (#/invoices?status=paid). */
export function urlFilters(url: string): string[] {
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    return [];
  }
  const inHash = u.hash.includes('?') ? new URLSearchParams(u.hash.slice(u.hash.indexOf('?') + 1)) : undefined;
  return [...filterParams(u.searchParams), ...(inHash ? filterParams(inHash) : [])];
}

const textOf = (el: Element) => (el.textContent ?? '').replace(/\s+/g, ' ').trim();

/** A search or filter box the user typed into (its live value, not the attribute). */
function searchWithText(doc: ParentNode): string | undefined {
  for (const input of Array.from(doc.querySelectorAll('input'))) {
    const type = (input.getAttribute('type') ?? 'text').toLowerCase();
    if (type !== 'search' && type !== 'text') continue;
    const value = (input as HTMLInputElement).value?.trim();
    if (!value) continue;
    const words = [
      input.getAttribute('name'),
      input.getAttribute('placeholder'),
      input.getAttribute('aria-label'),
      input.id,
      input.className,
    ].join(' ');
    const inSearch = !!input.closest('[role=search]');
    if (type === 'search' || inSearch || SEARCH_WORDS.test(words) || input.getAttribute('name') === 'q') return value;
  }
  return undefined;
}

const ACTIVE = '[aria-selected=true],[aria-current]:not([aria-current=false]),.active,.is-active,.selected,.current';

/**
 * An active filter tab that is not "All": a tab bar with an "All" choice (in any language Owed
 * reads) whose current choice is something else. A bar without "All" (app sections) says nothing.
 */
function activeFilterTab(doc: ParentNode): string | undefined {
  for (const active of Array.from(doc.querySelectorAll(ACTIVE))) {
    if (active.tagName === 'TR' || active.closest('table,[role=grid]')) continue;
    const label = textOf(active);
    if (!label || label.length > 40) continue;
    // The bar: the active item's parent, or its grandparent when items are wrapped (li > a).
    for (const bar of [active.parentElement, active.parentElement?.parentElement]) {
      if (!bar || bar.children.length < 2 || bar.children.length > 15) continue;
      const items = Array.from(bar.children).map(textOf);
      if (items.some((t) => t.length > 40)) continue;
      if (!items.some((t) => ALL_WORDS.test(t))) continue;
      if (!ALL_WORDS.test(label)) return label;
      break;
    }
  }
  return undefined;
}

/**
 * Why the page shows only part of the list ("status=paid", "search 'acme'", "tab 'Paid'"), or
 * undefined when it shows the app's whole list. A profile's `fullListUrls` names the only pages
 * that show the whole list.
 */
export function viewFilter(url: string, doc: ParentNode, profile?: SiteProfile): string | undefined {
  if (profile?.fullListUrls?.length) {
    let path = url;
    try {
      const u = new URL(url);
      path = u.pathname + u.search + u.hash;
    } catch {
      // keep the raw text
    }
    if (!profile.fullListUrls.some((r) => new RegExp(r, 'i').test(path))) return 'not the full list page of this app';
  } else {
    const params = urlFilters(url);
    if (params.length) return params.join('&');
  }
  const search = searchWithText(doc);
  if (search) return `search '${search}'`;
  const tab = activeFilterTab(doc);
  if (tab) return `tab '${tab}'`;
  return undefined;
}
