import 'fake-indexeddb/auto';
import fc from 'fast-check';
import { Backup, OwedDb, parseBackup } from '../../lib/db';
import { PageRead } from '../../lib/model/page-read';
import { asyncProperty, expectThat, hostileText, property, type FuzzProperty } from './property';

const NOW = Date.UTC(2026, 10, 23, 12);

/** A real backup, as Owed exports it, of a ledger with every kind of user data. */
async function ledgerWithUserData(name: string): Promise<OwedDb> {
  const db = await OwedDb.open(name);
  await db.applyRead(
    PageRead.parse({
      source: 'https://app.example',
      url: 'https://app.example/invoices',
      complete: true,
      invoices: [
        {
          number: 'INV-1',
          customer: 'Bobby <b>Tables</b> & Co',
          balance: 120_000,
          total: 120_000,
          currency: 'USD',
          due: '2026-10-01',
        },
        { number: 'INV-2', customer: 'Globex', balance: 0, total: 5_000, currency: 'EUR', due: '2026-09-01' },
      ],
      customers: [{ customer: 'Globex', email: 'ap@globex.example' }],
    }),
    NOW,
    '2026-11-23',
  );
  await db.addEvent({
    id: 'e1',
    debtorId: 'bobby b tables b',
    kind: 'promise',
    at: NOW,
    text: '<script>x</script>',
    promise: { date: '2026-12-01' },
  });
  await db.updateRecord('globex', (r) => ({ ...r, override: { class: 'angry', at: NOW } }), NOW);
  await db.savePlan({
    id: 'p1',
    debtorId: 'globex',
    createdAt: NOW,
    currency: 'EUR',
    status: 'active',
    installments: [{ due: '2026-12-01', amount: 2_500 }],
    promissoryNote: { signed: true, signedOn: '2026-11-20' },
  });
  return db;
}

let valid: Promise<string> | undefined;
const validBackupText = () =>
  (valid ??= ledgerWithUserData(`owed-fuzz-source-${Math.random()}`).then(async (db) => {
    const text = JSON.stringify(await db.exportBackup(NOW));
    db.close();
    return text;
  }));

/** Every path to a value in a JSON tree, so a mutation can land anywhere. */
function paths(value: unknown, at: (string | number)[] = []): (string | number)[][] {
  const out = [at];
  if (Array.isArray(value)) value.forEach((v, i) => void out.push(...paths(v, [...at, i])));
  else if (value && typeof value === 'object')
    for (const [k, v] of Object.entries(value)) out.push(...paths(v, [...at, k]));
  return out;
}

type Mutation =
  | { kind: 'set'; seed: number; value: unknown }
  | { kind: 'delete'; seed: number }
  | { kind: 'truncate'; seed: number }
  | { kind: 'byte'; seed: number; char: string };

const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({
    kind: fc.constant('set' as const),
    seed: fc.nat(),
    value: fc.oneof(fc.jsonValue({ maxDepth: 2 }), hostileText, fc.constantFrom(-1, 1e308, '2026-02-30', 'USD ', null)),
  }),
  fc.record({ kind: fc.constant('delete' as const), seed: fc.nat() }),
  fc.record({ kind: fc.constant('truncate' as const), seed: fc.nat() }),
  fc.record({
    kind: fc.constant('byte' as const),
    seed: fc.nat(),
    char: fc.constantFrom('"', '{', ']', ',', '\\', '\u0000', 'x'),
  }),
);

/** A damaged copy of a good backup: fields changed or removed, text cut short or corrupted. */
function damage(text: string, mutations: Mutation[]): string {
  let json = JSON.parse(text) as Record<string, unknown>;
  let out: string | undefined;
  for (const m of mutations) {
    if (m.kind === 'truncate' || m.kind === 'byte') {
      const s = out ?? JSON.stringify(json);
      const at = m.seed % Math.max(1, s.length);
      out = m.kind === 'truncate' ? s.slice(0, at) : s.slice(0, at) + m.char + s.slice(at + 1);
      continue;
    }
    if (out !== undefined) continue; // already text-damaged
    const all = paths(json);
    const path = all[m.seed % all.length]!;
    if (path.length === 0) {
      if (m.kind === 'set') json = m.value as Record<string, unknown>;
      continue;
    }
    let parent: unknown = json;
    for (const key of path.slice(0, -1)) parent = (parent as Record<string | number, unknown>)[key];
    const last = path[path.length - 1]!;
    if (m.kind === 'set') (parent as Record<string | number, unknown>)[last] = m.value;
    else if (Array.isArray(parent)) parent.splice(Number(last), 1);
    else delete (parent as Record<string | number, unknown>)[last];
  }
  return out ?? JSON.stringify(json);
}

/** A refusal a user can act on: says what is wrong, in a sentence, not a stack trace. */
function clearRefusal(error: string): void {
  expectThat(
    error.length > 20 && error.length < 1_000,
    `unclear error (${error.length} chars): ${error.slice(0, 200)}`,
  );
  expectThat(
    /^This (file|backup|Owed backup)/.test(error),
    `the error does not say what was wrong with the file: ${error.slice(0, 200)}`,
  );
  expectThat(
    !/\n\s+at |TypeError|undefined is not/.test(error),
    `the error leaks an exception: ${error.slice(0, 200)}`,
  );
}

function checkParse(text: string): void {
  const r = parseBackup(text);
  if (r.ok)
    expectThat(
      Backup.safeParse(r.backup).success,
      'parseBackup accepted a backup that does not satisfy its own schema',
    );
  else clearRefusal(r.error);
}

let target: Promise<OwedDb> | undefined;

/** A backup's content as the database holds it: one record per key (a later duplicate wins), in key order. */
function asStored(b: Backup): string {
  const byId = <T extends { id: string }>(xs: T[]) =>
    [...new Map(xs.map((x) => [x.id, x])).values()].sort((a, c) => (a.id < c.id ? -1 : a.id > c.id ? 1 : 0));
  return JSON.stringify({
    ...b,
    exportedAt: 0,
    invoices: byId(b.invoices),
    records: byId(b.records),
    events: byId(b.events),
    plans: byId(b.plans),
    profiles: byId(b.profiles),
  });
}

export const backupProperties: FuzzProperty[] = [
  property(
    'any text given as a backup is read or refused with a clear error, never a crash',
    fc.oneof(hostileText, fc.string({ maxLength: 2000 })),
    checkParse,
  ),
  property(
    'any JSON given as a backup (with or without the Owed mark) is read or refused with a clear error',
    fc.tuple(fc.jsonValue({ maxDepth: 4 }), fc.boolean(), fc.constantFrom(1, 2, 0, '1', null)),
    ([value, mark, version]) => {
      const json =
        mark && value && typeof value === 'object' && !Array.isArray(value)
          ? { ...value, format: 'owed-backup', version }
          : value;
      checkParse(JSON.stringify(json));
    },
  ),
  {
    name: 'a damaged Owed backup is refused with a clear error, or read into valid data',
    check: async (numRuns) => {
      const text = await validBackupText();
      await fc.assert(
        fc.property(fc.array(mutation, { minLength: 1, maxLength: 4 }), (ms) => checkParse(damage(text, ms))),
        { numRuns },
      );
    },
  },
  asyncProperty(
    'importing a damaged backup into a ledger with user data either replaces it entirely or changes nothing',
    fc.array(mutation, { minLength: 1, maxLength: 3 }),
    async (ms) => {
      const db = await (target ??= ledgerWithUserData(`owed-fuzz-target-${Math.random()}`));
      const text = damage(await validBackupText(), ms);
      const before = asStored(await db.exportBackup(NOW));
      const result = await db.importBackup(text);
      const after = asStored(await db.exportBackup(NOW));
      if (!result.ok) {
        clearRefusal(result.error);
        expectThat(after === before, 'a refused backup changed the ledger');
      } else {
        const parsed = parseBackup(text);
        expectThat(parsed.ok, 'importBackup accepted what parseBackup refuses');
        if (parsed.ok) expectThat(after === asStored(parsed.backup), 'an accepted backup was not restored exactly');
      }
    },
    0.3,
  ),
];
