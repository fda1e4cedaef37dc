// A debtor's postal address for letters (issue 15): read from the debtor's own customer page
// when the owner has none, never over the one the owner typed, never from another source.
import { describe, expect, it } from 'vitest';
import { pageReadFromPage } from '../../../entrypoints/background/page-parse';
import { OwedDb } from '../../../lib/db';
import { OwedService } from '../../../lib/service/owed-service';
import { freshName } from './helpers';

const NOW = Date.UTC(2026, 10, 23, 15);
const A = 'https://books.example';
const B = 'http://127.0.0.1:8000';
const PAGE_ADDRESS = 'Acme Corporation\n742 Evergreen Terrace\nSpringfield, OR 97403';

async function setup() {
  const db = await OwedDb.open(freshName());
  const service = new OwedService(db, { now: () => NOW, timeZone: () => 'UTC' });
  const ask = async (message: object) => {
    const res = await service.handle(message);
    if (!res.ok) throw new Error(res.error);
    return res.value;
  };
  const invoice = (source: string, number: string) =>
    ask({
      type: 'page-read',
      read: {
        source,
        url: `${source}/invoices`,
        invoices: [{ customer: 'Acme', number, currency: 'USD', due: '2026-10-01', balance: 10_000 }],
      },
    });
  /** A customer page's read as the content script sends it, through the background's check of the sender. */
  const customerPage = async (source: string, address: string) => {
    const checked = pageReadFromPage(
      {
        type: 'page-read',
        read: { source: 'ignored', url: 'ignored', invoices: [], customers: [{ customer: 'Acme', address }] },
      },
      `${source}/customers/1`,
    );
    if (!checked.ok) throw new Error(checked.error);
    return ask(checked.message);
  };
  const acme = async () => (await service.ledger()).debtors.find((d) => d.id === 'acme')!;
  return { ask, invoice, customerPage, acme };
}

describe('a debtor’s postal address read from a customer page', () => {
  it('is stored when the owner has none and the page is the debtor’s own source', async () => {
    const { invoice, customerPage, acme } = await setup();
    await invoice(A, 'A-1');
    await customerPage(A, PAGE_ADDRESS);
    expect((await acme()).record?.address).toBe(PAGE_ADDRESS);
  });

  it('never overwrites the address the owner typed', async () => {
    const { ask, invoice, customerPage, acme } = await setup();
    await invoice(A, 'A-1');
    const record = (await acme()).record!;
    await ask({ type: 'save-record', record: { ...record, address: 'Acme Corp\nPO Box 12\nPortland, OR 97201' } });
    await customerPage(A, PAGE_ADDRESS);
    const view = await acme();
    expect(view.record?.address).toBe('Acme Corp\nPO Box 12\nPortland, OR 97201');
  });

  it('is not taken from another source the owner merged in', async () => {
    const { ask, invoice, customerPage, acme } = await setup();
    await invoice(A, 'A-1');
    await invoice(B, 'B-1');
    await ask({ type: 'merge-debtors', targetId: 'acme', sourceId: `acme@${B}` });
    await customerPage(B, 'Somewhere Else\n1 Attacker Road');
    expect((await acme()).record?.address).toBeUndefined();
    // Its own source's page still fills it.
    await customerPage(A, PAGE_ADDRESS);
    expect((await acme()).record?.address).toBe(PAGE_ADDRESS);
  });
});
