import { describe, expect, it } from 'vitest';
import { callScript, eventFromAnswers, OUTCOME_EVIDENCE, QUESTIONS } from '../../../lib/call-script';
import { KNOWN_OUTCOMES } from '../../../lib/model';
import { at, debtorOf, openInvoice, paidInvoice, record } from '../ledger/make';

const invoices = [paidInvoice('INV-1', '2026-06-01', 4), openInvoice('INV-7', 9), openInvoice('INV-8', 2)];
const call = (answers: Record<string, string>, extra: Partial<Parameters<typeof eventFromAnswers>[0]> = {}) =>
  eventFromAnswers({ debtorId: 'acme', at: at('2026-11-20'), answers, ...extra });

describe('call script', () => {
  it('asks why they do not pay, every answer recording an outcome the classifier knows', () => {
    expect(QUESTIONS.map((q) => q.id)).toEqual(['reached', 'received', 'satisfied', 'approver', 'pay-when', 'part-now', 'business', 'tone']);
    for (const q of QUESTIONS) for (const a of q.answers) if (a.outcome) expect(KNOWN_OUTCOMES as readonly string[]).toContain(a.outcome);
  });

  it('fills the questions for the debtor', () => {
    const view = debtorOf({ invoices, records: [record({ contacts: [{ role: 'billing', name: 'Dana Reyes' }] })] });
    const script = callScript(view, { name: 'Sam Carter', company: 'Carter Design', email: '', phone: '', address: '' }, '$200.00');
    expect(script.greeting).toBe('Hello, this is Sam Carter from Carter Design. I am calling about Acme Corp’s account.');
    expect(script.questions[0]!.ask).toBe('May I speak to Dana Reyes? I am calling about invoices INV-7 and INV-8 for $200.00.');
  });

  it('records "disputes quality" as a call the classifier reads as angry, and the cadence as a dispute to resolve', () => {
    const event = call({ reached: 'yes', received: 'yes', satisfied: 'disputes', 'pay-when': 'refuses' }, { invoiceNumbers: ['INV-7'] });
    expect(event).toMatchObject({ kind: 'call', outcome: 'disputes', invoiceNumbers: ['INV-7'] });
    expect(event.text).toContain('satisfied: Disputes the quality or the amount');
    const view = debtorOf({ invoices, events: [event] });
    expect(view.classification.standing).toBe('angry');
    expect(view.next?.action).toBe('resolve-dispute');
  });

  it('records "cash is tight" as going-out-of-business evidence', () => {
    const event = call({ reached: 'yes', received: 'yes', satisfied: 'yes', 'pay-when': 'cash', 'part-now': 'plan' });
    expect(event.outcome).toBe('cash-flow');
    expect(OUTCOME_EVIDENCE[event.outcome!]).toBe('going-out-of-business');
    expect(debtorOf({ invoices, events: [event] }).classification.standing).toBe('going-out-of-business');
  });

  it('carries a promised date, which the cadence then waits for', () => {
    const event = call({ reached: 'yes', received: 'yes', satisfied: 'yes', 'pay-when': 'date' }, { promiseDate: '2026-11-27' });
    expect(event).toMatchObject({ outcome: 'promised', promise: { date: '2026-11-27' } });
    const view = debtorOf({ invoices, events: [event] });
    expect(view.next).toMatchObject({ action: 'call', date: '2026-11-28' });
    expect(view.classification.standing).toBe('unorganized');
  });

  it('stops at an unanswered call and refuses an answer the question does not have', () => {
    const event = call({ reached: 'unavailable', received: 'never' });
    expect(event.outcome).toBe('avoided');
    expect(event.text).toBe('reached: “In a meeting” / “not available” again');
    expect(() => call({ reached: 'maybe' })).toThrow('“maybe” is not an answer to “reached”');
  });
});
