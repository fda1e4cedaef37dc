import { describe, expect, it } from 'vitest';
import { handleAddinMessage, handleAddinRequest } from '../../../entrypoints/background/addin-bridge';
import { ADDIN_ORIGIN } from '../../../lib/bridge/addin-origin';
import type { AddinAnswers } from '../../../lib/bridge/protocol';
import type { ContactEventInput } from '../../../lib/model';
import { makeView } from '../match/make-view';

const acme = makeView({ id: 'acme', name: 'Acme Corp', email: 'billing@acme.com', balance: 120_000 });
const zed = makeView({ id: 'zed', name: 'Zed Ltd', email: 'pay@zed.example', balance: 5_000 });

function deps() {
  const events: ContactEventInput[] = [];
  return {
    events,
    getLedger: async () => ({ today: '2026-11-23', debtors: [zed, acme], dueForCallToday: 0 }),
    addEvent: async (e: ContactEventInput) => void events.push(e),
    now: () => 1_763_900_000_000,
    newId: () => 'evt-1',
  };
}

describe('handleAddinRequest', () => {
  it('returns only the matched debtor for a message address', async () => {
    const r = await handleAddinRequest({ type: 'find-debtors', emails: ['Ann <billing@ACME.com>'] }, deps());
    expect(r.ok).toBe(true);
    const value = (r as { value: AddinAnswers['find-debtors'] }).value;
    expect(value.debtors.map((d) => d.id)).toEqual(['acme']);
    expect(value.match).toEqual({
      kind: 'single',
      match: { debtorId: 'acme', basis: 'email', address: 'billing@acme.com' },
    });
    expect(value.today).toBe('2026-11-23');
  });

  it('returns no debtor data when nothing matches', async () => {
    const r = await handleAddinRequest({ type: 'find-debtors', emails: ['x@unknown.example'] }, deps());
    expect((r as { value: AddinAnswers['find-debtors'] }).value.debtors).toEqual([]);
  });

  it('lists names and ids only, sorted by name', async () => {
    const r = await handleAddinRequest({ type: 'list-debtor-names' }, deps());
    expect((r as { value: unknown }).value).toEqual({
      debtors: [
        { id: 'acme', name: 'Acme Corp' },
        { id: 'zed', name: 'Zed Ltd' },
      ],
    });
  });

  it('logs a draft as an email contact event with its template', async () => {
    const d = deps();
    const r = await handleAddinRequest(
      {
        type: 'log-draft',
        debtorId: 'acme',
        template: 'three-days-late',
        to: ['billing@acme.com'],
        cc: ['ceo@acme.com'],
        subject: 'Invoice 12',
      },
      d,
    );
    expect(r).toEqual({ ok: true, value: { logged: true, eventId: 'evt-1' } });
    expect(d.events).toEqual([
      expect.objectContaining({
        id: 'evt-1',
        debtorId: 'acme',
        kind: 'email',
        template: 'three-days-late',
        to: 'billing@acme.com',
        cc: 'ceo@acme.com',
        at: 1_763_900_000_000,
      }),
    ]);
  });

  it('refuses malformed or unknown requests and unknown debtors, changing nothing', async () => {
    const d = deps();
    expect((await handleAddinRequest({ type: 'export-backup' }, d)).ok).toBe(false);
    expect((await handleAddinRequest({ type: 'find-debtors', emails: 'a@b.c' }, d)).ok).toBe(false);
    expect((await handleAddinRequest({ type: 'list-debtor-names', extra: 1 }, d)).ok).toBe(false);
    expect(
      (await handleAddinRequest({ type: 'log-draft', debtorId: 'ghost', template: 't', to: [], subject: '' }, d)).ok,
    ).toBe(false);
    expect(d.events).toEqual([]);
  });
});

describe('handleAddinMessage', () => {
  const sender = { id: 'ext', url: `${ADDIN_ORIGIN}/taskpane.html` };
  it('ignores other messages and refuses senders off the add-in origin', async () => {
    expect(handleAddinMessage({ type: 'get-ledger' }, sender, 'ext', deps())).toBeUndefined();
    expect(
      await handleAddinMessage(
        { type: 'addin', request: { type: 'list-debtor-names' } },
        { id: 'ext', url: 'https://evil.example/' },
        'ext',
        deps(),
      ),
    ).toMatchObject({ ok: false });
    expect(
      await handleAddinMessage(
        { type: 'addin', request: { type: 'list-debtor-names' } },
        { ...sender, id: 'other' },
        'ext',
        deps(),
      ),
    ).toMatchObject({ ok: false });
    expect(
      await handleAddinMessage({ type: 'addin', request: { type: 'list-debtor-names' } }, sender, 'ext', deps()),
    ).toMatchObject({ ok: true });
  });
});
