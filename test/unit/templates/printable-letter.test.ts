import { describe, expect, it } from 'vitest';
import { defaultSettings, type Settings } from '../../../lib/model';
import { letterChoices, printableLetter, PROMISSORY_NOTE } from '../../../lib/templates';
import { TODAY, debtorOf, openInvoice, plan, record } from '../ledger/make';

const settings: Settings = {
  ...defaultSettings(),
  sender: {
    name: 'Sam Lee',
    company: 'Lee Joinery Ltd',
    email: 'sam@leejoinery.example',
    phone: '01234 567890',
    address: '1 Mill Lane\nLeeds LS1 1AA',
  },
};

describe('printable letters', () => {
  const view = debtorOf({
    invoices: [openInvoice('INV-7', 50, { balance: 1_200_00 })],
    records: [record({ contacts: [{ role: 'billing', name: 'Ann Park', email: 'ann@acme.example' }] })],
  });

  it('every letter carries the sender letterhead, the date and the addressee, and its content', () => {
    for (const { id } of letterChoices(view)) {
      const letter = printableLetter(view, id, { settings, today: TODAY });
      expect(letter.letterhead).toEqual([
        'Lee Joinery Ltd',
        'Sam Lee',
        '1 Mill Lane',
        'Leeds LS1 1AA',
        '01234 567890 · sam@leejoinery.example',
      ]);
      expect(letter.body, id).toContain('INV-7');
      // The date once: either the page's or the template's own opening.
      expect(
        letter.date === '' ? letter.body.startsWith('November 23, 2026') : letter.date === 'November 23, 2026',
        id,
      ).toBe(true);
      if (letter.date) expect(letter.recipient).toEqual(['Acme Corp', 'Attn: Ann Park']);
    }
    expect(letterChoices(view).map((c) => c.id)).toEqual([
      'unorganized/final-notice',
      'unorganized/certified-letter',
      'unorganized/satisfaction-verification',
      'unorganized/statement',
    ]);
  });

  it('the promissory note is offered with a plan, and prints the plan', () => {
    const withPlan = debtorOf({
      invoices: [openInvoice('INV-7', 50, { balance: 1_200_00 })],
      plans: [
        plan({
          installments: [
            { due: '2026-12-01', amount: 600_00 },
            { due: '2027-01-01', amount: 600_00 },
          ],
          status: 'proposed',
        }),
      ],
    });
    expect(letterChoices(withPlan).at(-1)).toEqual({ id: PROMISSORY_NOTE, title: 'Promissory note' });
    const note = printableLetter(withPlan, PROMISSORY_NOTE, { settings, today: TODAY });
    expect(note.body).toMatch(/PROMISSORY NOTE[\s\S]*\$600\.00 on or before December 1, 2026/);
    expect(() => printableLetter(view, PROMISSORY_NOTE, { settings, today: TODAY })).toThrow(/no payment plan/);
  });

  it('a sender with only a name still gets a letterhead', () => {
    const bare = { ...settings, sender: { ...defaultSettings().sender, name: 'Sam Lee' } };
    expect(printableLetter(view, 'unorganized/statement', { settings: bare, today: TODAY }).letterhead).toEqual([
      'Sam Lee',
    ]);
  });
});
