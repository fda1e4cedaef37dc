import { describe, expect, it } from 'vitest';
import { loadCorpus, loadDemoPage, readFixture } from '../../fixtures/pages/corpus';
import { PROFILES } from '../../../lib/extract/read/profiles';
import { scoreFields } from '../../../lib/extract/read/score-fields';

const corpus = loadCorpus();
// Pages captured from a running Tryton hold what the page cannot show (values kept in input
// properties, a balance that only the invoice form states): scored, not matched exactly.
const captured = (name: string) => name.startsWith('tryton-sao/');

describe('fixture pages', () => {
  it.each(corpus.filter((p) => captured(p.name)).map((p) => [p.name, p] as const))(
    '%s (captured) reads nothing wrong and most of what it shows',
    (_name, page) => {
      const { result, profile } = readFixture(page);
      expect(profile).toBe(page.expected.profile);
      const s = scoreFields(page.expected.invoices, result.invoices);
      expect(s.precision, s.misses.join('\n')).toBeGreaterThanOrEqual(0.99);
      expect(s.recall, s.misses.join('\n')).toBeGreaterThanOrEqual(0.95);
    },
  );

  it.each(corpus.filter((p) => !captured(p.name)).map((p) => [p.name, p] as const))(
    '%s reads exactly the invoices the page shows',
    (_name, page) => {
      const { result, profile } = readFixture(page);
      expect(profile).toBe(page.expected.profile);
      expect(result.invoices).toEqual(page.expected.invoices);
      for (const words of page.expected.problems ?? [])
        expect(result.problems.map((p) => p.reason).join('\n')).toContain(words);
    },
  );

  it('every built-in profile has at least one fixture page recognised as it', () => {
    for (const p of PROFILES) expect(corpus.filter((c) => c.expected.profile === p.id).length, p.id).toBeGreaterThan(0);
  });
});

describe('the bundled demo app', () => {
  it('reads every invoice of its list exactly, by the generic path', async () => {
    const page = await loadDemoPage('2026-11-23');
    const { result, profile } = readFixture(page);
    expect(profile).toBe('generic');
    expect(result.problems).toEqual([]);
    const byNumber = (a: { number: string }, b: { number: string }) => a.number.localeCompare(b.number);
    expect([...result.invoices].sort(byNumber)).toEqual([...page.expected.invoices].sort(byNumber));
    expect(result.invoices.length).toBeGreaterThan(100);
  });
});
