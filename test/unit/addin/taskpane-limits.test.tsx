// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { Taskpane } from '../../../outlook-addin/src/components/Taskpane';
import { officeMailAdapter } from '../../../outlook-addin/src/office/office-mail-adapter';
import { BODY_MAX_BYTES, SUBJECT_MAX, utf8Bytes } from '../../../outlook-addin/src/office/office-limits';
import { installOfficeHostDouble, type OfficeHostOptions } from '../../fixtures/office/office-host-double';
import { makeInvoice, makeView } from '../match/make-view';
import { fakeData } from './fake-mail';

afterEach(cleanup);

// A debtor with many invoices and a long name, drafted through the real adapter and the strict
// Outlook double: the reminder either fits Office's limits and is logged, or is refused whole,
// with nothing opened, nothing filled and nothing logged. Never half a draft.
const name = `Consolidated ${'Very Long Regional Holdings '.repeat(6)}Inc.`;
const withInvoices = (count: number) =>
  makeView({
    id: 'big',
    name,
    email: 'ap@big.example',
    balance: count * 12_345,
    oldestDaysLate: 20,
    openInvoices: Array.from({ length: count }, (_, i) =>
      makeInvoice({ number: `INV-2026-${String(1000 + i)}`, debtorId: 'big', balance: 12_345, due: '2026-11-01' }),
    ),
  });
const host: OfficeHostOptions = {
  mode: 'read',
  from: 'ap@big.example',
  to: ['me@shop.example'],
  cc: [],
  user: 'me@shop.example',
  maxMailbox: '1.13',
};

describe('Taskpane drafting within Office limits', () => {
  const compose = { ...host, mode: 'compose' as const, from: undefined, to: ['ap@big.example'], body: '<p>Sig</p>' };
  it.each([
    [60, 'a new message or reply (read mode)', host],
    [60, 'the open draft (compose mode)', compose],
    [600, 'a new message or reply (read mode)', host],
    [600, 'the open draft (compose mode)', compose],
  ])(
    'for %i invoices and a long name, %s is whole or refused whole',
    async (count, _n, o) => {
      const many = withInvoices(count);
      const outlook = installOfficeHostDouble(o, {});
      const data = fakeData([many]);
      render(
        <Taskpane
          mail={officeMailAdapter(outlook.Office as unknown as typeof Office)}
          connect={async () => data.data}
          backups={{ import: async () => undefined, source: async () => null }}
        />,
      );
      fireEvent.click(await screen.findByRole('button', { name: 'Draft reminder' }));
      // 600 invoices now fit (listed first, "and N more"), so the draft goes all the way: give it time.
      const status = await screen.findByText(
        /^(Reminder drafted|Could not draft the reminder)/,
        {},
        { timeout: 10_000 },
      );
      const writes = outlook.calls.filter(([c]) => /Form$|setAsync|addAsync|prependAsync/.test(c));
      if (status.textContent!.startsWith('Could not draft')) {
        expect(status.textContent).toMatch(/Outlook would refuse this reminder, so nothing was changed/);
        expect(writes).toEqual([]);
        expect(data.events).toEqual([]);
      } else {
        expect(data.events).toHaveLength(1);
        for (const [, arg] of writes) {
          const form = arg as { subject?: string; htmlBody?: string } | string;
          if (typeof form === 'string') expect(utf8Bytes(form)).toBeLessThan(BODY_MAX_BYTES);
          else {
            expect((form.subject ?? '').length).toBeLessThanOrEqual(SUBJECT_MAX);
            expect(utf8Bytes(form.htmlBody ?? '')).toBeLessThan(BODY_MAX_BYTES);
          }
        }
        expect(outlook.draft().subject.length).toBeLessThanOrEqual(SUBJECT_MAX);
      }
      // Rendering 600 invoices in happy-dom takes seconds on a busy machine: a limit, not a measure.
    },
    30_000,
  );
});
