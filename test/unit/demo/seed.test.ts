import { describe, expect, it, vi } from 'vitest';
import { amountDue, isOverdue, makeDemoData, type DemoBehaviour, type DemoInvoice } from '../../../demo/seed.mjs';

const TODAY = '2026-11-23';
const data = makeDemoData(TODAY);

const dayMs = 86_400_000;
const days = (from: string, to: string) => Math.round((Date.parse(to) - Date.parse(from)) / dayMs);
const addDays = (iso: string, n: number) =>
  new Date(Date.parse(`${iso}T00:00:00Z`) + n * dayMs).toISOString().slice(0, 10);

/** The customer's invoices, oldest first, with what the test needs to judge its behaviour. */
function invoicesOf(customerId: string) {
  return data.invoices.filter((i) => i.customerId === customerId).sort((a, b) => a.issued.localeCompare(b.issued));
}
const customersWith = (behaviour: DemoBehaviour) => data.customers.filter((c) => c.behaviour === behaviour);
const owed = (i: DemoInvoice) => (i.status === 'Draft' ? 0 : i.total - i.paid);
const pastDue = (i: DemoInvoice) => owed(i) > 0 && i.due < TODAY;
const daysLateNow = (i: DemoInvoice) => days(i.due, TODAY);
const daysLateWhenPaid = (i: DemoInvoice) => days(i.due, i.paidOn!);

describe('makeDemoData', () => {
  it('gives the same data for the same today, without Math.random', () => {
    const random = vi.spyOn(Math, 'random');
    try {
      expect(makeDemoData(TODAY)).toEqual(data);
      expect(random).not.toHaveBeenCalled();
    } finally {
      random.mockRestore();
    }
  });

  it('moves the same story with today', () => {
    const later = makeDemoData('2027-03-01');
    const shift = days(TODAY, '2027-03-01');
    expect(later.invoices).toHaveLength(data.invoices.length);
    const issuedNow = data.invoices.map((i) => addDays(i.issued, shift)).sort();
    expect(later.invoices.map((i) => i.issued).sort()).toEqual(issuedNow);
  });

  it('rejects a today that is not a calendar date', () => {
    expect(() => makeDemoData('2026-02-30')).toThrow(RangeError);
    expect(() => makeDemoData('23/11/2026')).toThrow(RangeError);
  });

  it('has about 30 customers and 150 invoices', () => {
    expect(data.customers.length).toBeGreaterThanOrEqual(28);
    expect(data.customers.length).toBeLessThanOrEqual(32);
    expect(data.invoices.length).toBeGreaterThanOrEqual(135);
    expect(data.invoices.length).toBeLessThanOrEqual(170);
    expect(data.company.name).toBe('Brightside Supply Co.');
  });

  it('covers every behaviour with several customers', () => {
    const count = (b: DemoBehaviour) => customersWith(b).length;
    expect(count('on-time')).toBeGreaterThanOrEqual(8);
    expect(count('unorganized')).toBeGreaterThanOrEqual(5);
    expect(count('going-out-of-business')).toBeGreaterThanOrEqual(3);
    expect(count('angry')).toBeGreaterThanOrEqual(3);
    expect(count('term-stretcher')).toBeGreaterThanOrEqual(3);
  });

  it('has unique customers with contact details, tricky names and three currencies', () => {
    const ids = new Set(data.customers.map((c) => c.id));
    expect(ids.size).toBe(data.customers.length);
    expect(new Set(data.customers.map((c) => c.name)).size).toBe(data.customers.length);
    for (const c of data.customers) {
      expect(c.email).toMatch(/^[^@\s]+@[^@\s]+\.example$/);
      expect(c.phone.replace(/\D/g, '').length).toBeGreaterThanOrEqual(10);
      expect(c.contactName.length).toBeGreaterThan(2);
      expect(c.address.length).toBeGreaterThan(10);
    }
    const names = data.customers.map((c) => c.name);
    expect(names.some((n) => /&/.test(n) && !/</.test(n))).toBe(true);
    expect(names.some((n) => /[À-ž]/.test(n))).toBe(true);
    expect(names.some((n) => /\b(Inc\.|LLC|GmbH)$/.test(n))).toBe(true);
    expect(names.some((n) => /<b>/.test(n))).toBe(true);
    expect(data.customers.filter((c) => c.currency === 'EUR')).toHaveLength(2);
    expect(data.customers.filter((c) => c.currency === 'GBP')).toHaveLength(1);
    const currencyOf = new Map(data.customers.map((c) => [c.id, c.currency]));
    for (const inv of data.invoices) expect(inv.currency).toBe(currencyOf.get(inv.customerId));
  });

  it('numbers invoices INV-<year>-<nnnn> in issue order, restarting each year', () => {
    const byYear = new Map<string, DemoInvoice[]>();
    for (const inv of data.invoices) {
      expect(inv.number).toMatch(/^INV-\d{4}-\d{4}$/);
      expect(inv.number.slice(4, 8)).toBe(inv.issued.slice(0, 4));
      byYear.set(inv.issued.slice(0, 4), [...(byYear.get(inv.issued.slice(0, 4)) ?? []), inv]);
    }
    for (const list of byYear.values()) {
      list.forEach((inv, i) => {
        expect(Number(inv.number.slice(9))).toBe(i + 1);
      });
      for (let i = 1; i < list.length; i++) expect(list[i]!.issued >= list[i - 1]!.issued).toBe(true);
    }
  });

  it('keeps dates, amounts and statuses consistent', () => {
    const terms = new Map(data.customers.map((c) => [c.id, c.termsDays]));
    for (const inv of data.invoices) {
      const where = inv.number;
      expect(inv.issued <= TODAY, where).toBe(true);
      expect(inv.due, where).toBe(addDays(inv.issued, terms.get(inv.customerId)!));
      expect(Number.isInteger(inv.total) && inv.total > 0, where).toBe(true);
      expect(Number.isInteger(inv.paid) && inv.paid >= 0 && inv.paid <= inv.total, where).toBe(true);
      expect(inv.paidOn !== undefined, where).toBe(inv.status === 'Paid');
      expect(amountDue(inv), where).toBe(owed(inv));
      expect(isOverdue(inv, TODAY), where).toBe(pastDue(inv));
      switch (inv.status) {
        case 'Paid':
          expect(inv.paid, where).toBe(inv.total);
          expect(inv.paidOn! >= inv.issued && inv.paidOn! < TODAY, where).toBe(true);
          break;
        case 'Partially paid':
          expect(inv.paid > 0 && inv.paid < inv.total, where).toBe(true);
          break;
        case 'Overdue':
          expect(inv.paid === 0 && inv.due < TODAY, where).toBe(true);
          break;
        case 'Open':
          expect(inv.paid === 0 && inv.due >= TODAY, where).toBe(true);
          break;
        case 'Disputed':
          expect(inv.paid < inv.total && inv.due < TODAY, where).toBe(true);
          break;
        case 'Draft':
          expect(inv.paid === 0 && inv.issued === TODAY && amountDue(inv) === 0, where).toBe(true);
          break;
      }
      // Anything owed and past due says so one way or another.
      if (pastDue(inv)) expect(['Overdue', 'Partially paid', 'Disputed'], where).toContain(inv.status);
    }
    const statuses = new Set(data.invoices.map((i) => i.status));
    expect([...statuses].sort()).toEqual(['Disputed', 'Draft', 'Open', 'Overdue', 'Paid', 'Partially paid']);
  });

  it('gives every customer 6 to 12 months of history', () => {
    for (const c of data.customers) {
      const first = invoicesOf(c.id)[0]!;
      expect(days(first.issued, TODAY), c.name).toBeGreaterThanOrEqual(180);
      expect(days(first.issued, TODAY), c.name).toBeLessThanOrEqual(366);
      expect(invoicesOf(c.id).filter((i) => i.status === 'Paid').length, c.name).toBeGreaterThanOrEqual(2);
    }
  });

  it('on-time customers pay by the due date and owe nothing past due', () => {
    for (const c of customersWith('on-time')) {
      for (const inv of invoicesOf(c.id)) {
        if (inv.paidOn) expect(inv.paidOn <= inv.due, inv.number).toBe(true);
        expect(pastDue(inv), inv.number).toBe(false);
      }
    }
    const withOpen = customersWith('on-time').filter((c) => invoicesOf(c.id).some((i) => i.status === 'Open'));
    expect(withOpen.length).toBeGreaterThanOrEqual(2);
  });

  it('unorganized customers paid 3–12 days late and now have 1–2 invoices 3–25 days overdue', () => {
    for (const c of customersWith('unorganized')) {
      const invoices = invoicesOf(c.id);
      for (const inv of invoices.filter((i) => i.paidOn)) {
        expect(daysLateWhenPaid(inv), inv.number).toBeGreaterThanOrEqual(3);
        expect(daysLateWhenPaid(inv), inv.number).toBeLessThanOrEqual(12);
      }
      const late = invoices.filter(pastDue);
      expect(late.length, c.name).toBeGreaterThanOrEqual(1);
      expect(late.length, c.name).toBeLessThanOrEqual(2);
      for (const inv of late) {
        expect(inv.status).toBe('Overdue');
        expect(daysLateNow(inv)).toBeGreaterThanOrEqual(3);
        expect(daysLateNow(inv)).toBeLessThanOrEqual(25);
      }
    }
  });

  it('going-out-of-business customers paid on time, then later and later, and now owe more in part-paid invoices', () => {
    for (const c of customersWith('going-out-of-business')) {
      const invoices = invoicesOf(c.id);
      const paid = invoices.filter((i) => i.paidOn);
      expect(daysLateWhenPaid(paid[0]!), c.name).toBeLessThanOrEqual(0);
      expect(daysLateWhenPaid(paid.at(-1)!), c.name).toBeGreaterThan(daysLateWhenPaid(paid[0]!) + 10);
      const late = invoices.filter(pastDue);
      expect(late.length, c.name).toBeGreaterThanOrEqual(3);
      for (const inv of late) {
        expect(daysLateNow(inv)).toBeGreaterThanOrEqual(20);
        expect(daysLateNow(inv)).toBeLessThanOrEqual(100);
      }
      expect(
        late.some((i) => i.status === 'Partially paid'),
        c.name,
      ).toBe(true);
      // Each new overdue invoice is larger than the first one: the balance keeps growing.
      expect(late.at(-1)!.total).toBeGreaterThan(late[0]!.total);
    }
  });

  it('angry customers dispute one large invoice 35–90 days overdue and pay the rest on time', () => {
    for (const c of customersWith('angry')) {
      const invoices = invoicesOf(c.id);
      const disputed = invoices.filter((i) => i.status === 'Disputed');
      expect(disputed, c.name).toHaveLength(1);
      const d = disputed[0]!;
      expect(daysLateNow(d)).toBeGreaterThanOrEqual(35);
      expect(daysLateNow(d)).toBeLessThanOrEqual(90);
      for (const inv of invoices.filter((i) => i !== d)) {
        expect(inv.total, inv.number).toBeLessThan(d.total);
        expect(pastDue(inv), inv.number).toBe(false);
        if (inv.paidOn) expect(inv.paidOn <= inv.due, inv.number).toBe(true);
      }
    }
  });

  it('term-stretchers on 30-day terms paid 60–90 days after issue and now have 1–2 invoices 10–50 days late', () => {
    for (const c of customersWith('term-stretcher')) {
      expect(c.termsDays).toBe(30);
      const invoices = invoicesOf(c.id);
      for (const inv of invoices.filter((i) => i.paidOn)) {
        expect(days(inv.issued, inv.paidOn!), inv.number).toBeGreaterThanOrEqual(60);
        expect(days(inv.issued, inv.paidOn!), inv.number).toBeLessThanOrEqual(90);
      }
      const late = invoices.filter(pastDue);
      expect(late.length, c.name).toBeGreaterThanOrEqual(1);
      expect(late.length, c.name).toBeLessThanOrEqual(2);
      for (const inv of late) {
        expect(daysLateNow(inv)).toBeGreaterThanOrEqual(10);
        expect(daysLateNow(inv)).toBeLessThanOrEqual(50);
      }
    }
  });
});
