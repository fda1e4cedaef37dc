import fc from 'fast-check';

/**
 * One fuzzed property. `check(runs)` throws (fast-check's counterexample report) when it fails.
 * `scripts/fuzz.ts` runs each at ≥ 10,000 runs; `npm test` runs the same ones at ≤ 100
 * (test/unit/security/fuzz-properties.test.ts).
 */
export interface FuzzProperty {
  name: string;
  check(runs: number): Promise<void>;
  /** Share of npm test's runs this property takes (slow ones, e.g. IndexedDB, run fewer there; the fuzz script runs all fully). */
  weight?: number;
}

export function property<T>(name: string, arb: fc.Arbitrary<T>, predicate: (value: T) => void): FuzzProperty {
  return {
    name,
    check: async (numRuns) => fc.assert(fc.property(arb, predicate), { numRuns }),
  };
}

export function asyncProperty<T>(
  name: string,
  arb: fc.Arbitrary<T>,
  predicate: (value: T) => Promise<void>,
  weight?: number,
): FuzzProperty {
  return {
    name,
    weight,
    check: async (numRuns) => fc.assert(fc.asyncProperty(arb, predicate), { numRuns }),
  };
}

/** Throws a readable error when `ok` is false: fast-check shows it with the counterexample. */
export function expectThat(ok: boolean, what: string): void {
  if (!ok) throw new Error(what);
}

/** Strings that break naive parsers: markup, quotes, control and bidi characters, lookalike digits. */
export const hostileText = fc.oneof(
  fc.string({ unit: 'grapheme', maxLength: 40 }),
  fc.string({ unit: 'binary', maxLength: 40 }),
  fc.constantFrom(
    '<img src=x onerror="window.__owned=1">',
    '<script>alert(1)</script>',
    '"><svg onload=alert(1)>',
    "'; DROP TABLE invoices;--",
    '\u202e1,000.00',
    '１２３',
    '٣٤٥',
    '\u0000',
    '\ufeff$5',
    'NaN',
    'Infinity',
    '-0',
    '1e309',
    '__proto__',
    'constructor',
    '$'.repeat(61),
    '9'.repeat(400),
    '1,2,3,4,5',
    '..',
    ',',
    "'",
    '’',
    '(',
    '()',
    'CR',
    '€€',
    'US$US$1',
  ),
);
