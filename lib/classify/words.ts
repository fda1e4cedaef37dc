/**
 * The words that mark an invoice status, a call outcome or a note as evidence, in the languages
 * invoicing apps and their users write in (en, fr, de, es, nl, it, pt). Text is folded first
 * (lower case, accents stripped), so "DISPUTED", "Contesté" and "en litige" all match.
 */

/** Lower case without accents (lib/text/fold.ts): what every pattern below is matched against. */
import { fold } from '../text/fold';

export { fold };

const words = (...alternatives: string[]) => new RegExp(`(${alternatives.join('|')})`);

export const DRAFT = words(
  'draft',
  'brouillon',
  'entwurf',
  'borrador',
  '^concept',
  'bozza',
  'rascunho',
  'proforma',
  'pro forma',
);

export const DISPUTE = words(
  'disput',
  'contest',
  'litig',
  'reclamation',
  'reclamacion',
  'reclamo',
  'streit',
  'strittig',
  'bestritten',
  'einspruch',
  'beanstand',
  'reklamation',
  'impugn',
  'geschil',
  'betwist',
  'contencioso',
  'in discussione',
);

export const PARTIAL = words(
  'partial',
  'partly',
  'part paid',
  'part-paid',
  'partiel',
  'teilweise',
  'teilbezahlt',
  'teilzahlung',
  'parcial',
  'gedeeltelijk',
  'deels',
  'parzial',
  'acompte',
  'abschlag',
);

export const NEVER_RECEIVED = words(
  'never (got|received)',
  'not received',
  "didn'?t (get|receive)",
  'no invoice',
  'jamais recu',
  'pas recu',
  'nicht erhalten',
  'nie erhalten',
  'no (lo )?recibi',
  'no recibido',
  'niet ontvangen',
  'nooit ontvangen',
  'non (l.)?ho ricevut',
  'non ricevut',
  'nao recebi',
  'nunca recebi',
);

export const DISSATISFIED = words(
  'dissatisf',
  'unhappy',
  'not happy',
  'complain',
  'defect',
  'faulty',
  'poor quality',
  'wrong order',
  'mecontent',
  'insatisf',
  'plainte',
  'defectu',
  'unzufrieden',
  'mangel',
  'beschwerde',
  'insatisfech',
  'queja',
  'defectuos',
  'ontevreden',
  'klacht',
  'insoddisf',
  'difettos',
  'insatisfeit',
  'defeituos',
);

export const HOSTILE = words(
  'hostile',
  'hostil',
  'rude',
  'aggress',
  'agress',
  'threat',
  'shout',
  'yell',
  'swore',
  'insult',
  'abusive',
  'hung up',
  'menace',
  'impoli',
  'feindselig',
  'unhoflich',
  'droh',
  'beleidig',
  'wutend',
  'grosero',
  'amenaz',
  'vijandig',
  'onbeleefd',
  'bedreig',
  'ostile',
  'maleducat',
  'minacc',
  'grosseir',
  'ameac',
  'ostil',
);

/** Signs of a business in trouble, as a user notes them after a call. */
export const CLOSING = words(
  'layoff',
  'laid off',
  'lay off',
  'redundanc',
  'closing',
  'close down',
  'shut(ting)? down',
  'bankrupt',
  'into administration',
  'in administration',
  'administrator',
  'insolven',
  'receivership',
  'liquidat',
  'chapter (7|11)',
  'out of business',
  'winding up',
  'faillite',
  'redressement',
  'fermeture',
  'licenci',
  'cessation',
  'insolvenz',
  'konkurs',
  'entlass',
  'schliess',
  'schließ',
  'zahlungsunfahig',
  'quiebra',
  'concurso',
  'cierre',
  'despid',
  'insolvencia',
  'faillissement',
  'failliet',
  'surseance',
  'ontslag',
  'sluiting',
  'fallimento',
  'chiusura',
  'licenziament',
  'liquidazion',
  'falencia',
  'recuperacao judicial',
  'encerramento',
  'demisso',
);

/** Cash is tight: asks for time or for instalments. */
export const CASH_FLOW = words(
  'cash[- ]?flow',
  'cash is tight',
  'tight on cash',
  'no money',
  "can'?t pay",
  'cannot pay',
  'tresorerie',
  'liquiditat',
  'liquidez',
  'liquidita',
  'geldgebrek',
  'sem dinheiro',
  'sin dinero',
);

/** Asks to pay in parts. */
export const ASKS_PLAN = words(
  'payment plan',
  'instal',
  'in parts',
  'echeancier',
  'paiement en plusieurs',
  'ratenzahlung',
  'in raten',
  'plazos',
  'cuotas',
  'betalingsregeling',
  'in termijnen',
  'rateizz',
  'a rate',
  'parcelas',
  'prestacoes',
);

export const RESOLVED = words(
  'resolved',
  'settled',
  'solved',
  'sorted out',
  'resolu',
  'regle',
  'erledigt',
  'geklart',
  'gelost',
  'resuelt',
  'solucionad',
  'opgelost',
  'risolt',
  'resolvid',
);

const outcomeIds = new Map<string, string>();

/** An outcome as a known outcome id: "No answer", "NO_ANSWER" and "no-answer" are one. */
export function outcomeId(outcome: string | undefined): string {
  if (outcome === undefined || outcome === '') return '';
  let id = outcomeIds.get(outcome);
  if (id === undefined) {
    id = fold(outcome)
      .trim()
      .replace(/[\s_]+/g, '-');
    if (outcomeIds.size > 10_000) outcomeIds.clear();
    outcomeIds.set(outcome, id);
  }
  return id;
}
