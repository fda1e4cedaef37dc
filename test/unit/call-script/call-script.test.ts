import { describe, expect, it } from 'vitest';
import { callScript, eventFromAnswers, invoicesToAsk, OUTCOME_EVIDENCE, QUESTIONS } from '../../../lib/call-script';
import { KNOWN_OUTCOMES, type InvoiceHold } from '../../../lib/model';
import { addDays, at, debtorOf, NOW, openInvoice, paidInvoice, record, TODAY } from '../ledger/make';

const invoices = [paidInvoice('INV-1', '2026-06-01', 4), openInvoice('INV-7', 9), openInvoice('INV-8', 2)];
const sender = { name: 'Sam Carter', company: 'Carter Design', email: '', phone: '', address: '' };
// Plain formats, so the test reads the script's own words.
const format = {
  money: (minor: number, currency: string) => `${currency} ${(minor / 100).toFixed(2)}`,
  date: (iso: string) => iso,
};
const hold = (number: string, p: Partial<InvoiceHold> = {}): InvoiceHold => ({
  invoiceId: `https://app.example#${number}`,
  debtorId: 'acme',
  kind: 'hold',
  reason: '',
  until: addDays(TODAY, 19),
  at: NOW,
  ...p,
});
const call = (answers: Record<string, string>, extra: Partial<Parameters<typeof eventFromAnswers>[0]> = {}) =>
  eventFromAnswers({ debtorId: 'acme', at: at('2026-11-20'), answers, ...extra });

describe('call script', () => {
  it('asks why they do not pay, every answer recording an outcome the classifier knows', () => {
    expect(QUESTIONS.map((q) => q.id)).toEqual([
      'reached',
      'received',
      'satisfied',
      'approver',
      'pay-when',
      'part-now',
      'business',
      'tone',
    ]);
    for (const q of QUESTIONS)
      for (const a of q.answers) if (a.outcome) expect(KNOWN_OUTCOMES as readonly string[]).toContain(a.outcome);
  });

  it('fills the questions for the debtor', () => {
    const view = debtorOf({ invoices, records: [record({ contacts: [{ role: 'billing', name: 'Dana Reyes' }] })] });
    const script = callScript(view, sender, format, TODAY);
    expect(script.greeting).toBe(
      'Hello, this is Sam Carter from Carter Design. I am calling about Acme Corp’s account.',
    );
    expect(script.questions[0]!.ask).toBe(
      'May I speak to Dana Reyes? I am calling about invoices INV-7 and INV-8 for USD 200.00.',
    );
    expect(script.paused).toEqual([]);
  });

  it('does not ask payment for an invoice under a hold in force, and says it is paused', () => {
    const view = debtorOf({
      invoices: [...invoices, openInvoice('INV-9', 20, { balance: 50_00 })],
      holds: [
        hold('INV-7', { kind: 'dispute', reason: 'quantity', until: '2026-12-12' }),
        hold('INV-9', { reason: 'waiting for a credit note' }),
      ],
    });
    const script = callScript(view, sender, format, TODAY);
    expect(script.questions[0]!.ask).toBe(
      'May I speak to the person who handles payments? I am calling about invoice INV-8 for USD 100.00.',
    );
    expect(script.questions.find((q) => q.id === 'pay-when')!.ask).toBe(
      'Can you pay USD 100.00 today? If not, on what date exactly?',
    );
    // Oldest first, as the open invoices are listed.
    expect(script.paused).toEqual([
      `INV-9 is on hold until ${addDays(TODAY, 19)}: waiting for a credit note`,
      'INV-7 is on hold until 2026-12-12: dispute about quantity',
    ]);
    expect(invoicesToAsk(view, TODAY).asked.map((i) => i.number)).toEqual(['INV-8']);
  });

  it('asks for an invoice again once its hold has ended', () => {
    const view = debtorOf({ invoices, holds: [hold('INV-7', { until: addDays(TODAY, 2) })] });
    expect(invoicesToAsk(view, TODAY).paused.map((p) => p.invoice.number)).toEqual(['INV-7']);
    // The same view read three days later: the hold is past, INV-7 is asked for again.
    const later = invoicesToAsk(view, addDays(TODAY, 3));
    expect(later.paused).toEqual([]);
    expect(later.asked.map((i) => i.number)).toEqual(['INV-7', 'INV-8']);
    expect(callScript(view, sender, format, addDays(TODAY, 3)).questions[0]!.ask).toContain(
      'invoices INV-7 and INV-8 for USD 200.00',
    );
  });

  it('records "disputes quality" as a call the classifier reads as angry, and the cadence as a dispute to resolve', () => {
    const event = call(
      { reached: 'yes', received: 'yes', satisfied: 'disputes', 'pay-when': 'refuses' },
      { invoiceNumbers: ['INV-7'] },
    );
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
    const event = call(
      { reached: 'yes', received: 'yes', satisfied: 'yes', 'pay-when': 'date' },
      { promiseDate: '2026-11-27' },
    );
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
