import { cellText, isHidden } from './cell-text';

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
  out.push(...classLabelled(root));
  return out;
}

/**
 * Detail views drawn with divs: an element whose class names it a label ("detail-item__label",
 * "field-label") followed by one whose class names it the value or content.
 */
function classLabelled(root: ParentNode): { label: string; value: string }[] {
  const out: { label: string; value: string }[] = [];
  for (const el of Array.from(root.querySelectorAll('[class*="label" i]'))) {
    if (el.tagName === 'LABEL' || el.closest('label,th,thead,tfoot,table')) continue;
    if (!/(^|[\s_-])label($|[\s_-])/i.test(el.getAttribute('class') ?? '')) continue;
    const value = el.nextElementSibling;
    if (!value || !/(^|[\s_-])(value|content|data|text)($|[\s_-])/i.test(value.getAttribute('class') ?? '')) continue;
    const label = cellText(el).replace(/\s*:\s*$/, '');
    if (label && label.length <= 100) out.push({ label, value: cellText(value) });
  }
  return out;
}

/**
 * The label → value pairs of a detail view open over a list (a drawer or a dialog showing one
 * invoice): empty when none is open, or it shows fewer than three.
 */
export function openDetailValues(doc: ParentNode): { label: string; value: string }[] {
  const open = Array.from(
    doc.querySelectorAll('[role=dialog],[aria-modal=true],dialog[open],[class*="drawer" i]'),
  ).filter(
    (el) =>
      !isHidden(el) && !el.parentElement?.closest('[role=dialog],[aria-modal=true],dialog[open],[class*="drawer" i]'),
  );
  for (const el of open) {
    const pairs = labelledValues(el);
    if (pairs.length >= 3) return pairs;
  }
  return [];
}
