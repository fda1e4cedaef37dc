import { cellText } from './cell-text';

/** The value a form control shows: what is typed or selected, else its text. */
function controlValue(el: Element): string {
  if (el.tagName === 'SELECT') {
    // Apps that draw read-only forms (sao) mark the shown option; otherwise the live selection.
    const sel = el.querySelector('option[selected]') ?? (el as HTMLSelectElement).selectedOptions?.[0];
    return sel ? cellText(sel) : '';
  }
  if (el.tagName === 'INPUT' || el.tagName === 'TEXTAREA') {
    const type = el.getAttribute('type');
    if (type === 'checkbox' || type === 'radio' || type === 'hidden') return '';
    return ((el as HTMLInputElement).value || el.getAttribute('value') || '').trim();
  }
  return cellText(el);
}

const CONTROL = 'input:not([type=hidden]):not([style*="display: none"]),select,textarea';

/** Label → value pairs of a record's form: <label> with for= or aria-labelledby, and <dt>/<dd>. */
export function labelledValues(root: ParentNode): { label: string; value: string }[] {
  const out: { label: string; value: string }[] = [];
  const doc = (root as Node).ownerDocument ?? (root as Document);
  for (const label of Array.from(root.querySelectorAll('label'))) {
    if (label.closest('th,thead,tfoot')) continue;
    const text = cellText(label).replace(/\s*:\s*$/, '');
    if (!text) continue;
    let control: Element | null = null;
    const forId = label.getAttribute('for');
    if (forId) control = doc.getElementById(forId);
    if (!control && label.id)
      control = root.querySelector(`[aria-labelledby~="${label.id.replace(/["\\]/g, '\\$&')}"]`);
    if (!control) control = label.querySelector(CONTROL);
    if (control) out.push({ label: text, value: controlValue(control) });
  }
  for (const dt of Array.from(root.querySelectorAll('dt'))) {
    const dd = dt.nextElementSibling;
    if (dd?.tagName === 'DD') out.push({ label: cellText(dt).replace(/\s*:\s*$/, ''), value: cellText(dd) });
  }
  return out;
}
