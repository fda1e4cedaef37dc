// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { extractCustomerContact } from '../../../lib/extract/page/customer-contact';

describe('extractCustomerContact', () => {
  it('takes the name from the heading, email from mailto and phone from tel:', () => {
    document.body.innerHTML = `<nav><a href="mailto:support@app.example">Help</a></nav><main><h1>Acme Corp</h1>
      <a href="mailto:billing@acme.example?subject=Hi">Email</a><a href="tel:+1%20555%20010%201234">Call</a></main>`;
    expect(extractCustomerContact(document)).toEqual({
      customer: 'Acme Corp',
      email: 'billing@acme.example',
      phone: '+1 555 010 1234',
    });
  });
  it('reads an email and a labelled phone number from plain text', () => {
    document.body.innerHTML = `<h1>Dupont SARL</h1><dl><dt>Courriel</dt><dd>compta@dupont.example</dd><dt>Téléphone</dt><dd>+33 1 23 45 67 89</dd></dl><p>Facture F-2026-001 : 1 200,00 €</p>`;
    expect(extractCustomerContact(document)).toEqual({
      customer: 'Dupont SARL',
      email: 'compta@dupont.example',
      phone: '+33 1 23 45 67 89',
    });
  });
  it('returns nothing when the page shows no contact', () => {
    document.body.innerHTML = '<h1>Reports</h1><p>Revenue 2026</p>';
    expect(extractCustomerContact(document)).toBeUndefined();
  });
});

describe('extractCustomerContact on a record form', () => {
  it('takes the name, email and phone from labelled fields when the page has no heading', () => {
    document.body.innerHTML = `<div class="form"><label for="n">Name:</label><input id="n" value="Tyrell Corporation">
      <label for="c">Code:</label><input id="c" value="C-0007"></div>
      <table><thead><tr><th>Type</th><th>Value</th></tr></thead><tbody><tr><td>E-Mail</td><td>ap@tyrell.example</td></tr><tr><td>Phone</td><td>+1 555 0142</td></tr></tbody></table>`;
    expect(extractCustomerContact(document)).toEqual({
      customer: 'Tyrell Corporation',
      email: 'ap@tyrell.example',
      phone: '+1 555 0142',
    });
  });
});
