import { describe, expect, it } from 'vitest';
import { debtorAddresses, emailDomain, matchDebtors, normalizeEmail } from '../../../lib/match';
import { makeInvoice, makeView } from './make-view';

const acme = makeView({
  id: 'acme',
  email: 'billing@acme.com',
  contacts: [{ role: 'senior-leadership', email: 'CEO@Acme.com' }],
});
const acmeLabs = makeView({ id: 'acme labs', contacts: [{ role: 'billing', email: 'ap@acme.com' }] });
const bolt = makeView({
  id: 'bolt',
  openInvoices: [makeInvoice({ number: 'B-1', debtorId: 'bolt', email: 'pay@bolt.io; boss@bolt.io' })],
});
const gmailUser = makeView({ id: 'joe plumbing', email: 'joe.plumbing@gmail.com' });
const all = [acme, acmeLabs, bolt, gmailUser];

describe('normalizeEmail', () => {
  it('reads display-name forms, case and mailto', () => {
    expect(normalizeEmail('Ann Lee <Ann@Acme.COM>')).toBe('ann@acme.com');
    expect(normalizeEmail(' mailto:ann@acme.com ')).toBe('ann@acme.com');
    expect(normalizeEmail('not an address')).toBeNull();
    expect(normalizeEmail('a@localhost')).toBeNull();
  });
  it('takes the domain after the last @', () => {
    expect(emailDomain('x@mail.acme.com')).toBe('acme.com');
    expect(emailDomain('x@sub.acme.com')).toBe('sub.acme.com');
  });
});

describe('debtorAddresses', () => {
  it('collects the view, contact and invoice addresses, split and deduplicated', () => {
    expect(debtorAddresses(bolt).sort()).toEqual(['boss@bolt.io', 'pay@bolt.io']);
    expect(debtorAddresses(acme).sort()).toEqual(['billing@acme.com', 'ceo@acme.com']);
  });
});

describe('matchDebtors', () => {
  it('matches a contact address exactly, whatever its case', () => {
    expect(matchDebtors(['ceo@acme.com'], all)).toEqual({
      kind: 'single',
      match: { debtorId: 'acme', basis: 'email', address: 'ceo@acme.com' },
    });
  });

  it('prefers an exact address over a domain shared by two debtors', () => {
    const r = matchDebtors(['Accounts <AP@acme.com>'], all);
    expect(r).toEqual({ kind: 'single', match: { debtorId: 'acme labs', basis: 'email', address: 'ap@acme.com' } });
  });

  it('is ambiguous when an unknown address shares a domain with two debtors', () => {
    const r = matchDebtors(['newperson@acme.com'], all);
    expect(r.kind).toBe('ambiguous');
    if (r.kind === 'ambiguous') expect(r.matches.map((m) => m.debtorId)).toEqual(['acme', 'acme labs']);
  });

  it('matches by domain when only the domain is known', () => {
    expect(matchDebtors(['someone@bolt.io'], all)).toEqual({
      kind: 'single',
      match: { debtorId: 'bolt', basis: 'domain', address: 'someone@bolt.io' },
    });
  });

  it('never matches by a free-mail domain, but does match the exact free-mail address', () => {
    expect(matchDebtors(['stranger@gmail.com'], all)).toEqual({ kind: 'none' });
    expect(matchDebtors(['joe.plumbing@gmail.com'], all).kind).toBe('single');
  });

  it("ignores the user's own address and domain", () => {
    const mine = makeView({ id: 'colleague co', email: 'team@myshop.com' });
    expect(
      matchDebtors(['me@myshop.com', 'someone@bolt.io'], [...all, mine], { ownAddresses: ['me@myshop.com'] }),
    ).toEqual({
      kind: 'single',
      match: { debtorId: 'bolt', basis: 'domain', address: 'someone@bolt.io' },
    });
  });

  it('lists each debtor once across several recipients, in address order', () => {
    const r = matchDebtors(['pay@bolt.io', 'billing@acme.com', 'boss@bolt.io'], all);
    expect(r.kind === 'ambiguous' && r.matches.map((m) => m.debtorId)).toEqual(['bolt', 'acme']);
  });

  it('finds nobody for no addresses or garbage', () => {
    expect(matchDebtors([], all)).toEqual({ kind: 'none' });
    expect(matchDebtors(['', 'nope'], all)).toEqual({ kind: 'none' });
  });
});
