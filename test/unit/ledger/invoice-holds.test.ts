import { describe, expect, it } from 'vitest';
import type { InvoiceHold } from '../../../lib/model';
import { templateContext } from '../../../lib/templates';
import { followUpPlan } from '../../../lib/ledger';
import { NOW, TODAY, addDays, at, debtorOf, lateAtInstall, record } from './make';
import { defaultSettings } from '../../../lib/model';
import { sayer } from '../../../lib/i18n';

const say = sayer({ locale: 'en-GB', today: TODAY });

const hold = (number: string, p: Partial<InvoiceHold> = {}): InvoiceHold => ({
  invoiceId: `https://app.example#${number}`,
  debtorId: 'acme',
  kind: 'hold',
  reason: '',
  until: addDays(TODAY, 14),
  at: at('2026-11-20'),
  ...p,
});

describe('pausing one invoice, not the customer', () => {
  // INV-1 is 40 days late (past the 30-day escalation), INV-2 is 8 days late (the 7-day call).
  const invoices = [lateAtInstall('INV-1', 40), lateAtInstall('INV-2', 8)];

  it('the other overdue invoices keep their cadence, computed without the paused one', () => {
    const plain = debtorOf({ invoices });
    expect(plain.next?.action).toBe('escalate');
    const paused = debtorOf({ invoices, holds: [hold('INV-1')] });
    expect(paused.next).toMatchObject({ action: 'call', isCall: true, date: addDays(TODAY, -1) });
    expect(say(paused.next!.why)).toContain('INV-2');
    expect(paused.oldestDaysLate).toBe(8);
    // Still owed and listed, with its hold.
    expect(paused.openInvoices.map((i) => i.number)).toEqual(['INV-1', 'INV-2']);
    expect(paused.balance).toBe(200_00);
    expect(paused.holds?.map((h) => h.invoiceId)).toEqual(['https://app.example#INV-1']);
  });

  it('a debtor whose only overdue invoice is on hold has no call due and no class of its own', () => {
    const d = debtorOf({ invoices: [lateAtInstall('INV-1', 10)], holds: [hold('INV-1')] });
    expect(d.next).toBeNull();
    expect(d.dueForCallToday).toBe(false);
    expect(d.classification.standing).toBe('good-standing');
  });

  it('a hold past its until date no longer pauses', () => {
    const d = debtorOf({ invoices, holds: [hold('INV-1', { until: addDays(TODAY, -1) })] });
    expect(d.next?.action).toBe('escalate');
    expect(d.holds).toBeUndefined();
    // In force through its until day.
    expect(debtorOf({ invoices, holds: [hold('INV-1', { until: TODAY })] }).next?.action).toBe('call');
  });

  it('a dispute is angry evidence and gets its own follow-up, resolve by its until date', () => {
    const until = addDays(TODAY, 10);
    const d = debtorOf({
      invoices: [lateAtInstall('INV-1', 10)],
      holds: [hold('INV-1', { kind: 'dispute', reason: 'wrong quantity', until })],
    });
    expect(d.classification.standing).toBe('angry');
    expect(d.classification.reasons[0]).toMatchObject({
      kind: 'disputes-paused',
      values: { invoices: ['INV-1'], words: 'wrong quantity' },
    });
    expect(say(d.classification.reasons[0]!)).toMatch(/disputes INV-1: “wrong quantity”/);
    expect(d.next).toMatchObject({
      action: 'resolve-dispute',
      isCall: false,
      date: until,
      template: 'angry/satisfaction-verification',
    });
  });

  it('a dispute follow-up waits its turn behind the other invoices’ earlier steps', () => {
    const d = debtorOf({ invoices, holds: [hold('INV-1', { kind: 'dispute', until: addDays(TODAY, 10) })] });
    expect(d.next).toMatchObject({ action: 'call', date: addDays(TODAY, -1) });
    const later = debtorOf({ invoices, holds: [hold('INV-1', { kind: 'dispute', until: addDays(TODAY, -3) })] });
    // Past its date the dispute no longer pauses: the cadence of both comes back.
    expect(later.next?.action).toBe('escalate');
  });

  it('reminders and late fees skip the paused invoice', () => {
    const settings = {
      ...defaultSettings(),
      lateFee: { kind: 'flat' as const, flat: 25_00, graceDays: 0, wording: 'Late fee' },
    };
    const d = debtorOf({ invoices, holds: [hold('INV-1')], settings });
    const context = templateContext(d, { settings, today: TODAY });
    expect(context.invoices.map((i) => i.number)).toEqual(['INV-2']);
    expect(context.fee).toMatchObject({ amount: '$25.00' });
    // Asked for by number, it is shown, without a fee.
    const named = templateContext(d, { settings, today: TODAY, invoiceNumbers: ['INV-1'] });
    expect(named.invoices[0]).toMatchObject({ number: 'INV-1', fee: '' });
  });

  it('the follow-up plan in the detail lays the cadence over the invoices not paused', () => {
    const d = debtorOf({ invoices, holds: [hold('INV-1')], records: [record()] });
    const plan = followUpPlan(d, defaultSettings(), NOW, 'UTC')!;
    expect(plan.anchor).toBe(addDays(TODAY, -8));
  });
});
