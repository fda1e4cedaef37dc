// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { LetterPage } from '../../../components/letters/LetterPage';
import { letterFromHash, letterUrl } from '../../../components/letters/OpenLetter';
import { defaultSettings } from '../../../lib/model';
import { deskFixture, NOW } from './desk-fixture';

afterEach(cleanup);

async function fixture() {
  const f = await deskFixture();
  await f.client.saveSettings({
    ...defaultSettings(),
    sender: {
      name: 'Sam Lee',
      company: 'Lee Joinery Ltd',
      email: 'sam@leejoinery.example',
      phone: '',
      address: '1 Mill Lane\nLeeds',
    },
  });
  return f;
}

describe('printable letter page', () => {
  it('round-trips the debtor and letter through the page address', () => {
    expect(
      letterFromHash(new URL(letterUrl('delta and sons', 'angry/certified-letter'), 'chrome-extension://x').hash),
    ).toEqual({ debtorId: 'delta and sons', letterId: 'angry/certified-letter' });
    expect(letterFromHash('#nothing')).toBeNull();
  });

  it('shows the letter on the letterhead and prints it', async () => {
    const f = await fixture();
    let printed = 0;
    render(
      <LetterPage
        client={f.client}
        debtorId="cobalt"
        letterId="unorganized/final-notice"
        locale="en-US"
        now={() => NOW}
        print={() => printed++}
      />,
    );
    const head = await screen.findByTestId('letterhead');
    expect(head.textContent).toBe('Lee Joinery LtdSam Lee1 Mill LaneLeedssam@leejoinery.example');
    expect(screen.getByTestId('letter-body').textContent).toContain('INV-3');
    fireEvent.click(screen.getByRole('button', { name: 'Print or save as PDF' }));
    expect(printed).toBe(1);
  });

  it('recording a certified letter asks for the tracking number and logs it', async () => {
    const f = await fixture();
    render(
      <LetterPage
        client={f.client}
        debtorId="cobalt"
        letterId="unorganized/certified-letter"
        locale="en-US"
        now={() => NOW}
      />,
    );
    const form = await screen.findByRole('form', { name: 'Record how it was sent' });
    const tracking = within(form).getByLabelText('Tracking number') as HTMLInputElement;
    expect(tracking.required).toBe(true);
    fireEvent.change(tracking, { target: { value: 'RR123456789GB' } });
    fireEvent.click(within(form).getByRole('button', { name: 'Record as sent' }));
    await screen.findByText('Logged: sent by certified mail, tracking RR123456789GB');
    const cobalt = (await f.client.ledger()).debtors.find((d) => d.id === 'cobalt')!;
    expect(cobalt.events.at(-1)).toMatchObject({
      kind: 'certified-letter',
      trackingNumber: 'RR123456789GB',
      template: 'unorganized/certified-letter',
      outcome: 'sent',
    });
  });

  it('names a debtor Owed does not know', async () => {
    const f = await fixture();
    render(<LetterPage client={f.client} debtorId="nobody" letterId="unorganized/statement" />);
    await waitFor(() => expect(screen.getByRole('alert').textContent).toMatch(/No debtor “nobody”/));
  });
});
