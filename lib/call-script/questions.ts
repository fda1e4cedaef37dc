/**
 * The phone script: questions that find out why a customer does not pay, each answer mapped to a
 * contact-event outcome the classifier and the cadence understand (see KNOWN_OUTCOMES).
 */

export interface ScriptAnswer {
  id: string;
  label: string;
  /** The outcome recorded for this answer; none for a neutral answer. */
  outcome?: string;
  /** Ask for a date (a promise to pay) or an amount (a part payment) with this answer. */
  needs?: 'date' | 'amount';
  /** The call ends here (nobody to talk to). */
  ends?: boolean;
}

export interface ScriptQuestion {
  id: string;
  /** What to say; {{placeholders}} are filled by callScript. */
  ask: string;
  /** Why ask it: shown small under the question. */
  why: string;
  answers: ScriptAnswer[];
}

export const QUESTIONS: readonly ScriptQuestion[] = [
  {
    id: 'reached',
    ask: 'May I speak to {{contact}}? I am calling about {{invoices}} for {{total}}.',
    why: 'Get the person who can act on it, and say at once what the call is about.',
    answers: [
      { id: 'yes', label: 'Spoke to them', outcome: 'reached' },
      { id: 'voicemail', label: 'Left a voicemail', outcome: 'voicemail', ends: true },
      { id: 'no-answer', label: 'No answer', outcome: 'no-answer', ends: true },
      { id: 'unavailable', label: '“In a meeting” / “not available” again', outcome: 'avoided', ends: true },
    ],
  },
  {
    id: 'received',
    ask: 'Did you receive {{invoices}}?',
    why: 'A lost invoice is the easiest reason to fix, and “never got it” is said by debtors who are unhappy.',
    answers: [
      { id: 'yes', label: 'Yes, they have it' },
      { id: 'copy', label: 'Asked for a copy', outcome: 'asked-copy' },
      { id: 'never', label: 'Says they never received it', outcome: 'never-received' },
    ],
  },
  {
    id: 'satisfied',
    ask: 'Was everything all right with the order and the service?',
    why: 'A complaint behind the silence has to be settled before the money comes.',
    answers: [
      { id: 'yes', label: 'Everything was fine' },
      { id: 'disputes', label: 'Disputes the quality or the amount', outcome: 'disputes' },
      { id: 'unhappy', label: 'Unhappy, but not disputing the invoice', outcome: 'dissatisfied' },
    ],
  },
  {
    id: 'approver',
    ask: 'Who approves the payment, and when is your next payment run?',
    why: 'Find the decision maker and the date the money can actually leave.',
    answers: [
      { id: 'known', label: 'Gave a name and a date', outcome: 'reached' },
      { id: 'unknown', label: 'Does not know or will not say' },
    ],
  },
  {
    id: 'pay-when',
    ask: 'Can you pay {{total}} today? If not, on what date exactly?',
    why: 'Ask for a specific date: a promise with a date is one you can follow up.',
    answers: [
      { id: 'today', label: 'Paying today', outcome: 'promised', needs: 'date' },
      { id: 'date', label: 'Promised a date', outcome: 'promised', needs: 'date' },
      { id: 'time', label: 'Needs more time, no date', outcome: 'asked-time' },
      { id: 'cash', label: '“Cash is tight”', outcome: 'cash-flow' },
      { id: 'refuses', label: 'Refuses to pay', outcome: 'hostile' },
    ],
  },
  {
    id: 'part-now',
    ask: 'Could you pay part of it now, and the rest in instalments?',
    why: 'A part payment now and a plan for the rest keeps the account moving.',
    answers: [
      { id: 'part', label: 'Will pay a part now', outcome: 'promised', needs: 'amount' },
      { id: 'plan', label: 'Wants a payment plan', outcome: 'asked-plan' },
      { id: 'no', label: 'No' },
    ],
  },
  {
    id: 'business',
    ask: 'How is business going at the moment?',
    why: 'Listen for signs of trouble: layoffs, closing, a bank problem.',
    answers: [
      { id: 'fine', label: 'Fine' },
      { id: 'closing', label: 'Mentions layoffs, closing or insolvency', outcome: 'closing' },
      { id: 'bounced', label: 'A payment bounced / bank problems', outcome: 'bounced' },
    ],
  },
  {
    id: 'tone',
    ask: 'Thank them, repeat what was agreed and when you will call back.',
    why: 'Note how the conversation went: it feeds the class.',
    answers: [
      { id: 'cordial', label: 'Cordial' },
      { id: 'hostile', label: 'Hostile or threatening', outcome: 'hostile' },
    ],
  },
];

/**
 * When one call brings several outcomes, the one recorded as the call's outcome is the most telling
 * (a dispute outweighs a promise); all answers stay in the event's text.
 */
export const OUTCOME_PRIORITY: readonly string[] = [
  'disputes',
  'never-received',
  'dissatisfied',
  'hostile',
  'bounced',
  'closing',
  'cash-flow',
  'asked-plan',
  'asked-time',
  'promised',
  'asked-copy',
  'reached',
  'avoided',
  'voicemail',
  'no-answer',
];

/** Which class an outcome is evidence for, as the classifier reads it. */
export const OUTCOME_EVIDENCE: Readonly<Record<string, 'angry' | 'going-out-of-business' | 'unorganized'>> = {
  disputes: 'angry',
  'never-received': 'angry',
  dissatisfied: 'angry',
  hostile: 'angry',
  avoided: 'angry',
  bounced: 'going-out-of-business',
  closing: 'going-out-of-business',
  'cash-flow': 'going-out-of-business',
  'asked-plan': 'going-out-of-business',
  'asked-time': 'going-out-of-business',
  promised: 'unorganized',
  'asked-copy': 'unorganized',
  reached: 'unorganized',
};
