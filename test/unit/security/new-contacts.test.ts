// New contacts unconfirmed (issue 17): an email or phone that a source other than the debtor's
// own first shows (a source the owner merged in, a customer page of it) is "new, from <source>":
// not the address a draft goes to, in the sidebar, the .eml or the add-in (recipientsFor), until
// the owner confirms it. Addresses of the debtor's first source and those the owner typed are used.
import { describe, expect, it } from 'vitest';
import { OwedDb } from '../../../lib/db';
import { OwedService } from '../../../lib/service/owed-service';
import { recipientsFor } from '../../../lib/templates/recipients';
import { freshName } from '../db/helpers';

const NOW = Date.UTC(2026, 10, 23, 15);
const A = 'https://books.example';
const B = 'http://127.0.0.1:8000';

async function setup() {
  const db = await OwedDb.open(freshName());
  const service = new OwedService(db, { now: () => NOW, timeZone: () => 'UTC' });
  const ask = async (message: object) => {
    const res = await service.handle(message);
    if (!res.ok) throw new Error(res.error);
    return res.value;
  };
  const read = (source: string, inv: object, customers: object[] = []) =>
    ask({
      type: 'page-read',
      read: {
        source,
        url: `${source}/invoices`,
        invoices: [{ customer: 'Acme', currency: 'USD', due: '2026-10-01', ...inv }],
        customers,
      },
    });
  const acme = async () => (await service.ledger()).debtors.find((d) => d.id === 'acme')!;
  return { ask, read, acme };
}

describe('new contacts from a new source', () => {
  it('uses the first source’s address; another source’s is new, kept out of drafts until confirmed', async () => {
    const { ask, read, acme } = await setup();
    await read(A, { number: 'A-1', balance: 10_000, email: 'ap@acme.example', phone: '+1 555 0100' });
    await read(B, { number: 'B-1', balance: 99_000, email: 'pay@attacker.example', phone: '+1 555 6666' });
    await ask({ type: 'merge-debtors', targetId: 'acme', sourceId: `acme@${B}` });
    // B now shows its invoice a day later, so its address is the freshest.
    await read(B, { number: 'B-1', balance: 99_000, email: 'pay@attacker.example', phone: '+1 555 6666' });

    let view = await acme();
    expect(view.openInvoices.map((i) => i.number).sort()).toEqual(['A-1', 'B-1']);
    expect(view.email).toBe('ap@acme.example');
    expect(view.phone).toBe('+1 555 0100');
    expect(view.newContacts).toEqual([
      { kind: 'email', value: 'pay@attacker.example', source: B },
      { kind: 'phone', value: '+1 555 6666', source: B },
    ]);
    expect(recipientsFor(view).to).toEqual(['ap@acme.example']);

    // The owner confirms the new address: from then on it is the debtor's like any other.
    await ask({
      type: 'save-record',
      record: { ...view.record!, confirmed: ['pay@attacker.example'] },
    });
    view = await acme();
    expect(view.newContacts).toEqual([{ kind: 'phone', value: '+1 555 6666', source: B }]);
    expect(view.email).toBe('pay@attacker.example');
  });

  it('keeps a customer page’s contact from a merged source out of the billing address until confirmed', async () => {
    const { ask, read, acme } = await setup();
    await read(A, { number: 'A-1', balance: 10_000 });
    await read(B, { number: 'B-1', balance: 5_000 });
    await ask({ type: 'merge-debtors', targetId: 'acme', sourceId: `acme@${B}` });
    await ask({
      type: 'page-read',
      read: {
        source: B,
        url: `${B}/customer/1`,
        invoices: [],
        customers: [{ customer: 'Acme', email: 'new@evil.example' }],
      },
    });
    const view = await acme();
    expect(view.newContacts).toEqual([{ kind: 'email', value: 'new@evil.example', source: B }]);
    expect(recipientsFor(view).to).toEqual([]);
    expect(view.contacts.some((c) => c.email === 'new@evil.example')).toBe(false);
    // Still in the record: nothing is lost, the owner can confirm or remove it.
    expect(view.record?.contacts.some((c) => c.email === 'new@evil.example')).toBe(true);
  });
});
