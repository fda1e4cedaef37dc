import { describe, expect, it } from 'vitest';
import { defaultSettings } from '../../../lib/model';
import { recipientsFor } from '../../../lib/templates/recipients';
import { planDraft } from '../../../outlook-addin/src/drafting/reminder-draft';
import { makeInvoice, makeView } from '../match/make-view';

const base = makeView({
  id: 'acme',
  name: 'Acme Corp',
  email: 'billing@acme.example',
  oldestDaysLate: 5,
  openInvoices: [makeInvoice({ number: '1042', debtorId: 'acme', due: '2026-11-18' })],
  contacts: [
    { role: 'senior-leadership', email: 'CEO@acme.example' },
    { role: 'billing', email: 'ap@acme.example', cc: true },
  ],
  classification: { standing: 'unorganized', confidence: 0.7, reasons: [], flags: {} },
});
const settings = defaultSettings();
// The add-in drafts with the same recipients function as the sidebar.
const ccFor = (view: typeof base, templateId = '') => recipientsFor(view, templateId).cc;
const toFor = (view: typeof base, matchedAddress?: string) => recipientsFor(view, '', matchedAddress).to;
const today = '2026-11-23';

describe('who a reminder goes to', () => {
  it('copies cc-marked contacts always, senior leadership only when angry or escalating', () => {
    expect(ccFor(base, 'unorganized/three-days')).toEqual(['ap@acme.example']);
    expect(ccFor(base, 'unorganized/one-month')).toEqual(['ceo@acme.example', 'ap@acme.example']);
    expect(ccFor({ ...base, oldestDaysLate: 31 })).toContain('ceo@acme.example');
    expect(ccFor({ ...base, classification: { ...base.classification, standing: 'angry' } })).toContain(
      'ceo@acme.example',
    );
  });

  it("writes to the matched address, else the debtor's, else a billing contact", () => {
    expect(toFor(base, 'Ann <ann@acme.example>')).toEqual(['ann@acme.example']);
    expect(toFor(base)).toEqual(['billing@acme.example']);
    expect(toFor({ ...base, email: undefined })).toEqual(['ap@acme.example']);
  });
});

describe('planDraft', () => {
  const reading = { mode: 'read' as const, from: 'billing@acme.example', to: [], cc: [] };
  it('opens a new message when someone must be copied, since a reply form cannot take cc', () => {
    const plan = planDraft({
      view: base,
      settings,
      today,
      templateId: 'unorganized/three-days',
      mail: reading,
      matchedAddress: 'billing@acme.example',
    });
    expect(plan).toMatchObject({ how: 'read-new', to: ['billing@acme.example'], cc: ['ap@acme.example'] });
    expect(plan.html).toContain('1042');
    expect(plan.subject.length).toBeGreaterThan(0);
  });

  it('replies in the thread when the sender is the debtor and nobody is copied', () => {
    const quiet = { ...base, contacts: [] };
    expect(
      planDraft({
        view: quiet,
        settings,
        today,
        templateId: 'unorganized/three-days',
        mail: reading,
        matchedAddress: 'billing@acme.example',
      }).how,
    ).toBe('read-reply');
    // A message from someone else at the company: a new message to the debtor's billing address.
    expect(
      planDraft({
        view: quiet,
        settings,
        today,
        templateId: 'unorganized/three-days',
        mail: { ...reading, from: 'x@acme.example' },
        matchedAddress: 'billing@acme.example',
      }).how,
    ).toBe('read-new');
  });

  it('fills the open draft in compose mode', () => {
    expect(
      planDraft({
        view: base,
        settings,
        today,
        templateId: 'unorganized/three-days',
        mail: { mode: 'compose', to: [], cc: [] },
      }).how,
    ).toBe('compose');
  });
});

describe('what a draft is about', () => {
  it("writes the next step's reminder about the invoice it names, not every open one", () => {
    const two = makeView({
      ...base,
      oldestDaysLate: 0,
      openInvoices: [
        makeInvoice({ number: '1042', debtorId: 'acme', due: '2026-11-26' }),
        makeInvoice({ number: '1077', debtorId: 'acme', due: '2026-12-20' }),
      ],
      next: {
        action: 'reminder',
        isCall: false,
        date: today,
        why: { kind: 'pre-due', values: { invoice: '1042', due: '2026-11-26' } },
        template: 'unorganized/pre-due',
        invoiceNumbers: ['1042'],
      },
    });
    const plan = planDraft({
      view: two,
      settings,
      today,
      templateId: 'unorganized/pre-due',
      mail: { mode: 'compose', to: [], cc: [] },
    });
    expect(plan.invoiceNumbers).toEqual(['1042']);
    expect(plan.text).toContain('1042');
    expect(plan.text).not.toContain('1077');
  });
});
