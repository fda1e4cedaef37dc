// What a row of a list is when it is no invoice: a header repeated, a totals row, a group heading,
// a "more" row, another kind of document; and why a row was skipped.
import { fold } from '../../text/fold';

export interface SkippedRow {
  row: number;
  reason: string;
}

/** A row skipped for being no row of the list at all: a header repeated, a total, a group heading (drafts and voids are rows, skipped on purpose). */
export const isLayoutRow = (s: SkippedRow) => /totals row|header row|heading row/.test(s.reason);

export const TOTALS =
  /^(total|totals|totaux|sous total|subtotal|grand total|summe|gesamt|gesamtsumme|zwischensumme|totale|totaal|sum|suma|soma|total general)\b/;
// Other documents that share a sales list with invoices (QuickBooks "All sales", Odoo journals).
export const NOT_INVOICE =
  /^(payment|receive payment|estimate|quote|quotation|sales receipt|receipt|deposit|refund receipt|time charge|charge|devis|paiement|reglement|recu|angebot|zahlung|quittung|presupuesto|cotizacion|pago|recibo|orcamento|pagamento|offerte|betaling|preventivo|ricevuta)$/;
/**
 * Whether fold(t) is `folded`, without building the folded text: most cells differ from their
 * header within a few plain ASCII characters, which folding only lowercases.
 */
export function foldsTo(t: string, folded: string): boolean {
  for (let i = 0; i < t.length; i++) {
    const c = t.charCodeAt(i);
    // Accents and other scripts may change the length: the real fold decides.
    if (c > 0x7f) return fold(t) === folded;
    if ((c >= 65 && c <= 90 ? c + 32 : c) !== folded.charCodeAt(i)) return false;
  }
  return t.length === folded.length;
}

/** A row that only offers more rows ("Load more", "…"). */
export const MORE = /^(more|load more|show more|plus|mehr|mas|mais|meer|altro|altri|\.\.\.|…)$/;
