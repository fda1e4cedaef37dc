// Field-level accuracy of the invoice reader over the fixture corpus (test/fixtures/pages, each
// page beside the invoices it really shows) and the bundled demo app served for real. Known apps
// are read as the content script reads them (profile by URL or markup); every page is also read
// by the generic path alone, with no profile, to show what an app Owed has never seen would get.
import { extractInvoices, extractMaturities } from '../../lib/extract/extract-invoices';
import { readFileSync } from 'node:fs';
import { tryton } from '../../lib/extract/read/profiles/tryton';
import { scoreFields, type FieldScore } from '../../lib/extract/read/score-fields';
import { Window } from 'happy-dom';
import { loadCorpus, loadDemoPage, readFixture, type FixturePage } from '../fixtures/pages/corpus';
import type { Bench, BenchRow } from './harness';

const pct = (x: number) => Math.round(x * 1000) / 10;

function readGeneric(page: FixturePage) {
  const window = new Window({ url: page.expected.url });
  window.document.write(page.html);
  const result = extractInvoices(window.document as unknown as Document, {
    url: page.expected.url,
    today: page.expected.today,
  });
  void window.happyDOM.close();
  return result;
}

function row(name: string, s: FieldScore, goal: number): BenchRow {
  const worst = Math.min(s.precision, s.recall);
  return {
    name: `${name}: precision ${pct(s.precision)}%, recall ${pct(s.recall)}% (${s.correct}/${s.expected} fields)`,
    value: pct(worst),
    unit: '%',
    goal: `≥ ${goal}%`,
    pass: worst * 100 >= goal,
  };
}

function total(scores: FieldScore[]): FieldScore {
  const sum = (k: 'correct' | 'read' | 'expected') => scores.reduce((a, s) => a + s[k], 0);
  const [correct, read, expected] = [sum('correct'), sum('read'), sum('expected')];
  return {
    correct,
    read,
    expected,
    precision: read ? correct / read : 1,
    recall: expected ? correct / expected : 1,
    misses: scores.flatMap((s) => s.misses),
  };
}

const accuracy: Bench = async () => {
  const pages = [...loadCorpus(), await loadDemoPage()];
  const rows: BenchRow[] = [];
  const known: FieldScore[] = [];
  const generic: FieldScore[] = [];
  const genericOnKnown: FieldScore[] = [];
  for (const page of pages) {
    const isKnown = page.expected.profile !== 'generic';
    const { result } = readFixture(page);
    const s = scoreFields(page.expected.invoices, result.invoices);
    (isKnown ? known : generic).push(s);
    rows.push(row(`read ${page.name}${isKnown ? ` (${page.expected.profile})` : ''}`, s, isKnown ? 99 : 95));
    if (isKnown) genericOnKnown.push(scoreFields(page.expected.invoices, readGeneric(page).invoices));
  }
  rows.push(row('due dates read from tryton-sao/dunnings (maturities: customer, due, amount)', dunningScore(), 99));
  rows.push(row('all known apps', total(known), 99));
  rows.push(row('all unknown apps (generic path)', total(generic), 95));
  rows.push(row('known apps read with no profile (generic path)', total(genericOnKnown), 95));
  return rows;
};

/** Tryton's Dunnings list has no invoices but the due dates the invoice list lacks: each row's customer, maturity date and amount. */
function dunningScore(): FieldScore {
  const dir = new URL('../fixtures/pages/tryton-sao/', import.meta.url);
  const expected = JSON.parse(readFileSync(new URL('dunnings.expected.json', dir), 'utf8')) as {
    url: string;
    today: string;
    tryton: { dunnings: { customer: string; due: string; amount: number }[] };
  };
  const window = new Window({ url: expected.url });
  window.document.write(readFileSync(new URL('dunnings.html', dir), 'utf8'));
  const doc = window.document as unknown as Document;
  const got = extractMaturities(doc, { url: expected.url, today: expected.today, profile: tryton }).maturities;
  void window.happyDOM.close();
  const key = (m: { customer: string; due: string; amount?: number }) => `${m.customer}|${m.due}|${m.amount}`;
  const want = expected.tryton.dunnings.map(key);
  const left = [...want];
  let correct = 0;
  for (const k of got.map(key)) {
    const i = left.indexOf(k);
    if (i >= 0) {
      left.splice(i, 1);
      correct++;
    }
  }
  // Three fields per row.
  return {
    correct: correct * 3,
    read: got.length * 3,
    expected: want.length * 3,
    precision: got.length ? correct / got.length : 1,
    recall: want.length ? correct / want.length : 1,
    misses: left.map((k) => `dunning ${k} not read`),
  };
}

export default accuracy;
