import { describe, expect, it } from 'vitest';
import {
  ASKS_PLAN,
  CASH_FLOW,
  CLOSING,
  DISPUTE,
  DRAFT,
  HOSTILE,
  NEVER_RECEIVED,
  PARTIAL,
  RESOLVED,
  ASKS_TIME,
  DISSATISFIED,
  fold,
  isDraftStatus,
  outcomeId,
} from '../../../lib/classify/words';

const all = (re: { test(s: string): boolean }, samples: string[]) => samples.filter((s) => !re.test(fold(s)));
const draftStatus = { test: isDraftStatus };

describe('evidence words, folded, in en/fr/de/es/nl/it/pt', () => {
  it('reads disputes', () => {
    expect(
      all(DISPUTE, [
        'DISPUTED',
        'Litige',
        'en litige',
        'Contesté',
        'Streitfall',
        'Bestritten',
        'En disputa',
        'Reclamación',
        'Betwist',
        'Geschil',
        'Contestata',
        'In contestazione',
        'Contestado',
        'Em disputa',
      ]),
    ).toEqual([]);
    expect(all(DISPUTE, ['Paid', 'Overdue', 'Payé', 'Bezahlt'])).toHaveLength(4);
  });

  it('reads drafts and partial payments', () => {
    expect(all(draftStatus, ['Draft', 'BROUILLON', 'Entwurf', 'Borrador', 'Concept', 'Bozza', 'Rascunho'])).toEqual([]);
    expect(
      all(PARTIAL, [
        'Partially paid',
        'Part-paid',
        'Partiellement payé',
        'Teilweise bezahlt',
        'Pago parcial',
        'Gedeeltelijk betaald',
        'Parzialmente pagato',
        'Parcialmente pago',
      ]),
    ).toEqual([]);
    expect(DRAFT.test(fold('Sent to concept review'))).toBe(false);
  });

  it('reads signs of closing, cash trouble and requests for instalments', () => {
    expect(
      all(CLOSING, [
        'Layoffs announced',
        'Going into administration',
        'Filed for bankruptcy',
        'En liquidation judiciaire',
        'Insolvenzverfahren',
        'Schließt Ende des Monats',
        'Concurso de acreedores',
        'Faillissement',
        'Fallimento',
        'Falência decretada',
      ]),
    ).toEqual([]);
    expect(CLOSING.test(fold('Sent to the administration team'))).toBe(false);
    expect(
      all(CASH_FLOW, [
        'Cash is tight',
        'cash-flow issues',
        'Problème de trésorerie',
        'Liquiditätsengpass',
        'Falta de liquidez',
      ]),
    ).toEqual([]);
    expect(
      all(ASKS_PLAN, [
        'Wants a payment plan',
        'Pay in instalments',
        'Paiement en plusieurs fois',
        'Ratenzahlung',
        'Pagar a plazos',
        'Betalingsregeling',
        'Rateizzazione',
        'Em parcelas',
      ]),
    ).toEqual([]);
  });

  it('reads hostility and "never received"', () => {
    expect(
      all(HOSTILE, [
        'Was very RUDE',
        'Threatened us',
        'Agressif au téléphone',
        'Sehr unhöflich',
        'Nos amenazó',
        'Bedreigde ons',
        'Molto maleducato',
        'Foi grosseiro',
      ]),
    ).toEqual([]);
    expect(
      all(NEVER_RECEIVED, [
        'Never received the invoice',
        'Jamais reçu la facture',
        'Rechnung nicht erhalten',
        'No recibí la factura',
        'Factuur niet ontvangen',
        'Non ho ricevuto la fattura',
        'Não recebi a fatura',
      ]),
    ).toEqual([]);
  });

  it('treats outcomes alike whatever their case or separators', () => {
    expect(outcomeId('No Answer')).toBe('no-answer');
    expect(outcomeId('NO_ANSWER')).toBe('no-answer');
    expect(outcomeId(' cash flow ')).toBe('cash-flow');
    expect(outcomeId(undefined)).toBe('');
  });

  it('matches words, not pieces of words', () => {
    expect(ASKS_PLAN.test(fold('Installation went fine'))).toBe(false);
    expect(ASKS_PLAN.test(fold('They want to pay in 3 instalments'))).toBe(true);
    expect(CLOSING.test(fold('Spoke to the office administrator'))).toBe(false);
    expect(CLOSING.test(fold('Busy with the month-end closing'))).toBe(false);
    expect(CLOSING.test(fold('Administrators were appointed on Monday'))).toBe(true);
    expect(CLOSING.test(fold('They are closing down in March'))).toBe(true);
    expect(DISSATISFIED.test(fold('Perfect, no defects'))).toBe(false);
    expect(DISPUTE.test(fold('Undisputed amount'))).toBe(false);
  });

  it('reads negation within the clause, in each language', () => {
    expect(CLOSING.test(fold('Not closing down, just slow this month'))).toBe(false);
    expect(CLOSING.test(fold('No sign of bankruptcy'))).toBe(false);
    expect(CLOSING.test(fold("Says they're not going bankrupt, but layoffs announced"))).toBe(true);
    expect(CASH_FLOW.test(fold('Pas de problème de trésorerie'))).toBe(false);
    expect(CASH_FLOW.test(fold('Keine Liquiditätsprobleme'))).toBe(false);
    expect(CASH_FLOW.test(fold('Sin problemas de liquidez'))).toBe(false);
    expect(CASH_FLOW.test(fold('Geen geldgebrek'))).toBe(false);
    expect(CASH_FLOW.test(fold('Nessun problema di liquidità'))).toBe(false);
    expect(CASH_FLOW.test(fold('Sem problemas de fluxo de caixa'))).toBe(false);
    expect(RESOLVED.test(fold('Not resolved yet'))).toBe(false);
    expect(RESOLVED.test(fold('Resolved: credit note issued'))).toBe(true);
    expect(ASKS_TIME.test(fold('Asked for more time'))).toBe(true);
  });

  it('does not take the owner’s own words for the debtor’s', () => {
    expect(HOSTILE.test(fold('We will threaten legal action if nothing comes'))).toBe(false);
    expect(HOSTILE.test(fold('I told them we would threaten court'))).toBe(false);
    expect(HOSTILE.test(fold('I think they threatened us'))).toBe(true);
    expect(ASKS_PLAN.test(fold('We offered a payment plan'))).toBe(false);
    expect(ASKS_PLAN.test(fold('They asked for a payment plan'))).toBe(true);
    expect(NEVER_RECEIVED.test(fold('Payment not received yet'))).toBe(false);
    expect(NEVER_RECEIVED.test(fold('Says the invoice was never received'))).toBe(true);
    // In a mail from the debtor, "we" is the debtor.
    expect(ASKS_PLAN.test(fold('Could we pay in instalments?'), 'debtor')).toBe(true);
    expect(HOSTILE.test(fold('You threatened us'), 'debtor')).toBe(false);
  });
});
