import { findLists } from '../../lib/extract/page/find-lists';
import { listAround } from '../../lib/extract/page/teach-pick';

const STYLE = `
  :host { all: initial; }
  .box { position: fixed; pointer-events: none; z-index: 2147483645; outline: 3px solid #0f5132;
    outline-offset: 2px; background: rgb(15 81 50 / .08); border-radius: 2px; display: none; }
  .bar { position: fixed; left: 50%; top: 12px; transform: translateX(-50%); z-index: 2147483647;
    display: flex; gap: 12px; align-items: center; max-width: min(720px, 90vw);
    font: 14px/1.4 system-ui, sans-serif; color: #fff; background: #0f5132; padding: 8px 12px;
    border-radius: 8px; box-shadow: 0 2px 12px rgb(0 0 0 / .3); }
  button { font: inherit; border: 1px solid #fff; background: transparent; color: #fff;
    border-radius: 6px; padding: 4px 10px; cursor: pointer; }
  button:focus-visible { outline: 3px solid #ffbf47; outline-offset: 2px; }`;

const LIST_SEL = 'table,[role=grid],[role=table],[role=treegrid]';

/**
 * Lets the user point at the invoice list: the list under the pointer is outlined, a click picks
 * it, Esc cancels; ↑/↓ step through the page's lists and Enter picks one, for the keyboard. The
 * overlay lives in a closed shadow root and carries no data; the page's own click handlers do
 * not see the picking click. Only the user's own clicks and keys (isTrusted) pick: the page's
 * script cannot choose the list. Resolves with the element picked, or null when cancelled.
 */
export function pickList(doc: Document, signal: AbortSignal): Promise<Element | null> {
  return new Promise((resolve) => {
    const host = doc.createElement('owed-teach');
    const root = host.attachShadow({ mode: 'closed' });
    const style = doc.createElement('style');
    style.textContent = STYLE;
    const box = doc.createElement('div');
    box.className = 'box';
    const bar = doc.createElement('div');
    bar.className = 'bar';
    bar.setAttribute('role', 'dialog');
    bar.setAttribute('aria-label', 'Teach Owed this page');
    const text = doc.createElement('span');
    text.setAttribute('role', 'status');
    text.textContent =
      'Click the invoice list Owed should read. Keyboard: ↑/↓ choose a list, Enter picks it, Esc cancels.';
    const cancel = doc.createElement('button');
    cancel.type = 'button';
    cancel.textContent = 'Cancel';
    bar.append(text, cancel);
    root.append(style, box, bar);
    doc.documentElement.append(host);

    const candidates = findLists(doc)
      .sort((a, b) => b.rows.length - a.rows.length)
      .map((l) => l.element);
    let index = -1;
    let done = false;

    const outline = (el: Element | undefined) => {
      if (!el) return void (box.style.display = 'none');
      const r = el.getBoundingClientRect();
      Object.assign(box.style, {
        display: 'block',
        left: `${r.left}px`,
        top: `${r.top}px`,
        width: `${r.width}px`,
        height: `${r.height}px`,
      });
    };
    const listUnder = (el: Element) => el.closest(LIST_SEL) ?? candidates.find((c) => c.contains(el)) ?? el;
    const finish = (picked: Element | null) => {
      if (done) return;
      done = true;
      ac.abort();
      host.remove();
      resolve(picked);
    };
    const ac = new AbortController();
    const opts = { capture: true, signal: ac.signal };
    signal.addEventListener('abort', () => finish(null), { signal: ac.signal });

    doc.addEventListener(
      'mousemove',
      (e) => {
        const t = e.target as Element | null;
        if (t && t !== host) outline(listUnder(t));
      },
      opts,
    );
    doc.addEventListener(
      'click',
      (e) => {
        const t = e.target as Element | null;
        if (!t || t === host) return; // the bar's own buttons
        e.preventDefault();
        e.stopImmediatePropagation();
        // Only the user picks: a click the page's script dispatches (isTrusted false) does not.
        if (!e.isTrusted) return;
        if (listAround(t)) finish(t);
        else text.textContent = 'No list there. Click inside the invoice list (Esc cancels).';
      },
      opts,
    );
    // The app must not act on the picking click's other halves either.
    for (const type of ['mousedown', 'mouseup', 'pointerdown', 'pointerup'] as const)
      doc.addEventListener(
        type,
        (e) => {
          if (e.target !== host) {
            e.preventDefault();
            e.stopImmediatePropagation();
          }
        },
        opts,
      );
    doc.addEventListener(
      'keydown',
      (e) => {
        if (!e.isTrusted) return; // keys the page's script dispatches choose nothing
        if (e.key === 'Escape') finish(null);
        else if ((e.key === 'ArrowDown' || e.key === 'ArrowUp') && candidates.length) {
          index = (index + (e.key === 'ArrowDown' ? 1 : candidates.length - 1)) % candidates.length;
          const el = candidates[index]!;
          el.scrollIntoView({ block: 'nearest' });
          outline(el);
          text.textContent = `List ${index + 1} of ${candidates.length}: Enter picks it, ↑/↓ another, Esc cancels.`;
        } else if (e.key === 'Enter' && index >= 0) finish(candidates[index]!);
        else return;
        e.preventDefault();
        e.stopImmediatePropagation();
      },
      opts,
    );
    cancel.addEventListener('click', () => finish(null), { signal: ac.signal });
    // Focus leaves the sidebar for the page, so Esc and the arrows reach this listener.
    cancel.focus();
  });
}
