import { Window } from 'happy-dom';
import { describe, expect, it } from 'vitest';
import { PROFILES, builtInProfilesFor } from '../../../lib/extract/read/profiles';
import { loadCorpus } from '../../fixtures/pages/corpus';
import {
  isCustomerPage,
  isInvoiceListPage,
  matchesPattern,
  patternWithin,
  profileFor,
} from '../../../lib/extract/page/site-profile';
import { SiteProfile } from '../../../lib/extract/wire/site-profile-schema';

// Pages of each app: its invoice list and a page that is not it.
const PAGES: Record<string, { list: string; other: string }> = {
  quickbooks: { list: 'https://app.qbo.intuit.com/app/invoices', other: 'https://app.qbo.intuit.com/app/homepage' },
  xero: { list: 'https://go.xero.com/AccountsReceivable/Search.aspx', other: 'https://go.xero.com/Dashboard/' },
  freshbooks: { list: 'https://my.freshbooks.com/#/invoices', other: 'https://my.freshbooks.com/#/dashboard' },
  zoho: { list: 'https://books.zoho.eu/app/123#/invoices', other: 'https://books.zoho.eu/app/123#/home/dashboard' },
  wave: { list: 'https://next.waveapps.com/abc/invoices', other: 'https://next.waveapps.com/abc/dashboard' },
  invoiceninja: { list: 'https://app.invoicing.co/#/invoices', other: 'https://app.invoicing.co/#/dashboard' },
  stripe: { list: 'https://dashboard.stripe.com/invoices', other: 'https://dashboard.stripe.com/payments' },
  odoo: { list: 'https://acme.odoo.com/odoo/customer-invoices', other: 'https://acme.odoo.com/odoo/crm' },
  tryton: {
    list: 'http://127.0.0.1:8000/#db/model/account.invoice',
    other: 'http://127.0.0.1:8000/#db/model/party.party',
  },
};

describe('site profiles', () => {
  it('are valid data, one per app, with unique ids', () => {
    for (const p of PROFILES) expect(SiteProfile.parse(p)).toEqual(p);
    expect(new Set(PROFILES.map((p) => p.id)).size).toBe(PROFILES.length);
    expect(Object.keys(PAGES).sort()).toEqual(PROFILES.map((p) => p.id).sort());
  });

  it.each(PROFILES.map((p) => [p.id, p] as const))('%s recognises its invoice list and no other page', (id, p) => {
    const { list, other } = PAGES[id]!;
    if (p.matches.length) expect(profileFor(list, undefined, PROFILES)?.id).toBe(id);
    expect(isInvoiceListPage(p, list)).toBe(true);
    expect(isInvoiceListPage(p, other)).toBe(false);
  });

  it('match patterns as browsers do', () => {
    expect(matchesPattern('https://*.odoo.com/*', 'https://acme.odoo.com/web')).toBe(true);
    expect(matchesPattern('https://*.odoo.com/*', 'https://odoo.com.evil.example/web')).toBe(false);
    expect(matchesPattern('https://go.xero.com/*', 'http://go.xero.com/x')).toBe(false);
    expect(patternWithin('https://a.qbo.intuit.com/*', 'https://*.qbo.intuit.com/*')).toBe(true);
    expect(patternWithin('https://evil.example/*', 'https://*.qbo.intuit.com/*')).toBe(false);
  });

  it('know customer pages apart from invoice lists', () => {
    const qbo = PROFILES.find((p) => p.id === 'quickbooks')!;
    expect(isCustomerPage(qbo, 'https://app.qbo.intuit.com/app/customerdetail?nameId=58')).toBe(true);
    expect(isCustomerPage(qbo, 'https://app.qbo.intuit.com/app/invoices')).toBe(false);
  });
});

describe('the built-in profiles the background sends a page', () => {
  it('are chosen by origin: every built-in pattern covers whole origins', () => {
    for (const p of PROFILES) for (const m of p.matches) expect(m, p.id).toMatch(/^https?:\/\/[^/]+\/\*$/);
  });

  it('are the apps of that host, and those recognised by their markup on any host', () => {
    expect(builtInProfilesFor('https://go.xero.com/AccountsReceivable/Search.aspx').map((p) => p.id)).toEqual([
      'xero',
      'odoo',
      'tryton',
    ]);
    expect(builtInProfilesFor('https://acme.odoo.com/odoo/customer-invoices').map((p) => p.id)).toEqual([
      'odoo',
      'tryton',
    ]);
    expect(builtInProfilesFor('https://erp.example.se/fakturor').map((p) => p.id)).toEqual(['odoo', 'tryton']);
    expect(builtInProfilesFor('not a url').map((p) => p.id)).toEqual(['odoo', 'tryton']);
  });

  // What the reader picks from them on any page of the site is what it picked from all of them.
  const cases = [
    ...Object.values(PAGES).flatMap(({ list, other }) => [
      { url: list, html: '<table class="o_list_table"></table>' },
      { url: other, html: '' },
    ]),
    ...loadCorpus().map((page) => ({ url: page.expected.url, html: page.html })),
  ];
  it.each(cases.map((c) => [c.url, c] as const))(
    'pick the same profile as all of them would on %s and its site',
    (_url, { url, html }) => {
      const window = new Window({ url });
      window.document.write(html);
      const doc = window.document as unknown as Document;
      const sent = builtInProfilesFor(url);
      for (const u of [url, new URL('/another/page?x=1#/invoices', url).href])
        expect(profileFor(u, doc, sent)?.id, u).toBe(profileFor(u, doc, PROFILES)?.id);
      void window.happyDOM.close();
    },
  );
});
