import { describe, expect, it } from 'vitest';
import { PROFILES } from '../../../lib/extract/profiles';
import { isCustomerPage, isInvoiceListPage, matchesPattern, patternWithin, profileFor } from '../../../lib/extract/site-profile';
import { SiteProfile } from '../../../lib/extract/site-profile-schema';

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
  tryton: { list: 'http://127.0.0.1:8000/#db/model/account.invoice', other: 'http://127.0.0.1:8000/#db/model/party.party' },
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
