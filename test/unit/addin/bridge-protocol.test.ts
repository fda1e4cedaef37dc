// The bridge's schemas are written with zod/mini (the bridge content script bundles them). This
// checks they accept, refuse, fill in and explain exactly as the full-zod schemas they replaced:
// those are kept below, as they were, as the reference.
import fc from 'fast-check';
import { z } from 'zod';
import { describe, expect, it } from 'vitest';
import {
  AddinRequest,
  BRIDGE_CHANNEL,
  BridgeHelloMessage,
  BridgePingMessage,
  BridgeRequestMessage,
  BridgeResponseMessage,
} from '../../../lib/bridge/protocol';

const Email = z.string().min(3).max(320);
const Id = z.string().min(1).max(300);
const RefAddinRequest = z.discriminatedUnion('type', [
  z
    .object({
      type: z.literal('find-debtors'),
      emails: z.array(Email).max(200),
      ownAddresses: z.array(Email).max(20).default([]),
    })
    .strict(),
  z.object({ type: z.literal('list-debtor-names') }).strict(),
  z.object({ type: z.literal('get-debtor'), debtorId: Id }).strict(),
  z
    .object({
      type: z.literal('log-draft'),
      debtorId: Id,
      matchedOn: z.array(Email).max(200),
      ownAddresses: z.array(Email).max(20).default([]),
      template: z.string().min(1).max(100),
      to: z.array(Email).max(100),
      cc: z.array(Email).max(100).default([]),
      subject: z.string().max(500),
    })
    .strict(),
  z
    .object({
      type: z.literal('confirm-sent'),
      debtorId: Id,
      matchedOn: z.array(Email).max(200),
      ownAddresses: z.array(Email).max(20).default([]),
      eventId: Id,
    })
    .strict(),
  z
    .object({
      type: z.literal('log-received'),
      debtorId: Id,
      matchedOn: z.array(Email).max(200),
      ownAddresses: z.array(Email).max(20).default([]),
      at: z.number().int().min(0).max(8.64e15),
      subject: z.string().max(500),
      excerpt: z.string().max(2000),
    })
    .strict(),
]);
const RefRequestMessage = z
  .object({
    channel: z.literal(BRIDGE_CHANNEL),
    kind: z.literal('request'),
    id: z.string().min(16).max(100),
    request: RefAddinRequest,
  })
  .strict();
const RefResponseMessage = z.object({
  channel: z.literal(BRIDGE_CHANNEL),
  kind: z.literal('response'),
  id: z.string(),
  response: z.union([
    z.object({ ok: z.literal(true), value: z.unknown() }),
    z.object({ ok: z.literal(false), error: z.string(), consent: z.enum(['asked', 'refused']).optional() }),
  ]),
});
const RefHello = z.object({
  channel: z.literal(BRIDGE_CHANNEL),
  kind: z.literal('hello'),
  version: z.string().max(50),
});
const RefPing = z.object({ channel: z.literal(BRIDGE_CHANNEL), kind: z.literal('ping') }).strict();

type Parser = {
  safeParse(x: unknown): {
    success: boolean;
    data?: unknown;
    error?: { issues: { path: PropertyKey[]; code: string; message: string }[] };
  };
};
const PAIRS: [string, Parser, Parser][] = [
  ['AddinRequest', AddinRequest, RefAddinRequest],
  ['BridgeRequestMessage', BridgeRequestMessage, RefRequestMessage],
  ['BridgeResponseMessage', BridgeResponseMessage, RefResponseMessage],
  ['BridgeHelloMessage', BridgeHelloMessage, RefHello],
  ['BridgePingMessage', BridgePingMessage, RefPing],
];

/** What a parse decides: the value it gives, or where and why it refuses (the taskpane shows the first). */
const outcome = (schema: Parser, input: unknown) => {
  const r = schema.safeParse(input);
  return r.success
    ? { ok: true, data: r.data }
    : { ok: false, issues: r.error!.issues.map((i) => ({ path: i.path, code: i.code, message: i.message })) };
};

const s = (n: number) => 'x'.repeat(n);
const email = (n: number) => `${s(n - 2)}@a`;
const nonce = s(16);
const CASES: unknown[] = [
  null,
  undefined,
  0,
  'find-debtors',
  [],
  {},
  { type: 'find-debtors', emails: ['ann@acme.example'] },
  { type: 'find-debtors', emails: ['ann@acme.example'], ownAddresses: ['me@mine.example'] },
  { type: 'find-debtors', emails: [email(3), email(320)] },
  { type: 'find-debtors', emails: [email(2)] },
  { type: 'find-debtors', emails: [email(321)] },
  { type: 'find-debtors', emails: Array(200).fill('a@b') },
  { type: 'find-debtors', emails: Array(201).fill('a@b') },
  { type: 'find-debtors', emails: [], ownAddresses: Array(21).fill('a@b') },
  { type: 'find-debtors', emails: 'a@b.c' },
  { type: 'find-debtors', emails: [], extra: 1 },
  { type: 'find-debtors', emails: [], ownAddresses: undefined },
  { type: 'list-debtor-names' },
  { type: 'list-debtor-names', extra: 1 },
  { type: 'get-debtor', debtorId: 'd1' },
  { type: 'get-debtor', debtorId: '' },
  { type: 'get-debtor', debtorId: s(300) },
  { type: 'get-debtor', debtorId: s(301) },
  { type: 'get-debtor', debtorId: 7 },
  { type: 'get-debtor' },
  { type: 'log-draft', debtorId: 'd1', template: 'first-reminder', to: ['ann@acme.example'], subject: 'Invoice 42' },
  { type: 'log-draft', debtorId: 'd1', template: 't', to: [], cc: ['a@b'], subject: '' },
  { type: 'log-draft', debtorId: 'd1', template: '', to: [], subject: '' },
  { type: 'log-draft', debtorId: 'd1', template: s(101), to: [], subject: '' },
  { type: 'log-draft', debtorId: 'd1', template: 't', to: Array(101).fill('a@b'), subject: '' },
  { type: 'log-draft', debtorId: 'd1', template: 't', to: [], cc: Array(101).fill('a@b'), subject: '' },
  { type: 'log-draft', debtorId: 'd1', template: 't', to: [], subject: s(501) },
  { type: 'log-draft', debtorId: 'd1', template: 't', to: [] },
  { type: 'log-draft', debtorId: 'd1', matchedOn: ['ann@acme.example'], template: 't', to: [], subject: '' },
  { type: 'log-draft', debtorId: 'd1', matchedOn: Array(201).fill('a@b'), template: 't', to: [], subject: '' },
  { type: 'confirm-sent', debtorId: 'd1', matchedOn: ['a@b'], eventId: 'e1' },
  { type: 'confirm-sent', debtorId: 'd1', matchedOn: ['a@b'], eventId: '' },
  { type: 'confirm-sent', debtorId: 'd1', eventId: 'e1' },
  { type: 'log-received', debtorId: 'd1', matchedOn: ['a@b'], at: 1, subject: 'Re', excerpt: 'We pay' },
  { type: 'log-received', debtorId: 'd1', matchedOn: ['a@b'], at: 1.5, subject: '', excerpt: '' },
  { type: 'log-received', debtorId: 'd1', matchedOn: ['a@b'], at: -1, subject: '', excerpt: s(2001) },
  { type: 'export-backup' },
  { channel: BRIDGE_CHANNEL, kind: 'request', id: nonce, request: { type: 'list-debtor-names' } },
  { channel: BRIDGE_CHANNEL, kind: 'request', id: s(15), request: { type: 'list-debtor-names' } },
  { channel: BRIDGE_CHANNEL, kind: 'request', id: s(101), request: { type: 'list-debtor-names' } },
  { channel: BRIDGE_CHANNEL, kind: 'request', id: nonce, request: { type: 'export-backup' } },
  { channel: BRIDGE_CHANNEL, kind: 'request', id: nonce, request: { type: 'list-debtor-names' }, extra: true },
  { channel: 'other', kind: 'request', id: nonce, request: { type: 'list-debtor-names' } },
  { channel: BRIDGE_CHANNEL, kind: 'response', id: 'x', response: { ok: true, value: { debtors: [] } } },
  { channel: BRIDGE_CHANNEL, kind: 'response', id: 'x', response: { ok: true } },
  { channel: BRIDGE_CHANNEL, kind: 'response', id: 'x', response: { ok: false, error: 'no', extra: 1 }, extra: 2 },
  { channel: BRIDGE_CHANNEL, kind: 'response', id: 'x', response: { ok: false } },
  { channel: BRIDGE_CHANNEL, kind: 'response', id: 'x', response: { ok: false, error: 'ask', consent: 'asked' } },
  { channel: BRIDGE_CHANNEL, kind: 'response', id: 'x', response: { ok: false, error: 'ask', consent: 'maybe' } },
  { channel: BRIDGE_CHANNEL, kind: 'response', id: 1, response: { ok: 'yes' } },
  { channel: BRIDGE_CHANNEL, kind: 'hello', version: '0.1.0' },
  { channel: BRIDGE_CHANNEL, kind: 'hello', version: s(51), extra: 1 },
  { channel: BRIDGE_CHANNEL, kind: 'hello' },
  { channel: BRIDGE_CHANNEL, kind: 'ping' },
  { channel: BRIDGE_CHANNEL, kind: 'ping', extra: 1 },
];

// Shapes near the protocol's: right and wrong types, lengths around the limits, stray keys.
const text = fc.oneof(
  fc.string({ maxLength: 5 }),
  fc.constantFrom(email(3), email(320), email(321), s(2), s(16), s(50), s(51), s(101), s(301), s(501)),
);
const value = fc.oneof(
  text,
  fc.integer(),
  fc.boolean(),
  fc.constant(null),
  fc.array(text, { maxLength: 3 }),
  fc.constantFrom(Array(21).fill('a@b'), Array(201).fill('a@b')),
);
const request = fc.record(
  {
    type: fc.constantFrom(
      'find-debtors',
      'list-debtor-names',
      'get-debtor',
      'log-draft',
      'confirm-sent',
      'log-received',
      'export-backup',
    ),
    matchedOn: value,
    eventId: value,
    at: fc.oneof(value, fc.double(), fc.constantFrom(-1, 0, 8.64e15, 8.64e15 + 1)),
    excerpt: value,
    emails: value,
    ownAddresses: value,
    debtorId: value,
    template: value,
    to: value,
    cc: value,
    subject: value,
    extra: value,
  },
  { requiredKeys: ['type'] },
);
const message = fc.record(
  {
    channel: fc.constantFrom(BRIDGE_CHANNEL, 'other'),
    kind: fc.constantFrom('request', 'response', 'hello', 'ping'),
    id: value,
    version: value,
    request,
    extra: value,
    response: fc.record(
      {
        ok: fc.oneof(fc.boolean(), value),
        value,
        error: value,
        consent: fc.oneof(value, fc.constantFrom('asked', 'refused')),
      },
      { requiredKeys: [] },
    ),
  },
  { requiredKeys: ['channel', 'kind'] },
);

describe('bridge protocol (zod/mini)', () => {
  it.each(PAIRS)('%s decides the hand-picked cases as full zod did', (_name, mini, ref) => {
    for (const input of CASES)
      expect(outcome(mini, input), JSON.stringify(input)?.slice(0, 200)).toEqual(outcome(ref, input));
  });

  it.each(PAIRS)('%s decides generated requests and messages as full zod did', (_name, mini, ref) => {
    fc.assert(
      fc.property(
        fc.oneof(request, message),
        (input) => void expect(outcome(mini, input)).toEqual(outcome(ref, input)),
      ),
      { numRuns: 2000 },
    );
  });

  it('fills the defaults the background relies on', () => {
    expect(AddinRequest.parse({ type: 'find-debtors', emails: ['a@b'] })).toEqual({
      type: 'find-debtors',
      emails: ['a@b'],
      ownAddresses: [],
    });
    expect(AddinRequest.safeParse({ type: 'find-debtors', emails: ['a@b'], ownAddresses: ['ab'] }).success).toBe(false);
  });
});
