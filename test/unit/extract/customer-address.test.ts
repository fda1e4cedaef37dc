// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { extractCustomerAddress } from '../../../lib/extract/page/customer-address';
import { extractCustomerContact } from '../../../lib/extract/page/customer-contact';
import { startLiveReader } from '../../../lib/extract/page/live-reader';
import { parseHere } from '../../../lib/extract/read/parse-here';
import { PageRead, type PageReadInput } from '../../../lib/model/page-read';

describe('a customer page’s postal address', () => {
  it('reads a "Billing Address" block of a detail view, one line per line shown', () => {
    document.body.innerHTML = `<header><address>Owed Books Ltd, 1 App Street</address></header>
      <main><h1>Acme Corporation</h1>
      <div class="customer-details">
        <div class="detail-item"><div class="detail-item__label">Email</div><div class="detail-item__value"><a href="mailto:ap@acme.example">ap@acme.example</a></div></div>
        <div class="detail-item"><div class="detail-item__label">Billing Address</div>
          <div class="detail-item__value"><div>  Acme Corporation </div><div>Attn:   Accounts
            Payable</div><div>742 Evergreen Terrace</div><div>Springfield, OR 97403</div><div>United States</div></div></div>
        <div class="detail-item"><div class="detail-item__label">Currency</div><div class="detail-item__value">USD</div></div>
      </div></main>`;
    expect(extractCustomerContact(document)).toEqual({
      customer: 'Acme Corporation',
      email: 'ap@acme.example',
      address: 'Acme Corporation\nAttn: Accounts Payable\n742 Evergreen Terrace\nSpringfield, OR 97403\nUnited States',
    });
  });

  it('reads a German record form’s "Rechnungsadresse" from its text area', () => {
    document.body.innerHTML = `<form class="o_form_view">
      <label for="name">Name</label><input id="name" value="Müller &amp; Söhne GmbH">
      <label for="phone">Telefon</label><input id="phone" value="+49 30 1234567">
      <label for="addr">Rechnungsadresse:</label><textarea id="addr"></textarea>
      </form>`;
    (document.getElementById('addr') as HTMLTextAreaElement).value =
      'Müller & Söhne GmbH\n  Hauptstraße 5  \n\n10115 Berlin\nDeutschland';
    expect(extractCustomerContact(document)).toEqual({
      customer: 'Müller & Söhne GmbH',
      phone: '+49 30 1234567',
      address: 'Müller & Söhne GmbH\nHauptstraße 5\n10115 Berlin\nDeutschland',
    });
  });

  it('reads a Spanish <dt>Dirección</dt> and an <address> element in the page, not the app footer’s', () => {
    document.body.innerHTML = `<main><h1>Distribuciones Pérez S.L.</h1><dl>
      <dt>Correo</dt><dd>cobros@perez.example</dd>
      <dt>Dirección:</dt><dd>Calle Mayor 12<br>28013 Madrid<br>España</dd></dl></main>`;
    expect(extractCustomerAddress(document)).toBe('Calle Mayor 12\n28013 Madrid\nEspaña');

    document.body.innerHTML = `<main><h1>Rossi S.r.l.</h1><p>Email: amministrazione@rossi.example</p>
      <address>Via Roma 1<br>  20121 Milano MI<br>Italia</address></main>
      <footer><address>Our company, 1 Vendor Way</address></footer>`;
    expect(extractCustomerContact(document)?.address).toBe('Via Roma 1\n20121 Milano MI\nItalia');
  });

  it('reads a Portuguese "Morada" given as a bold label and lines in one paragraph', () => {
    document.body.innerHTML = `<main><h1>Silva &amp; Filhos, Lda.</h1>
      <p><strong>Morada:</strong><br>Rua Augusta 100<br>1100-053 Lisboa<br>Portugal</p>
      <p><strong>Telefone:</strong> +351 21 000 0000</p></main>`;
    expect(extractCustomerContact(document)).toEqual({
      customer: 'Silva & Filhos, Lda.',
      phone: '+351 21 000 0000',
      address: 'Rua Augusta 100\n1100-053 Lisboa\nPortugal',
    });
  });

  it('bounds a long address to ten lines and 1000 characters', () => {
    const lines = Array.from({ length: 30 }, (_, i) => `Line ${i} ${'x'.repeat(200)}`);
    document.body.innerHTML = `<h1>Big Co</h1><dl><dt>Address</dt><dd>${lines.join('<br>')}</dd></dl>`;
    const address = extractCustomerAddress(document)!;
    expect(address.split('\n').length).toBeLessThanOrEqual(10);
    expect(address.length).toBeLessThanOrEqual(1000);
    expect(address.startsWith(`Line 0 ${'x'.repeat(200)}\nLine 1`)).toBe(true);
  });

  it('reads no address from a page that shows none, nor from an empty field or the app’s footer', () => {
    document.body.innerHTML = `<main><h1>Acme Corporation</h1><dl><dt>Email</dt><dd>ap@acme.example</dd>
      <dt>Address</dt><dd>—</dd><dt>Notes</dt><dd>Pays late in August</dd></dl></main>
      <footer><address>Owed Books Ltd<br>1 App Street</address></footer>`;
    expect(extractCustomerAddress(document)).toBeUndefined();
    expect(extractCustomerContact(document)).toEqual({ customer: 'Acme Corporation', email: 'ap@acme.example' });
  });
});

describe('the live reader on a customer page', () => {
  it('sends the address with the customer’s contact, as the background’s schema accepts it', async () => {
    document.body.innerHTML = `<main><h1>Rossi S.r.l.</h1><dl><dt>Email</dt><dd>amministrazione@rossi.example</dd>
      <dt>Indirizzo di fatturazione</dt><dd><div>Via Roma 1</div><div>20121 Milano MI</div></dd></dl></main>`;
    const sent: PageReadInput[] = [];
    const ac = new AbortController();
    startLiveReader({
      parse: parseHere(async (r) => void sent.push(r)),
      doc: document,
      url: () => 'http://127.0.0.1:4178/customers/7',
      profiles: [],
      send: async (r) => void sent.push(r),
      signal: ac.signal,
      debounceMs: 10,
    });
    const t0 = Date.now();
    while (!sent.some((s) => s.customers?.length) && Date.now() - t0 < 3000)
      await new Promise((r) => setTimeout(r, 10));
    ac.abort();
    const read = PageRead.parse(sent.find((s) => s.customers?.length));
    expect(read.customers).toEqual([
      { customer: 'Rossi S.r.l.', email: 'amministrazione@rossi.example', address: 'Via Roma 1\n20121 Milano MI' },
    ]);
  });
});
