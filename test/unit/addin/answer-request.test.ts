import { describe, expect, it } from 'vitest';
import { consentAsker, handleAddinMessage } from '../../../entrypoints/background/addin-bridge';
import { ADDIN_BASE, ADDIN_ORIGIN } from '../../../lib/bridge/addin-origin';
import { answerAddinRequest } from '../../../lib/bridge/answer-request';
import type { ConsentRecord } from '../../../lib/bridge/consent';
import type { AddinAnswers } from '../../../lib/bridge/protocol';
import { createRateLimiter } from '../../../lib/bridge/rate-limit';
import type { ContactEvent, ContactEventInput } from '../../../lib/model';
import { makeView } from '../match/make-view';

const NOW = 1_763_900_000_000;
const drafted: ContactEvent = {
  id: 'evt-0',
  debtorId: 'acme',
  kind: 'email',
  at: NOW - 86_400_000,
  outcome: 'drafted',
  template: 'unorganized/late',
  text: 'Reminder drafted in Outlook: Invoice 12',
};
const acme = {
  ...makeView({ id: 'acme', name: 'Acme Corp', email: 'billing@acme.com', balance: 120_000 }),
  events: [drafted],
};
const zed = makeView({ id: 'zed', name: 'Zed Ltd', email: 'pay@zed.example', balance: 5_000 });

function source() {
  const events: ContactEventInput[] = [];
  let ids = 0;
  return {
    events,
    getLedger: async () => ({ today: '2026-11-23', debtors: [zed, acme], dueForCallToday: 0 }),
    addEvent: async (e: ContactEventInput) => void events.push(e),
    now: () => NOW,
    newId: () => `evt-${++ids}`,
  };
}
const onAcme = { debtorId: 'acme', matchedOn: ['billing@acme.com'] };
const logDraft = {
  type: 'log-draft',
  ...onAcme,
  template: 'unorganized/late',
  to: ['billing@acme.com'],
  cc: ['ceo@acme.com'],
  subject: 'Invoice 12',
};

describe('answerAddinRequest, as the extension answers it (matched scope)', () => {
  it('returns only the matched debtor for a message address', async () => {
    const r = await answerAddinRequest({ type: 'find-debtors', emails: ['Ann <billing@ACME.com>'] }, source());
    const value = (r as { value: AddinAnswers['find-debtors'] }).value;
    expect(value.debtors.map((d) => d.id)).toEqual(['acme']);
    expect(value.match).toEqual({
      kind: 'single',
      match: { debtorId: 'acme', basis: 'email', address: 'billing@acme.com' },
    });
  });

  it('never matches the user or the shared mailbox as a debtor', async () => {
    const r = await answerAddinRequest(
      { type: 'find-debtors', emails: ['billing@acme.com'], ownAddresses: ['billing@acme.com'] },
      source(),
    );
    expect((r as { value: AddinAnswers['find-debtors'] }).value.debtors).toEqual([]);
  });

  it('refuses the whole-ledger requests: no list of names, no debtor by id', async () => {
    for (const request of [{ type: 'list-debtor-names' }, { type: 'get-debtor', debtorId: 'zed' }]) {
      const r = await answerAddinRequest(request, source());
      expect(r).toMatchObject({ ok: false, error: expect.stringMatching(/only the debtors the open message matches/) });
    }
  });

  it("logs a draft as 'drafted', not sent", async () => {
    const s = source();
    expect(await answerAddinRequest(logDraft, s)).toEqual({ ok: true, value: { logged: true, eventId: 'evt-1' } });
    expect(s.events).toEqual([
      expect.objectContaining({
        id: 'evt-1',
        debtorId: 'acme',
        kind: 'email',
        outcome: 'drafted',
        template: 'unorganized/late',
        to: 'billing@acme.com',
        cc: 'ceo@acme.com',
        at: NOW,
      }),
    ]);
  });

  it('refuses a write whose addresses do not match the debtor it names, changing nothing', async () => {
    const s = source();
    const r = await answerAddinRequest({ ...logDraft, matchedOn: ['pay@zed.example'] }, s);
    expect(r).toMatchObject({ ok: false, error: expect.stringMatching(/do not match that debtor/) });
    expect((await answerAddinRequest({ ...logDraft, matchedOn: [] }, s)).ok).toBe(false);
    expect((await answerAddinRequest({ ...logDraft, debtorId: 'ghost' }, s)).ok).toBe(false);
    expect(s.events).toEqual([]);
  });

  it("confirms a drafted reminder as 'sent' at the time confirmed, once", async () => {
    const s = source();
    expect(await answerAddinRequest({ type: 'confirm-sent', ...onAcme, eventId: 'evt-0' }, s)).toEqual({
      ok: true,
      value: { confirmed: true, eventId: 'evt-0' },
    });
    expect(s.events).toEqual([{ ...drafted, outcome: 'sent', at: NOW }]);
    const other = {
      ...source(),
      getLedger: async () => ({
        today: '2026-11-23',
        debtors: [{ ...acme, events: [{ ...drafted, outcome: 'sent' }] }],
        dueForCallToday: 0,
      }),
    };
    expect(await answerAddinRequest({ type: 'confirm-sent', ...onAcme, eventId: 'evt-0' }, other)).toMatchObject({
      ok: false,
    });
  });

  it("logs a received mail as the debtor's word: date, subject, trimmed excerpt", async () => {
    const s = source();
    const at = NOW - 3_600_000;
    const r = await answerAddinRequest(
      {
        type: 'log-received',
        ...onAcme,
        at,
        subject: 'Re: invoice 12',
        excerpt: `  We will pay Friday. ${'x'.repeat(900)}`,
      },
      s,
    );
    expect(r.ok).toBe(true);
    expect(s.events[0]).toMatchObject({ debtorId: 'acme', kind: 'email', outcome: 'received', at });
    expect(s.events[0]!.text).toMatch(/^Re: invoice 12\n\nWe will pay Friday\./);
    expect(s.events[0]!.text!.length).toBeLessThanOrEqual('Re: invoice 12\n\n'.length + 500);
    // A date in the future is taken as now.
    await answerAddinRequest({ type: 'log-received', ...onAcme, at: NOW + 9e9, subject: '', excerpt: 'hi' }, s);
    expect(s.events[1]).toMatchObject({ at: NOW, text: 'hi' });
  });

  it('refuses malformed or unknown requests, changing nothing', async () => {
    const s = source();
    expect((await answerAddinRequest({ type: 'export-backup' }, s)).ok).toBe(false);
    expect((await answerAddinRequest({ type: 'find-debtors', emails: 'a@b.c' }, s)).ok).toBe(false);
    expect((await answerAddinRequest({ ...logDraft, extra: 1 }, s)).ok).toBe(false);
    expect(s.events).toEqual([]);
  });
});

describe('answerAddinRequest over an imported backup (whole scope)', () => {
  it('lists names for the picker and logs for a picked debtor without a matched address', async () => {
    const s = source();
    const names = await answerAddinRequest({ type: 'list-debtor-names' }, s, 'whole');
    expect((names as { value: unknown }).value).toEqual({
      debtors: [
        { id: 'acme', name: 'Acme Corp' },
        { id: 'zed', name: 'Zed Ltd' },
      ],
    });
    expect((await answerAddinRequest({ ...logDraft, matchedOn: [] }, s, 'whole')).ok).toBe(true);
  });
});

describe('handleAddinMessage (the background)', () => {
  const sender = { id: 'ext', url: `${ADDIN_BASE}taskpane.html` };
  const message = { type: 'addin', request: { type: 'find-debtors', emails: ['billing@acme.com'] } };
  /** What the pane gets: the map's refusal, or the pane's own answer carried as the value. */
  const answer = async (...args: Parameters<typeof handleAddinMessage>) => {
    const r = await handleAddinMessage(...args);
    return r?.ok ? (r.value as { ok: boolean }) : r;
  };
  function deps(record: ConsentRecord = { [ADDIN_ORIGIN]: 'allowed' }) {
    const asked: string[] = [];
    return {
      ...source(),
      asked,
      consents: async () => record,
      askConsent: async (o: string) => void asked.push(o),
      consentPage: 'chrome-extension://x/addin-consent.html',
    };
  }

  it('ignores other messages and refuses senders outside the add-in folder or other extensions', async () => {
    expect(handleAddinMessage({ type: 'get-ledger' }, sender, 'ext', deps())).toBeUndefined();
    for (const s of [
      { id: 'ext', url: 'https://evil.example/taskpane.html' },
      { ...sender, id: 'other' },
      { id: 'ext' },
    ])
      expect(await answer(message, s, 'ext', deps())).toMatchObject({ ok: false });
    expect(await answer(message, sender, 'ext', deps())).toMatchObject({ ok: true });
  });

  it('asks the user the first time an origin asks, answers nothing until allowed, and tells a refused origin so', async () => {
    const first = deps({});
    expect(await answer(message, sender, 'ext', first)).toMatchObject({ ok: false, consent: 'asked' });
    expect(first.asked).toEqual([ADDIN_ORIGIN]);
    const refused = deps({ [ADDIN_ORIGIN]: 'refused' });
    const r = await answer(message, sender, 'ext', refused);
    expect(r).toMatchObject({
      ok: false,
      consent: 'refused',
      error: expect.stringContaining('chrome-extension://x/addin-consent.html'),
    });
    expect(refused.asked).toEqual([]);
  });

  it('rate-limits writes per origin, not reads', async () => {
    const d = { ...deps(), limiter: createRateLimiter({ max: 2, windowMs: 60_000 }) };
    const write = { type: 'addin', request: logDraft };
    expect((await answer(write, sender, 'ext', d))!.ok).toBe(true);
    expect((await answer(write, sender, 'ext', d))!.ok).toBe(true);
    expect(await answer(write, sender, 'ext', d)).toMatchObject({
      ok: false,
      error: expect.stringMatching(/wait a minute/),
    });
    expect((await answer(message, sender, 'ext', d))!.ok).toBe(true);
    expect(d.events).toHaveLength(2);
  });
});

describe('createRateLimiter', () => {
  it('allows max hits in any window and frees them as they age', () => {
    const limit = createRateLimiter({ max: 2, windowMs: 1000 });
    expect([limit.take('a', 0), limit.take('a', 10), limit.take('a', 20), limit.take('b', 20)]).toEqual([
      true,
      true,
      false,
      true,
    ]);
    expect(limit.take('a', 1001)).toBe(true);
  });
});

describe('consentAsker', () => {
  it('opens one window per origin, not again while it is open, nor within the quiet time after', async () => {
    let t = 0;
    const opened: string[] = [];
    const open = new Set<number>();
    const ask = consentAsker({
      open: async (origin) => {
        opened.push(origin);
        open.add(opened.length);
        return opened.length;
      },
      isOpen: async (id) => open.has(id),
      now: () => t,
      quietMs: 30_000,
    });
    await ask('https://a.example');
    await ask('https://a.example');
    await ask('https://b.example');
    expect(opened).toEqual(['https://a.example', 'https://b.example']);
    open.clear(); // the user closed the windows without answering
    t = 10_000;
    await ask('https://a.example');
    expect(opened).toHaveLength(2);
    t = 31_000;
    await ask('https://a.example');
    expect(opened).toEqual(['https://a.example', 'https://b.example', 'https://a.example']);
  });
});
