import type { ContactEvent, DebtorView, Settings } from '../model';
import { QUESTIONS, OUTCOME_PRIORITY, type ScriptQuestion } from './questions';

export interface CallScript {
  greeting: string;
  questions: ScriptQuestion[];
  closing: string;
}

/** The script for one debtor, its questions filled with the contact, invoices and amount. */
export function callScript(view: DebtorView, sender: Settings['sender'], total: string): CallScript {
  const contact = view.contacts.find((c) => c.role === 'billing' && c.name)?.name ?? view.contacts.find((c) => c.name)?.name ?? 'the person who handles payments';
  const numbers = view.openInvoices.map((i) => i.number);
  const invoices = numbers.length === 0 ? 'your account' : numbers.length === 1 ? `invoice ${numbers[0]}` : `invoices ${numbers.slice(0, -1).join(', ')} and ${numbers[numbers.length - 1]}`;
  const fill = (s: string) => s.replace(/\{\{contact\}\}/g, contact).replace(/\{\{invoices\}\}/g, invoices).replace(/\{\{total\}\}/g, total);
  const me = [sender.name, sender.company && `from ${sender.company}`].filter(Boolean).join(' ');
  return {
    greeting: me ? `Hello, this is ${me}. I am calling about ${view.name}’s account.` : `Hello, I am calling about ${view.name}’s account.`,
    questions: QUESTIONS.map((q) => ({ ...q, ask: fill(q.ask) })),
    closing: 'Thank you. To confirm: [repeat what was agreed]. I will call you on [date] if it has not arrived.',
  };
}

export interface CallAnswers {
  debtorId: string;
  /** When the call took place. */
  at: number;
  /** Answer ids by question id. */
  answers: Record<string, string>;
  /** The promised date, for an answer that needs one. */
  promiseDate?: string;
  /** The part payment promised, in minor units. */
  amount?: number;
  invoiceNumbers?: string[];
  note?: string;
  /** An id for the event; the db assigns one otherwise. */
  id?: string;
}

/**
 * The contact event a finished call script records: a 'call' whose outcome is the most telling
 * answer (OUTCOME_PRIORITY), whose text lists every answer, and which carries the promise (date
 * and amount) when one was made, so the cadence waits for it and calls if it is broken.
 */
export function eventFromAnswers(input: CallAnswers): ContactEvent {
  const lines: string[] = [];
  const outcomes: string[] = [];
  for (const q of QUESTIONS) {
    const answerId = input.answers[q.id];
    if (answerId === undefined) continue;
    const answer = q.answers.find((a) => a.id === answerId);
    if (!answer) throw new Error(`“${answerId}” is not an answer to “${q.id}”`);
    lines.push(`${q.id}: ${answer.label}`);
    if (answer.outcome) outcomes.push(answer.outcome);
    if (answer.ends) break;
  }
  const outcome = OUTCOME_PRIORITY.find((o) => outcomes.includes(o));
  const promised = outcomes.includes('promised') && input.promiseDate !== undefined;
  if (input.note) lines.push(`Note: ${input.note}`);
  return {
    id: input.id ?? `call-${input.debtorId}-${input.at}`,
    debtorId: input.debtorId,
    kind: 'call',
    at: input.at,
    ...(outcome ? { outcome } : {}),
    text: lines.join('\n'),
    ...(input.invoiceNumbers?.length ? { invoiceNumbers: input.invoiceNumbers } : {}),
    ...(promised ? { promise: { date: input.promiseDate!, ...(input.amount !== undefined ? { amount: input.amount } : {}) } } : {}),
    ...(input.amount !== undefined ? { amount: input.amount } : {}),
  };
}
