import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { OwedDb } from '../../../lib/db';
import { freshName, read } from './helpers';

const NOW = Date.UTC(2026, 10, 23, 12);
const customers = ['Acme', 'Globex', 'Initech', 'Umbrella'];

const observation = fc.record({
  number: fc.constantFrom('1', '2', '3', '4', '5', '6'),
  customer: fc.constantFrom(...customers),
  balance: fc.integer({ min: -500, max: 100_000 }),
  currency: fc.constant('USD'),
  due: fc.option(fc.constantFrom('2026-09-01', '2026-10-15', '2026-12-01'), { nil: undefined }),
});

type Step =
  | { kind: 'read'; source: string; invoices: unknown[]; complete: boolean }
  | { kind: 'event'; customer: string; text: string }
  | { kind: 'override'; customer: string }
  | { kind: 'contact'; customer: string; email: string };

const step: fc.Arbitrary<Step> = fc.oneof(
  fc.record({
    kind: fc.constant('read' as const),
    source: fc.constantFrom('https://a.example', 'csv:x.csv'),
    invoices: fc.array(observation, { maxLength: 6 }),
    complete: fc.boolean(),
  }),
  fc.record({ kind: fc.constant('event' as const), customer: fc.constantFrom(...customers), text: fc.string() }),
  fc.record({ kind: fc.constant('override' as const), customer: fc.constantFrom(...customers) }),
  fc.record({
    kind: fc.constant('contact' as const),
    customer: fc.constantFrom(...customers),
    email: fc.emailAddress(),
  }),
);

describe('no data loss', () => {
  it('random sequences of reads and user edits never lose a user record or an invoice', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(step, { maxLength: 25 }), async (steps) => {
        const db = await OwedDb.open(freshName());
        const events = new Set<string>();
        const overrides = new Set<string>();
        const contacts = new Map<string, string>();
        const invoiceIds = new Set<string>();
        let t = NOW;
        for (const s of steps) {
          t += 1000;
          const id = s.kind === 'read' ? '' : s.customer.toLowerCase();
          if (s.kind === 'read') {
            const r = read(s.invoices as never, { source: s.source, complete: s.complete });
            await db.applyRead(r, t, '2026-11-23');
            for (const i of r.invoices) invoiceIds.add(`${s.source}#${i.number}`);
          } else if (s.kind === 'event') {
            const e = await db.addEvent({ id: `e${t}`, debtorId: id, kind: 'note', at: t, text: s.text });
            events.add(e.id);
          } else if (s.kind === 'override') {
            await db.updateRecord(id, (r) => ({ ...r, override: { class: 'angry', at: t } }), t);
            overrides.add(id);
          } else {
            await db.updateRecord(
              id,
              (r) => ({ ...r, contacts: [...r.contacts, { role: 'decision-maker', email: s.email }] }),
              t,
            );
            contacts.set(id, s.email);
          }
        }
        const snap = await db.snapshot();
        db.close();
        expect(new Set(snap.events.map((e) => e.id))).toEqual(events);
        for (const id of overrides) expect(snap.records.find((r) => r.id === id)?.override?.class).toBe('angry');
        for (const [id, email] of contacts)
          expect(snap.records.find((r) => r.id === id)?.contacts.some((c) => c.email === email)).toBe(true);
        expect(new Set(snap.invoices.map((i) => i.id))).toEqual(invoiceIds);
      }),
      { numRuns: 60 },
    );
  });
});
