/**
 * Which taskpane origins the user allowed the extension to answer. The first request from an
 * origin with no decision asks the user (the background opens the consent page); the answer is
 * remembered, and a refused origin is told so, without asking again.
 */
export type ConsentDecision = 'allowed' | 'refused';
export type ConsentRecord = Record<string, ConsentDecision>;

export type ConsentState = ConsentDecision | 'ask';

export function consentFor(record: ConsentRecord, origin: string): ConsentState {
  return Object.hasOwn(record, origin) ? record[origin]! : 'ask';
}

export function withDecision(record: ConsentRecord, origin: string, decision: ConsentDecision): ConsentRecord {
  return { ...record, [origin]: decision };
}

export const CONSENT_MESSAGES = {
  asked: (origin: string) =>
    `The Owed extension asks you whether this Outlook pane (${origin}) may see the debtors matched to your messages. Answer in the Owed window that opened, then select Try again.`,
  refused: (origin: string, consentPage: string) =>
    `You refused this Outlook pane (${origin}) access to the Owed extension, and Owed remembers that. To change your answer, open ${consentPage} in this browser.`,
} as const;
