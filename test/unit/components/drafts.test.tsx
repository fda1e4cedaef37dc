// @vitest-environment happy-dom
import { cleanup, fireEvent, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { buildEml, emlFileName, encodeAddress, encodeHeaderValue } from '../../../components/drafts/eml';
import { outlookComposeUrl, OUTLOOK_COMPOSE } from '../../../components/drafts/outlook-deeplink';
import { letterFromHash, letterUrl } from '../../../components/letters/OpenLetter';
import { deskFixture, inv, NOW } from './desk-fixture';

afterEach(cleanup);

/** Splits an .eml into headers (unfolded) and its MIME parts, decoding base64 bodies as UTF-8. */
function parseEml(eml: string) {
  const [head, body] = [eml.slice(0, eml.indexOf('\r\n\r\n')), eml.slice(eml.indexOf('\r\n\r\n') + 4)];
  const headers = Object.fromEntries(
    head
      .replace(/\r\n /g, ' ')
      .split('\r\n')
      .map((l) => [l.slice(0, l.indexOf(':')), l.slice(l.indexOf(':') + 2)]),
  );
  const boundary = /boundary="([^"]+)"/.exec(headers['Content-Type']!)![1]!;
  const parts = body
    .split(`--${boundary}`)
    .slice(1, -1)
    .map((p) => {
      const [ph, pb] = [p.slice(0, p.indexOf('\r\n\r\n')), p.slice(p.indexOf('\r\n\r\n') + 4)];
      const bytes = Uint8Array.from(atob(pb.replace(/\s+/g, '')), (c) => c.charCodeAt(0));
      return {
        type: /Content-Type: ([^;]+)/.exec(ph)![1],
        text: new TextDecoder().decode(bytes),
        lines: pb.split('\r\n'),
      };
    });
  return { headers, parts };
}
// Whitespace between two encoded words is not part of the text (RFC 2047 §6.2).
const decodeWords = (v: string) =>
  v
    .replace(/\?=\s+=\?/g, '?==?')
    .replace(/=\?UTF-8\?B\?([^?]+)\?=/g, (_, b64: string) =>
      new TextDecoder().decode(Uint8Array.from(atob(b64), (c) => c.charCodeAt(0))),
    );

describe('.eml draft', () => {
  const eml = buildEml({
    from: 'Zoë Owner <zoe@shop.example>',
    to: ['ap@acme.example'],
    cc: ['Dana Boss <dana@acme.example>'],
    subject: 'Rappel : facture INV-1 échue — merci de régler rapidement s’il vous plaît',
    html: '<p>Bonjour&nbsp;Acme</p>',
    text: 'Bonjour Acme, 1 250,00 €',
    date: NOW,
  });
  const { headers, parts } = parseEml(eml);

  it('opens as an unsent draft with both bodies, and every line is CRLF and short', () => {
    expect(headers['X-Unsent']).toBe('1');
    expect(headers['MIME-Version']).toBe('1.0');
    expect(headers.To).toBe('ap@acme.example');
    expect(headers.Cc).toBe('"Dana Boss" <dana@acme.example>');
    expect(headers.Date).toBe('Mon, 23 Nov 2026 15:00:00 +0000');
    expect(parts.map((p) => p.type)).toEqual(['text/plain', 'text/html']);
    expect(parts[0]!.text).toBe('Bonjour Acme, 1 250,00 €');
    expect(parts[1]!.text).toBe('<p>Bonjour&nbsp;Acme</p>');
    expect(eml.split('\r\n').every((l) => l.length <= 78 && !l.includes('\n'))).toBe(true);
  });

  it('encodes non-ASCII headers as RFC 2047 words that decode back exactly', () => {
    expect(headers.Subject).toMatch(/^=\?UTF-8\?B\?/);
    expect(decodeWords(headers.Subject!)).toBe(
      'Rappel : facture INV-1 échue — merci de régler rapidement s’il vous plaît',
    );
    expect(decodeWords(headers.From!)).toBe('Zoë Owner <zoe@shop.example>');
    expect(encodeHeaderValue('Plain subject')).toBe('Plain subject');
    expect(decodeWords(encodeHeaderValue('😀'.repeat(30)).replace(/\r\n /g, ' '))).toBe('😀'.repeat(30));
  });

  it('cannot be made to carry extra headers from scraped names or subjects', () => {
    const evil = buildEml({
      to: ['x@y.example'],
      subject: 'Hi\r\nBcc: spy@evil.example',
      html: '',
      text: '',
      date: NOW,
    });
    expect(evil).not.toMatch(/^Bcc:/m);
    expect(encodeAddress('Evil\r\nBcc: a@b <x@y.example>')).toBe('"Evil Bcc: a@b" <x@y.example>');
    expect(emlFileName('Re: INV/1 <due>?')).toBe('Re INV 1 due.eml');
  });
});

/** The parts of a multipart body by its boundary: each part's headers (unfolded) and raw body. */
function mimeParts(body: string, boundary: string) {
  return body
    .split(`--${boundary}`)
    .slice(1, -1)
    .map((p) => {
      const cut = p.indexOf('\r\n\r\n');
      return { head: p.slice(2, cut).replace(/\r\n /g, ' '), body: p.slice(cut + 4) };
    });
}
const base64Text = (b: string) =>
  new TextDecoder().decode(Uint8Array.from(atob(b.replace(/\s+/g, '')), (c) => c.charCodeAt(0)));
/** An RFC 2231 parameter (continued, percent-encoded UTF-8) read back. */
const rfc2231Value = (head: string, param: string) =>
  decodeURIComponent(
    [...head.matchAll(new RegExp(`\\s${param}\\*\\d+\\*=([^;\\s]+)`, 'g'))]
      .map((m) => m[1])
      .join('')
      .replace(/^UTF-8''/, ''),
  );

describe('.eml draft with files', () => {
  const name = 'Relevé de compte Société Générale – novembre 2026 (copie pour la comptabilité).html';
  const eml = buildEml({
    to: ['ap@sg.example'],
    subject: 'Relevé de compte',
    html: '<p>Bonjour</p>',
    text: 'Bonjour',
    date: NOW,
    attachments: [{ fileName: name, mimeType: 'text/html', content: '<!doctype html><p>Total : 1 250,00 €</p>' }],
  });
  const cut = eml.indexOf('\r\n\r\n');
  const head = eml.slice(0, cut);
  const mixed = /multipart\/mixed; boundary="([^"]+)"/.exec(head)![1]!;

  it('carries the bodies, then each file as an attachment part whose name reads back exactly', () => {
    const [bodies, file] = mimeParts(eml.slice(cut + 4), mixed);
    const alternative = /multipart\/alternative; boundary="([^"]+)"/.exec(bodies!.head)![1]!;
    const [plain, html] = mimeParts(bodies!.body, alternative);
    expect(base64Text(plain!.body)).toBe('Bonjour');
    expect(base64Text(html!.body)).toBe('<p>Bonjour</p>');
    expect(file!.head).toMatch(/^Content-Type: text\/html; charset=UTF-8;/);
    expect(file!.head).toContain('Content-Disposition: attachment;');
    expect(rfc2231Value(file!.head, 'filename')).toBe(name);
    expect(rfc2231Value(file!.head, 'name')).toBe(name);
    expect(base64Text(file!.body)).toBe('<!doctype html><p>Total : 1 250,00 €</p>');
    expect(head).toContain('X-Unsent: 1');
    expect(eml.split('\r\n').every((l) => l.length <= 78)).toBe(true);
  });
});

describe('Outlook on the web deeplink', () => {
  it('prefills to, cc, subject and body, encoded', () => {
    const url = new URL(
      outlookComposeUrl({
        to: ['a@x.example'],
        cc: ['b@x.example', 'c@x.example'],
        subject: 'Invoice & reminder',
        text: 'Hello\nline 2',
      }),
    );
    expect(`${url.origin}${url.pathname}`).toBe(OUTLOOK_COMPOSE);
    expect(url.searchParams.get('to')).toBe('a@x.example');
    expect(url.searchParams.get('cc')).toBe('b@x.example;c@x.example');
    expect(url.searchParams.get('subject')).toBe('Invoice & reminder');
    expect(url.searchParams.get('body')).toBe('Hello\nline 2');
    expect(url.search).not.toContain('+');
  });
});

describe('Draft panel', () => {
  it('copies as rich text, opens Outlook on the web, downloads an .eml, and logs each', async () => {
    const f = await deskFixture();
    f.render({ view: 'debtor', id: 'brightside', panel: 'draft' });
    expect(
      ((await screen.findByRole('combobox', { name: 'Template' })) as HTMLSelectElement).selectedOptions[0]!
        .textContent,
    ).toMatch(/\(recommended\)$/);
    const preview = screen.getByTitle('Preview') as HTMLIFrameElement;
    expect(preview.getAttribute('sandbox')).toBe('');
    expect(preview.getAttribute('srcdoc')).toContain('INV-2');

    fireEvent.click(screen.getByRole('button', { name: 'Copy as rich text' }));
    await screen.findByText('Copied, and logged');
    expect(f.io.copied[0]!.html).toMatch(/<p>/);
    expect(f.io.copied[0]!.text).toContain('INV-2');

    fireEvent.click(screen.getByRole('button', { name: 'Open in Outlook on the web' }));
    await screen.findByText('Opened in Outlook, and logged');
    expect(new URL(f.io.opened[0]!).searchParams.get('to')).toBe('billing@brightside.example');

    fireEvent.click(screen.getByRole('button', { name: 'Download .eml draft' }));
    await screen.findByText('Draft saved, and logged');
    expect(f.io.downloads[0]).toMatchObject({ mime: 'message/rfc822' });
    expect(f.io.downloads[0]!.fileName).toMatch(/\.eml$/);
    expect(f.io.downloads[0]!.content).toContain('X-Unsent: 1');

    const events = (await f.client.ledger()).debtors.find((d) => d.id === 'brightside')!.events;
    expect(events).toHaveLength(3);
    expect(events.every((e) => e.kind === 'email' && e.to === 'billing@brightside.example' && e.template)).toBe(true);
    // Drafted, not sent: each counts as a reminder only once the owner confirms it went out.
    expect(events.map((e) => e.outcome)).toEqual(['drafted', 'drafted', 'drafted']);
  });

  it('drafts for the invoices the next step is about: the statement of the one they never received', async () => {
    const f = await deskFixture([
      inv('INV-1', 'Acme Corp', 125_000, '2026-11-10', { email: 'ap@acme.example' }),
      inv('INV-5', 'Acme Corp', 30_000, '2026-11-15'),
    ]);
    await f.client.addEvent({
      debtorId: 'acme',
      kind: 'call',
      at: Date.parse('2026-11-20T10:00:00Z'),
      outcome: 'never-received',
      invoiceNumbers: ['INV-1'],
    });
    const next = (await f.client.ledger()).debtors[0]!.next!;
    expect(next).toMatchObject({ action: 'resolve-dispute', template: 'angry/statement', invoiceNumbers: ['INV-1'] });
    f.render({ view: 'debtor', id: 'acme', panel: 'draft' });
    expect(((await screen.findByTestId('draft-about')) as HTMLElement).textContent).toContain('About INV-1,');
    // The statement is of the invoice they say they never received, not of the others (their cadence goes on).
    const srcdoc = screen.getByTitle('Preview').getAttribute('srcdoc')!;
    expect(srcdoc).toContain('INV-1');
    expect(srcdoc).not.toContain('INV-5');
    fireEvent.click(screen.getByRole('button', { name: 'Download .eml draft' }));
    await screen.findByText('Draft saved, and logged');
    expect(f.io.downloads[0]!.content).toContain('Content-Disposition: attachment;');
    const events = (await f.client.ledger()).debtors[0]!.events.filter((e) => e.kind === 'email');
    expect(events.map((e) => e.invoiceNumbers)).toEqual([['INV-1']]);
    // Another template drafts for every invoice not paused: INV-5 alone, INV-1 is held by its dispute.
    const picker = screen.getByRole('combobox', { name: 'Template' });
    fireEvent.change(picker, { target: { value: 'angry/one-week' } });
    expect(screen.queryByTestId('draft-about')).toBeNull();
    expect(screen.getByTitle('Preview').getAttribute('srcdoc')).toContain('INV-5');
  });

  it('downloads the statement with the statement attached, and says so only in that draft', async () => {
    const f = await deskFixture();
    f.render({ view: 'debtor', id: 'cobalt', panel: 'draft' });
    const picker = await screen.findByRole('combobox', { name: 'Template' });
    const statement = within(picker)
      .getAllByRole('option')
      .find((o) => o.getAttribute('value')?.endsWith('/statement'))!;
    fireEvent.change(picker, { target: { value: statement.getAttribute('value') } });
    expect(screen.getByTestId('draft-attachments').textContent).toContain('Statement of account Cobalt Inc.html');
    expect(screen.getByTitle('Preview').getAttribute('srcdoc')).not.toContain('attached');
    fireEvent.click(screen.getByRole('button', { name: 'Copy as rich text' }));
    await screen.findByText('Copied, and logged');
    expect(f.io.copied[0]!.text).not.toMatch(/attached|enclosed/);
    fireEvent.click(screen.getByRole('button', { name: 'Download .eml draft' }));
    await screen.findByText('Draft saved, and logged');
    const eml = f.io.downloads[0]!.content;
    expect(eml).toContain('Content-Type: multipart/mixed;');
    expect(eml).toContain('Content-Disposition: attachment;');
    const bodies = [...eml.matchAll(/\r\n\r\n([A-Za-z0-9+/=\r\n]+?)\r\n--/g)].map((m) => base64Text(m[1]!));
    expect(bodies.some((b) => b.includes('The statement is attached as Statement of account Cobalt Inc.html.'))).toBe(
      true,
    );
    expect(bodies.some((b) => b.startsWith('<!doctype html>') && b.includes('INV-3'))).toBe(true);
  });

  it('asks for payment details until the settings say how to pay, then every draft gives them', async () => {
    const f = await deskFixture();
    f.render({ view: 'debtor', id: 'brightside', panel: 'draft' });
    expect((await screen.findByTestId('draft-payment-hint')).textContent).toContain('does not say how to pay');
    cleanup();
    const settings = await f.client.settings();
    await f.client.saveSettings({ ...settings, payment: { link: 'https://pay.example/x', details: '' } });
    f.render({ view: 'debtor', id: 'brightside', panel: 'draft' });
    await screen.findByTitle('Preview');
    expect(screen.queryByTestId('draft-payment-hint')).toBeNull();
    expect(screen.getByTitle('Preview').getAttribute('srcdoc')).toContain(
      'You can pay online at https://pay.example/x',
    );
  });

  it('names an invoice whose list showed only its total, keeps it out of the amount owed, and says how to confirm it', async () => {
    const f = await deskFixture([
      inv('INV-1', 'Acme Corp', 50_000, '2026-10-10', { email: 'ap@acme.example' }),
      inv('INV-7', 'Acme Corp', 120_000, '2026-11-03', { balanceFromTotal: true }),
    ]);
    f.render({ view: 'debtor', id: (await f.client.ledger()).debtors[0]!.id, panel: 'draft' });
    const hint = await screen.findByTestId('draft-unconfirmed-hint');
    expect(hint.textContent).toContain('INV-7: total shown, part-payment possible.');
    expect(hint.textContent).toContain('open the invoice in your invoicing app');
    expect(screen.getByTestId('draft-subject').textContent).toContain('$500.00');
    const srcdoc = screen.getByTitle('Preview').getAttribute('srcdoc')!;
    expect(srcdoc).toContain(
      'INV-7, due November 3, 2026: invoice total $1,200.00, less any part-payment you have made',
    );
    expect(srcdoc).not.toContain('$1,700.00');
    cleanup();

    // Nothing confirmed: no reminder, and the same way to confirm.
    const g = await deskFixture([inv('INV-7', 'Acme Corp', 120_000, '2026-11-03', { balanceFromTotal: true })]);
    g.render({ view: 'debtor', id: (await g.client.ledger()).debtors[0]!.id, panel: 'draft' });
    expect((await screen.findByRole('alert')).textContent).toContain('open INV-7 in your invoicing app');
    expect(screen.getByTestId('draft-unconfirmed-hint').textContent).toContain('INV-7');
    expect(screen.queryByTitle('Preview')).toBeNull();
  });

  it('escapes scraped names in the preview', async () => {
    const f = await deskFixture([
      {
        number: '<script>alert(2)</script>',
        customer: '<script>alert(1)</script> Ltd',
        balance: 100,
        currency: 'USD',
        due: '2026-11-01',
      },
    ]);
    const id = (await f.client.ledger()).debtors[0]!.id;
    f.render({ view: 'debtor', id, panel: 'draft' });
    const srcdoc = (await screen.findByTitle('Preview')).getAttribute('srcdoc')!;
    expect(srcdoc).not.toContain('<script>');
    expect(srcdoc).toContain('&lt;script&gt;');
  });

  it('the Letter panel shows the letter on the letterhead and opens its printable page, the one place letters print', async () => {
    const f = await deskFixture();
    const settings = await f.client.settings();
    await f.client.saveSettings({
      ...settings,
      sender: { ...settings.sender, company: 'Carter Design', address: '1 Mill Lane\nLeeds' },
    });
    f.render({ view: 'debtor', id: 'cobalt', panel: 'letter' });
    const letter = await screen.findByRole('combobox', { name: 'Letter' });
    fireEvent.change(letter, {
      target: {
        value: within(letter)
          .getByRole('option', { name: /^Certified letter/ })
          .getAttribute('value'),
      },
    });
    const preview = screen.getByTestId('letter-preview');
    expect(within(preview).getByTestId('letterhead').textContent).toBe('Carter Design1 Mill LaneLeeds');
    expect(within(preview).getByRole('article').getAttribute('aria-label')).toBe('Certified letter');
    expect(within(preview).getByTestId('letter-body').textContent).toContain('Cobalt');
    // No plain-text print of its own: the printable page prints and records how it was sent.
    expect(screen.queryByRole('form', { name: 'Print the letter' })).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'Open the printable letter' }));
    expect(f.io.opened).toEqual([letterUrl('cobalt', (letter as HTMLSelectElement).value)]);
    expect(letterFromHash(new URL(f.io.opened[0]!, 'chrome-extension://x').hash)).toEqual({
      debtorId: 'cobalt',
      letterId: (letter as HTMLSelectElement).value,
    });
    expect((await f.client.ledger()).debtors.find((d) => d.id === 'cobalt')!.events).toEqual([]);
  });
});
