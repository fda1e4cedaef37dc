/**
 * The words that mark an invoice status, a call outcome or a note as evidence, in the languages
 * invoicing apps and their users write in (en, fr, de, es, nl, it, pt). Text is folded first
 * (lower case, accents stripped), so "DISPUTED", "Contesté" and "en litige" all match.
 *
 * Words match as words: a stem written `bankrupt*` takes any ending, anything else must end where
 * the word ends ("installation" is not "instalment"). A phrase can be negated by the few words
 * before it in its clause ("not closing", "no cash-flow problem"), and in the owner's own notes a
 * clause whose subject is the owner ("we will threaten legal action") is not the debtor speaking.
 */

import { fold as foldText } from '../text/fold';

/**
 * The one fold (lib/text/fold.ts), then ß as ss and every apostrophe as ': what every pattern
 * below is matched against ("n’a pas", "Schließung").
 */
export const fold = (text: string): string =>
  foldText(text)
    .replace(/ß/g, 'ss')
    .replace(/[’‘`´]/g, "'");

/** Who wrote a text: the owner about the debtor (a call note), or the debtor (a mail they sent). */
export type Voice = 'owner' | 'debtor';

/** One alternative: `stem*` takes any ending; spaces match any run of spaces or hyphens. */
function alternative(word: string): string {
  const stem = word.endsWith('*');
  const body = (stem ? word.slice(0, -1) : word).replace(/ /g, '[\\s-]+');
  return stem ? `${body}[\\p{L}\\p{N}]*` : `${body}(?![\\p{L}\\p{N}])`;
}

export interface PhraseOptions {
  /** A few words before it can negate it ("not closing"). */
  negatable?: boolean;
  /** Not the debtor's when the owner is the clause's subject ("we will threaten…"). */
  debtorOnly?: boolean;
  /** Counts only when its clause also says this ("not received" only about an invoice). */
  needs?: RegExp;
}

/** Clause boundaries: punctuation, a new line, and "but" in each language. */
const CLAUSE_END = /[.;:!?,\n()]|\s(but|however|mais|aber|pero|maar|ma|mas|though)\s/g;

const NEGATIONS = new Set([
  'not',
  'no',
  'never',
  'without',
  'nor',
  'nothing',
  'pas',
  'ne',
  "n'",
  'jamais',
  'aucun',
  'aucune',
  'sans',
  'nicht',
  'kein',
  'keine',
  'keinen',
  'keiner',
  'nie',
  'niemals',
  'ohne',
  'nunca',
  'sin',
  'ningun',
  'ninguna',
  'nao',
  'sem',
  'nenhum',
  'niet',
  'geen',
  'nooit',
  'zonder',
  'non',
  'mai',
  'senza',
  'nessun',
  'nessuna',
]);

/** Negated verbs written without their apostrophe. */
const CONTRACTED = new Set([
  'isnt',
  'arent',
  'wasnt',
  'werent',
  'dont',
  'doesnt',
  'didnt',
  'wont',
  'cant',
  'havent',
  'hasnt',
]);

const FIRST_PERSON = new Set([
  'we',
  'i',
  "we'll",
  "i'll",
  "we're",
  "i'm",
  "we've",
  "i've",
  "we'd",
  "i'd",
  'nous',
  'je',
  "j'",
  'wir',
  'ich',
  'nosotros',
  'yo',
  'wij',
  'ik',
  'noi',
  'io',
  'eu',
]);
const SECOND_PERSON = new Set([
  'you',
  "you'll",
  "you're",
  'vous',
  'du',
  'usted',
  'ustedes',
  'jij',
  'voi',
  'voce',
  'tu',
]);
const THIRD_PERSON = new Set([
  'they',
  'he',
  'she',
  "they'll",
  "they're",
  "he's",
  "she's",
  'customer',
  'client',
  'debtor',
  'ils',
  'elle',
  'elles',
  'er',
  'ellos',
  'ella',
  'zij',
  'hij',
  'loro',
  'lui',
  'lei',
  'eles',
  'ela',
  'ele',
]);

const WORD = /[\p{L}\p{N}']+/gu;

/** The words of a clause's text before a match, lower-cased and folded already. */
function wordsOf(text: string): string[] {
  return text.match(WORD) ?? [];
}

export class Phrases {
  readonly re: RegExp;
  private readonly options: PhraseOptions;

  constructor(alternatives: readonly string[], options: PhraseOptions = {}) {
    this.re = new RegExp(`(?<![\\p{L}\\p{N}])(?:${alternatives.map(alternative).join('|')})`, 'gu');
    this.options = options;
  }

  /** Whether folded `text` says it, as written by `voice` (the owner's notes by default). */
  test(text: string, voice: Voice = 'owner'): boolean {
    return this.find(text, voice) !== undefined;
  }

  /** The first match that counts, or undefined. */
  find(text: string, voice: Voice = 'owner'): string | undefined {
    if (text === '') return undefined;
    this.re.lastIndex = 0;
    for (let m = this.re.exec(text); m !== null; m = this.re.exec(text)) {
      if (this.counts(text, m.index, m.index + m[0].length, voice)) return m[0];
    }
    return undefined;
  }

  private counts(text: string, start: number, end: number, voice: Voice): boolean {
    const { negatable, debtorOnly, needs } = this.options;
    if (!negatable && !debtorOnly && !needs) return true;
    // The clause around the match.
    let from = 0;
    CLAUSE_END.lastIndex = 0;
    let to = text.length;
    for (let b = CLAUSE_END.exec(text); b !== null; b = CLAUSE_END.exec(text)) {
      if (b.index + b[0].length <= start) from = b.index + b[0].length;
      else if (b.index >= end) {
        to = b.index;
        break;
      }
    }
    const before = wordsOf(text.slice(from, start));
    if (needs && !needs.test(text.slice(from, to))) return false;
    if (negatable) {
      for (let i = Math.max(0, before.length - 4); i < before.length; i++) {
        const w = before[i]!;
        if (NEGATIONS.has(w) || w.endsWith("n't") || CONTRACTED.has(w)) return false;
      }
    }
    if (debtorOnly) {
      // The last subject named before it in the clause: the owner ("we"), or the debtor.
      for (let i = before.length - 1; i >= 0; i--) {
        const w = before[i]!;
        if (THIRD_PERSON.has(w)) break;
        if (voice === 'owner' && FIRST_PERSON.has(w)) return false;
        if (voice === 'debtor' && SECOND_PERSON.has(w)) return false;
      }
    }
    return true;
  }
}

const phrases = (options: PhraseOptions, ...alternatives: string[]) => new Phrases(alternatives, options);

/** Status words: an invoice the app marks a draft (never owed). */
export const DRAFT = phrases(
  {},
  'draft*',
  'brouillon*',
  'entwurf*',
  'borrador*',
  'bozza',
  'rascunho*',
  'proforma',
  'pro forma',
);
/** "Concept" is Dutch for a draft only as the whole status. */
const DUTCH_DRAFT = /^\s*concept\s*$/;
export const isDraftStatus = (folded: string): boolean => DRAFT.test(folded) || DUTCH_DRAFT.test(folded);

export const DISPUTE = phrases(
  { negatable: true, debtorOnly: true },
  'disput*',
  'contest*',
  'litig*',
  'reclamation*',
  'reclamacion*',
  'reclamo*',
  'streit*',
  'strittig*',
  'bestritten*',
  'bestreit*',
  'einspruch*',
  'beanstand*',
  'reklamation*',
  'impugn*',
  'geschil*',
  'betwist*',
  'contencioso*',
  'in discussione',
);

export const PARTIAL = phrases(
  {},
  'partial*',
  'partly',
  'part paid',
  'partiel*',
  'teilweise',
  'teilbezahlt',
  'teilzahlung*',
  'parcial*',
  'gedeeltelijk*',
  'deels',
  'parzial*',
  'acompte*',
  'abschlag*',
);

const INVOICE_WORD = /(invoice|bill|factur|rechnung|fattur|fatura|factuur)|(never|not) (got|received|had) it/;

export const NEVER_RECEIVED = phrases(
  { debtorOnly: true, needs: INVOICE_WORD },
  'never (got|received|had|saw)',
  'not (been )?received',
  "didn'?t (get|receive)",
  'did not (get|receive)',
  'no invoice',
  'jamais recu*',
  'pas recu*',
  'nicht erhalten',
  'nie erhalten',
  'nicht bekommen',
  'no (lo |la )?(he |hemos )?recibi*',
  'nunca (lo |la )?recibi*',
  'niet ontvangen',
  'nooit ontvangen',
  "non (l')?(ho|abbiamo) (mai )?ricevut*",
  'mai ricevut*',
  'non ricevut*',
  'nao (a )?recebi*',
  'nunca recebi*',
);

export const DISSATISFIED = phrases(
  { negatable: true, debtorOnly: true },
  'dissatisf*',
  'unhappy',
  'not happy',
  'complain*',
  'defect*',
  'faulty',
  'poor quality',
  'wrong order',
  'damaged',
  'mecontent*',
  'insatisf*',
  'plainte*',
  'defectu*',
  'unzufrieden*',
  'mangelhaft*',
  'mangel',
  'beschwerde*',
  'beschwert',
  'defekt*',
  'insatisfech*',
  'descontent*',
  'queja*',
  'defectuos*',
  'ontevreden*',
  'klacht*',
  'insoddisf*',
  'difettos*',
  'lamentel*',
  'insatisfeit*',
  'defeituos*',
  'reclamacao',
);

export const HOSTILE = phrases(
  { negatable: true, debtorOnly: true },
  'hostile',
  'rude*',
  'aggress*',
  'threat*',
  'shout*',
  'yell*',
  'swore',
  'swearing',
  'insult*',
  'abusive',
  'hung up on',
  'slammed the phone',
  'refuse* to pay',
  'refused',
  'agressi*',
  'impoli*',
  'menac*',
  'raccroche au nez',
  'feindselig*',
  'unhoflich*',
  'droh*',
  'bedroh*',
  'beleidig*',
  'wutend',
  'angeschrien',
  'hostil',
  'grosero*',
  'amenaz*',
  'agresiv*',
  'vijandig*',
  'onbeleefd*',
  'bedreig*',
  'agressief',
  'scheld*',
  'ostile',
  'maleducat*',
  'minacc*',
  'grosseir*',
  'ameac*',
);

/** Signs of a business in trouble, as a user notes them after a call or the debtor writes them. */
export const CLOSING = phrases(
  { negatable: true },
  'layoff*',
  'laid off',
  'lay(ing|s)? off',
  'redundanc*',
  'clos(e|es|ed|ing) down',
  'clos(e|es|ed|ing) (the|their|its|his|her|our) (business|company|shop|store|doors|office|factory|restaurant|firm)',
  'clos(e|es|ed|ing) for good',
  'out of business',
  'shut* down',
  'bankrupt*',
  'into administration',
  'in administration',
  'administrators? (were |have been |has been |was |is |are )?(appointed|called in)',
  'appointed (an |the )?administrators?',
  'insolven*',
  'receivership',
  'liquidat*',
  'chapter (7|11)',
  'winding up',
  'wound up',
  'ceas* trading',
  'stop* trading',
  'faillite',
  'redressement judiciaire',
  'liquidation judiciaire',
  'depot de bilan',
  'deposer le bilan',
  'cessation (d.)?activite',
  'ferm(e|er|ent|eture) (definitive*|ses portes|leurs portes|la boutique|la societe|l.entreprise)',
  'licenci*',
  'konkurs*',
  'entlass*',
  'pleite',
  'zahlungsunfahig*',
  'geschaftsaufgabe',
  'betriebsschliessung',
  'schliesst (ende|zum|am ende)*',
  'kurzarbeit',
  'quiebra',
  'concurso de acreedores',
  'concurso',
  'cierre (del negocio|de la empresa|definitivo)',
  'cierra (el negocio|la empresa)',
  'despid*',
  'falencia',
  'recuperacao judicial',
  'encerramento (da empresa|das atividades)',
  'demisso*',
  'faillissement',
  'failliet',
  'surseance',
  'ontslag*',
  'sluiting van (de|het) (zaak|bedrijf|winkel)',
  'sluit (de zaak|het bedrijf)',
  'fallimento',
  'fallit*',
  "chiusura (dell'attivita|dell'azienda|del negozio)",
  'licenziament*',
  'liquidazion*',
);

/** Cash is tight. */
export const CASH_FLOW = phrases(
  { negatable: true },
  'cash flow*',
  'cashflow*',
  'cash is tight',
  'tight on cash',
  'short of cash',
  'short on cash',
  'no money',
  "can'?t pay",
  'cannot pay',
  'unable to pay',
  'struggling to pay',
  'tresorerie',
  "pas d'argent",
  'ne (peut|peux|peuvent|pouvons) pas payer',
  'liquiditat*',
  'kein geld',
  'kann nicht (be)?zahlen',
  'konnen nicht (be)?zahlen',
  'liquidez',
  'sin dinero',
  'no (puede|podemos|pueden) pagar',
  'problemas de caja',
  'sem dinheiro',
  'nao (pode|podemos|podem|consegue|conseguimos) pagar',
  'fluxo de caixa',
  'geldgebrek',
  'kan niet betalen',
  'kunnen niet betalen',
  'liquiditeit*',
  'liquidita',
  'non (puo|possiamo|possono) pagare',
  'senza soldi',
);

/** Asks to pay in parts. */
export const ASKS_PLAN = phrases(
  { negatable: true, debtorOnly: true },
  'payment plan*',
  'instal?lments?',
  'pay in parts',
  'in (two|three|four|\\d+) (parts|payments|goes)',
  'split (the )?payment*',
  'spread (the )?payment*',
  'echeancier*',
  'en plusieurs fois',
  'etaler (le |les )?paiement*',
  'ratenzahlung*',
  'in raten',
  'raten(plan|vereinbarung)*',
  'plazos',
  'cuotas',
  'plan de pagos',
  'betalingsregeling*',
  'afbetalingsregeling*',
  'in termijnen',
  'rateizz*',
  'a rate',
  'piano di (pagamento|rientro)',
  'parcelas',
  'prestacoes',
  'parcelamento',
  'parcelar',
);

/** Asks for more time to pay. */
export const ASKS_TIME = phrases(
  { negatable: true, debtorOnly: true },
  'more time',
  'extra time',
  'an extension',
  'plus de temps',
  'un delai',
  'mehr zeit',
  'aufschub',
  'zahlungsaufschub',
  'mas tiempo',
  'una prorroga',
  'mais tempo',
  'meer tijd',
  'uitstel',
  'piu tempo',
  'una proroga',
);

/** A payment returned by the bank (in a note: with the word payment, cheque or debit beside it). */
export const BOUNCED = phrases(
  { negatable: true },
  'bounc*',
  'returned payment',
  'payment returned',
  'rejected',
  'impaye*',
  'rejet*',
  'rucklastschrift*',
  'ruckbuchung*',
  'devuelt*',
  'rechazad*',
  'gestorneerd',
  'storno*',
  'insolut*',
  'devolvid*',
);
export const PAYMENT_WORD =
  /(payment|cheque|check|debit|transfer|paiement|zahlung|lastschrift|pago|betaling|pagamento|bank)/;

export const RESOLVED = phrases(
  { negatable: true },
  'resolved',
  'settled',
  'solved',
  'sorted out',
  'resolu*',
  'regle*',
  'erledigt',
  'geklart',
  'gelost',
  'resuelt*',
  'solucionad*',
  'opgelost',
  'risolt*',
  'resolvid*',
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
