import { fold } from '../../text/fold';
import { cellText, isHidden } from './cell-text';

// Labels of a postal address, folded ("Billing Address", "Rechnungsadresse", "Dirección", …).
const ADDRESS_LABEL =
  /^(billing |postal |mailing |invoice )?address$|^(rechnungs|post)?adresse( de facturation| postale)?$|^direccion( de facturacion| postal)?$|^indirizzo( di fatturazione)?$|^morada( de faturacao| de facturacao)?$|^(factuur)?adres$/;
const SKIP = new Set(['SCRIPT', 'STYLE', 'TEMPLATE', 'NOSCRIPT', 'SELECT', 'BUTTON', 'svg', 'SVG']);
const BLOCK = /^(P|DIV|LI|UL|OL|DD|DT|ADDRESS|SECTION|TR|TABLE|H[1-6])$/;
const SPACES = /[\s\u0000-\u001f\u007f-\u009f]+/g;
const MAX_LINES = 10;
const MAX_CHARS = 1000;

/** The lines an element shows: a line per <br> and per block, whitespace collapsed, bounded. */
function linesOf(el: Element, without?: Element): string {
  const out: string[] = [''];
  const walk = (node: Node) => {
    for (let child = node.firstChild; child; child = child.nextSibling) {
      if (child.nodeType === 3) out[out.length - 1] += child.nodeValue ?? '';
      else if (child.nodeType === 1) {
        const e = child as Element;
        if (e === without || SKIP.has(e.tagName) || isHidden(e)) continue;
        if (e.tagName === 'BR') out.push('');
        else if (BLOCK.test(e.tagName)) {
          out.push('');
          walk(e);
          out.push('');
        } else walk(e);
      }
    }
  };
  if (el.tagName === 'TEXTAREA' || el.tagName === 'INPUT')
    out.push(...((el as HTMLInputElement).value || el.getAttribute('value') || el.textContent || '').split(/\r?\n/));
  else walk(el);
  return tidyLines(out);
}

function tidyLines(lines: string[]): string {
  return lines
    .map((l) => l.replace(SPACES, ' ').trim())
    .filter(Boolean)
    .slice(0, MAX_LINES)
    .join('\n')
    .slice(0, MAX_CHARS)
    .trim();
}

const isAddressLabel = (el: Element) =>
  ADDRESS_LABEL.test(
    fold(cellText(el))
      .replace(/[^a-z ]+/g, ' ')
      .replace(/ +/g, ' ')
      .trim(),
  );

/** An address has letters and more than a word or two's length ("—" and "" are not one). */
const plausible = (a: string) => a.length >= 5 && /\p{L}/u.test(a);

/** The element showing the value an address label names: its control, <dd>, value or next element. */
function labelledElement(label: Element, root: ParentNode): Element | null {
  const doc = (root as Node).ownerDocument ?? (root as Document);
  if (label.tagName === 'LABEL') {
    const forId = label.getAttribute('for');
    return (
      (forId ? doc.getElementById(forId) : null) ??
      (label.id ? root.querySelector(`[aria-labelledby~="${label.id.replace(/["\\]/g, '\\$&')}"]`) : null) ??
      label.querySelector('input,textarea')
    );
  }
  if (label.tagName === 'TH') return label.nextElementSibling?.tagName === 'TD' ? label.nextElementSibling : null;
  const next = label.nextElementSibling;
  // "<p><strong>Address</strong><br>12 Main St<br>…</p>": the lines around the label, without it.
  if ((!next || next.tagName === 'BR') && /^(STRONG|B)$/.test(label.tagName)) return label.parentElement;
  return next;
}

/**
 * The postal address a customer page shows: the value labelled "Address" ("Billing address",
 * "Rechnungsadresse", "Dirección", "Indirizzo", "Morada", "Adres", …) by a <label>, a <dt>, a
 * label-classed element, a table header or a heading; else an <address> element outside the
 * app's own header, footer and navigation. Its lines are kept, bounded to 10 lines of 1000 characters.
 */
export function extractCustomerAddress(root: ParentNode): string | undefined {
  const labels = root.querySelectorAll('label,dt,th,h2,h3,h4,h5,h6,strong,b,[class*="label" i]');
  for (const label of Array.from(labels)) {
    if (isHidden(label) || !isAddressLabel(label)) continue;
    const value = labelledElement(label, root);
    if (!value || isHidden(value)) continue;
    const address = linesOf(value, label);
    if (plausible(address)) return address;
  }
  for (const el of Array.from(root.querySelectorAll('address'))) {
    if (isHidden(el) || el.closest('footer,header,nav,[role=contentinfo],[role=banner],[role=navigation]')) continue;
    const address = linesOf(el);
    if (plausible(address)) return address;
  }
  return undefined;
}
