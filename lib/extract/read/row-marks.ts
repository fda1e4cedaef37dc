import { fold } from '../../text/fold';

// Status words in seven languages (folded). Partly-paid comes first: it contains "paid".
const PARTIAL =
  /\b(partial|partially paid|part paid|partiellement paye|paiement partiel|teilweise bezahlt|teilbezahlt|teilzahlung|parcialmente pagad[ao]|pago parcial|parcial|deels betaald|gedeeltelijk betaald|parzialmente pagat[ao]|pagamento parziale)\b/;
const PAID =
  /^(paid|paid in full|fully paid|payee?s?|regle?e?s?|acquittee?|bezahlt|beglichen|pagad[ao]s?|cobrad[ao]s?|pag[ao]s?|quitad[ao]|liquidad[ao]|betaald|voldaan|pagat[ao]|saldat[ao]|incassat[ao])$/;
const OVERDUE =
  /\b(overdue|past due|late|en retard|echue?s?|impayee? en retard|uberfallig|verspatet|vencid[ao]s?|atrasad[ao]s?|en mora|em atraso|achterstallig|vervallen|te laat|scadut[ao]|in ritardo|insolut[ao])\b|\d+\s+\w+\s+(overdue|late|de retard|uberfallig|vencid[ao]s?|atrasad[ao]s?|te laat|di ritardo)\b/;
const CREDIT =
  /\b(credit note|credit memo|creditnote|credit|avoir|gutschrift|nota de credito|nota credito|nota di credito|creditnota|creditfactuur)\b/;
const DRAFT = /^(draft|brouillon|entwurf|borrador|rascunho|concept|bozza)$/;

export const isPaidStatus = (status: string) => {
  const s = fold(status).trim();
  return !PARTIAL.test(s) && PAID.test(s);
};
export const isOverdueText = (text: string) => OVERDUE.test(fold(text));
/** A page's short status or due text that says overdue (a long text that mentions lateness does not; overdue-marks.ts reads the app's looks). */
export const saysOverdue = (text: string) => text.length < 60 && isOverdueText(text);
export const isCreditText = (text: string) => CREDIT.test(fold(text));
const VOID =
  /^(void|voided|cancell?ed|written off|annulee?|storniert|anulad[ao]|cancelad[ao]|geannuleerd|vervallen verklaard|annullat[ao]|stornat[ao])$/;
export const isVoidStatus = (status: string) => VOID.test(fold(status).trim());
export const isDraftStatus = (status: string) => DRAFT.test(fold(status).trim());
export const isStatusWord = (text: string) => {
  const s = fold(text).trim();
  return (
    /^(due|fallig|vence|vervalt|scade|echeance)\b/.test(s) ||
    PAID.test(s) ||
    PARTIAL.test(s) ||
    OVERDUE.test(s) ||
    DRAFT.test(s) ||
    /^(open|sent|unpaid|due|outstanding|viewed|pending|posted|approved|void|ouverte?|envoyee?|impayee?|offen|versendet|gesendet|abierta|enviada|pendiente|aberta|enviada|pendente|openstaand|verzonden|aperta|inviata|emessa|da pagare|validated|cancell?ed|awaiting payment|in payment)$/.test(
      s,
    )
  );
};
