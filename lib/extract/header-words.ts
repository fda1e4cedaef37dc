import { fold } from './fold';

/** What a column of an invoice list can hold. */
export const FIELDS = ['number', 'customer', 'issued', 'due', 'total', 'balance', 'dueNow', 'paid', 'status', 'paidOn', 'currency', 'email', 'phone', 'kind'] as const;
export type Field = (typeof FIELDS)[number];

/**
 * Header words per field in English, French, German, Spanish, Portuguese, Dutch and Italian
 * (folded: lower case, no accents). A header may fit several fields ("Due", "Paid"): the shape
 * of the column's values decides between them.
 */
export const HEADER_WORDS: Record<Field, string[]> = {
  number: [
    'invoice number', 'invoice no', 'invoice #', 'invoice#', 'invoice', 'number', 'no', 'num', '#', 'n', 'nr', 'doc number', 'document number', 'document no', 'bill number',
    'numero', 'numero de facture', 'n facture', 'no facture', 'facture', 'num facture', 'piece',
    'rechnungsnummer', 'rechnungsnr', 'rechnung', 'rechnung nr', 'nummer', 'belegnummer', 'beleg nr', 'belegnr',
    'numero de factura', 'factura', 'no de factura', 'n de factura', 'folio',
    'numero da fatura', 'fatura', 'n da fatura', 'numero fatura',
    'factuurnummer', 'factuurnr', 'factuur', 'factuur nr',
    'numero fattura', 'fattura', 'n fattura', 'num fattura', 'numero documento',
  ],
  customer: [
    'customer', 'customer name', 'client', 'client name', 'to', 'bill to', 'billed to', 'party', 'contact', 'company', 'debtor', 'name', 'customer/project', 'recipient',
    'nom du client', 'nom', 'tiers', 'destinataire', 'societe', 'raison sociale',
    'kunde', 'kunden', 'kundenname', 'debitor', 'empfanger', 'firma', 'geschaftspartner',
    'cliente', 'nombre del cliente', 'razon social', 'deudor',
    'nome do cliente', 'nome', 'devedor',
    'klant', 'klantnaam', 'debiteur', 'relatie', 'naam',
    'nome cliente', 'ragione sociale', 'debitore', 'intestatario',
  ],
  issued: [
    'date', 'invoice date', 'issue date', 'issued', 'issued on', 'date issued', 'created', 'created on', 'billing date', 'transaction date', 'txn date',
    'date de facture', 'date facture', 'date d emission', 'emise le', 'date de facturation',
    'rechnungsdatum', 'datum', 'belegdatum', 'ausstellungsdatum', 'erstellt', 'erstellt am',
    'fecha', 'fecha de factura', 'fecha factura', 'fecha de emision', 'emitida',
    'data', 'data da fatura', 'data de emissao', 'emissao', 'emitida em',
    'factuurdatum', 'datum factuur',
    'data fattura', 'data emissione', 'data documento',
  ],
  due: [
    'due date', 'due', 'due on', 'payment due', 'date due', 'maturity date', 'expected date', 'expiration', 'pay by',
    'date d echeance', 'echeance', 'date echeance', 'echu le',
    'fallig', 'fallig am', 'falligkeit', 'falligkeitsdatum', 'zahlungsziel', 'zahlbar bis',
    'fecha de vencimiento', 'vencimiento', 'vence', 'fecha vencimiento',
    'data de vencimento', 'vencimento', 'vence em',
    'vervaldatum', 'vervaldag', 'vervalt',
    'scadenza', 'data scadenza', 'data di scadenza',
  ],
  total: [
    'total', 'amount', 'invoice total', 'total amount', 'invoice amount', 'gross', 'total incl tax', 'grand total', 'value',
    'montant', 'montant ttc', 'total ttc', 'montant total', 'montant facture',
    'betrag', 'gesamt', 'gesamtbetrag', 'brutto', 'summe', 'rechnungsbetrag', 'bruttobetrag',
    'importe', 'importe total', 'monto', 'monto total',
    'valor', 'valor total', 'montante',
    'bedrag', 'totaal', 'totaalbedrag', 'factuurbedrag',
    'importo', 'totale', 'importo totale',
  ],
  balance: [
    'balance', 'balance due', 'amount due', 'due', 'due amount', 'outstanding', 'outstanding amount', 'open balance', 'open amount', 'open', 'remaining', 'amount remaining', 'remaining amount',
    'to pay', 'amount to pay', 'unpaid', 'unpaid amount', 'left to pay', 'owed', 'amount owed', 'residual', 'amount due (usd)', 'o/s', 'os', 'o s',
    'solde', 'solde du', 'reste a payer', 'restant du', 'montant du', 'montant restant', 'a payer', 'montant a payer', 'impaye', 'du',
    'offen', 'offener betrag', 'offene betrag', 'restbetrag', 'saldo', 'ausstehend', 'ausstehender betrag', 'noch offen', 'zu zahlen',
    'pendiente', 'saldo pendiente', 'importe pendiente', 'por cobrar', 'adeudado', 'importe adeudado',
    'em aberto', 'valor em aberto', 'saldo devedor', 'a receber', 'valor devido',
    'openstaand', 'openstaand bedrag', 'open bedrag', 'te betalen', 'nog te betalen',
    'residuo', 'importo residuo', 'da pagare', 'insoluto', 'importo dovuto', 'da incassare',
  ],
  // What is due today or earlier: a lower bound of the balance when instalments are not yet due (Tryton).
  dueNow: ['amount to pay today', 'due today', 'amount due today', 'montant a payer aujourd hui', 'heute fallig', 'a pagar hoy', 'a pagar hoje', 'vandaag te betalen', 'da pagare oggi'],
  paid: ['paid', 'amount paid', 'payments', 'paye', 'montant paye', 'deja paye', 'bezahlt', 'gezahlt', 'pagado', 'importe pagado', 'pago', 'valor pago', 'betaald', 'pagato', 'importo pagato'],
  status: ['status', 'state', 'payment status', 'etat', 'statut', 'zustand', 'zahlungsstatus', 'estado', 'situacao', 'stato', 'situazione', 'invoice status'],
  paidOn: ['paid on', 'paid date', 'date paid', 'payment date', 'paid', 'date de paiement', 'paye le', 'bezahlt am', 'zahlungsdatum', 'fecha de pago', 'pagado el', 'data de pagamento', 'pago em', 'betaald op', 'betaaldatum', 'data pagamento', 'pagato il'],
  currency: ['currency', 'devise', 'monnaie', 'wahrung', 'moneda', 'moeda', 'valuta', 'ccy', 'cur'],
  email: ['email', 'e mail', 'courriel', 'mail', 'email address', 'adresse e mail', 'correo', 'correo electronico'],
  phone: ['phone', 'telephone', 'telefon', 'telefono', 'telefoon', 'tel', 'mobile', 'phone number'],
  kind: ['type', 'document type', 'typ', 'tipo', 'soort', 'belegart', 'doc type'],
};

/** A header folded for matching: "N° Facture" → "n facture", "Amount Due (USD)" → "amount due". */
export function normalizeHeader(h: string): string {
  // CSV exports write headers in camel case ("InvoiceAmountDue", "*DueDate").
  return fold(h.replace(/([a-z])([A-Z])/g, '$1 $2'))
    .replace(/\((?:[a-z]{3}|[^)]{1,3})\)/g, ' ')
    .replace(/[^a-z0-9#/ ]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * How strongly a header names each field: 3 for an exact phrase, less for a phrase inside a
 * longer header ("Total (TTC)", "Montant dû client"). `extra` are a profile's own header names.
 */
export function headerScores(header: string, extra?: Partial<Record<Field, string[]>>): Map<Field, number> {
  const h = normalizeHeader(header);
  const scores = new Map<Field, number>();
  if (!h) return scores;
  const words = h.split(' ');
  for (const f of FIELDS) {
    const own = extra?.[f]?.map(normalizeHeader) ?? [];
    if (own.includes(h)) {
      scores.set(f, 10);
      continue;
    }
    let best = 0;
    for (const phrase of HEADER_WORDS[f]) {
      if (phrase === h) best = Math.max(best, 3);
      // A phrase at the end weighs a little more: "invoice amount due" is an amount due.
      else if (phrase.length > 1 && ` ${h} `.includes(` ${phrase} `))
        best = Math.max(best, 1 + phrase.split(' ').length / words.length + (h.endsWith(` ${phrase}`) ? 0.1 : 0));
    }
    if (best) scores.set(f, best);
  }
  return scores;
}
