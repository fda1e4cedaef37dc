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
  fold,
  outcomeId,
} from '../../../lib/classify/words';

const all = (re: RegExp, samples: string[]) => samples.filter((s) => !re.test(fold(s)));

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
    expect(all(DRAFT, ['Draft', 'BROUILLON', 'Entwurf', 'Borrador', 'Concept', 'Bozza', 'Rascunho'])).toEqual([]);
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
});
