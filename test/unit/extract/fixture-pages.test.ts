import { describe, expect, it } from 'vitest';
import { loadCorpus, readFixture } from '../../fixtures/pages/corpus';
import { PROFILES } from '../../../lib/extract/profiles';

const corpus = loadCorpus();

describe('fixture pages', () => {
  it.each(corpus.map((p) => [p.name, p] as const))('%s reads exactly the invoices the page shows', (_name, page) => {
    const { result, profile } = readFixture(page);
    expect(profile).toBe(page.expected.profile);
    expect(result.invoices).toEqual(page.expected.invoices);
    for (const words of page.expected.problems ?? []) expect(result.problems.map((p) => p.reason).join('\n')).toContain(words);
  });

  it('every built-in profile has at least one fixture page recognised as it', () => {
    for (const p of PROFILES) expect(corpus.filter((c) => c.app === p.id && c.expected.profile === p.id).length, p.id).toBeGreaterThan(0);
  });
});
