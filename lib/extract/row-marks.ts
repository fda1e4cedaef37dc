import { fold } from './parse-date';

// Status words in seven languages (folded). Partly-paid comes first: it contains "paid".
const PARTIAL = /\b(partial|partially paid|part paid|partiellement paye|paiement partiel|teilweise bezahlt|teilbezahlt|teilzahlung|parcialmente pagad[ao]|pago parcial|parcial|deels betaald|gedeeltelijk betaald|parzialmente pagat[ao]|pagamento parziale)\b/;
const PAID = /^(paid|paid in full|fully paid|payee?s?|regle?e?s?|acquittee?|bezahlt|beglichen|pagad[ao]s?|cobrad[ao]s?|pag[ao]s?|quitad[ao]|liquidad[ao]|betaald|voldaan|pagat[ao]|saldat[ao]|incassat[ao])$/;
const OVERDUE = /\b(overdue|past due|late|en retard|echue?s?|impayee? en retard|uberfallig|verspatet|vencid[ao]s?|atrasad[ao]s?|en mora|em atraso|achterstallig|vervallen|te laat|scadut[ao]|in ritardo|insolut[ao])\b|\d+\s+\w+\s+(overdue|late|de retard|uberfallig|vencid[ao]s?|atrasad[ao]s?|te laat|di ritardo)\b/;
const CREDIT = /\b(credit note|credit memo|creditnote|credit|avoir|gutschrift|nota de credito|nota credito|nota di credito|creditnota|creditfactuur)\b/;
const DRAFT = /^(draft|brouillon|entwurf|borrador|rascunho|concept|bozza)$/;
const OVERDUE_CLASS = /(^|[-_\s])(overdue|late|past-?due|danger|is-late|text-danger|badge-danger|label-danger|error)([-_\s]|$)/i;

export const isPaidStatus = (status: string) => {
  const s = fold(status).trim();
  return !PARTIAL.test(s) && PAID.test(s);
};
export const isOverdueText = (text: string) => OVERDUE.test(fold(text));
/** A page's short status or due text that says overdue (a long text that mentions lateness does not). */
export const saysOverdue = (text: string) => text.length < 60 && isOverdueText(text);
export const isCreditText = (text: string) => CREDIT.test(fold(text));
const VOID = /^(void|voided|cancell?ed|written off|annulee?|storniert|anulad[ao]|cancelad[ao]|geannuleerd|vervallen verklaard|annullat[ao]|stornat[ao])$/;
export const isVoidStatus = (status: string) => VOID.test(fold(status).trim());
export const isDraftStatus = (status: string) => DRAFT.test(fold(status).trim());
export const isStatusWord = (text: string) => {
  const s = fold(text).trim();
  return /^(due|fallig|vence|vervalt|scade|echeance)\b/.test(s) || PAID.test(s) || PARTIAL.test(s) || OVERDUE.test(s) || DRAFT.test(s) || /^(open|sent|unpaid|due|outstanding|viewed|pending|posted|approved|void|ouverte?|envoyee?|impayee?|offen|versendet|gesendet|abierta|enviada|pendiente|aberta|enviada|pendente|openstaand|verzonden|aperta|inviata|emessa|da pagare|validated|cancell?ed|awaiting payment|in payment)$/.test(s);
};

/** The element after `el` in page order inside `root`, or null at the end of `root`. */
function nextInside(root: Element, el: Element): Element | null {
  if (el.firstElementChild) return el.firstElementChild;
  for (let at: Element | null = el; at && at !== root; at = at.parentElement) if (at.nextElementSibling) return at.nextElementSibling;
  return null;
}

/**
 * The app marks the row overdue: a class on the row or on a badge in it, or an overdue word.
 * A profile's own selector replaces the class guess (Odoo paints every unpaid badge red).
 */
export function rowMarkedOverdue(row: Element, statusCell: Element | undefined, texts: string[], profileSelector?: string): boolean {
  if (texts.some(saysOverdue)) return true;
  if (profileSelector) {
    try {
      return row.matches(profileSelector) || !!row.querySelector(profileSelector);
    } catch {
      // A bad selector in a user-taught profile must not stop the read: fall back to classes.
    }
  }
  if (OVERDUE_CLASS.test(row.getAttribute('class') ?? '')) return true;
  if (statusCell) {
    if (OVERDUE_CLASS.test(statusCell.getAttribute('class') ?? '')) return true;
    // The cell's first 20 elements in page order (a badge, its icon), walked without building a
    // node list or live collection per row.
    let el: Element | null = statusCell.firstElementChild;
    for (let i = 0; el && i < 20; i++) {
      if (OVERDUE_CLASS.test(el.getAttribute('class') ?? '')) return true;
      el = nextInside(statusCell, el);
    }
  }
  return false;
}
