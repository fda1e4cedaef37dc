import { useMemo, useState } from 'react';
import type { ContactEventInput, DebtorView } from '../../lib/model';
import type { Desk } from '../sidebar/desk';
import { ActionMessage, useAction } from '../sidebar/use-action';
import { buildEml, emlFileName } from './eml';
import { outlookComposeUrl } from './outlook-deeplink';
import {
  draftAbout,
  recommendedTemplate,
  renderDraft,
  templateChoices,
  unconfirmedOverdue,
  type TemplateChoice,
} from './templates-port';

/**
 * The recommended reminder, ready to send without Outlook's add-in: copied as rich text, opened
 * in Outlook on the web, or saved as an .eml draft. Each use is logged. (Letters print from their
 * own page: components/letters.)
 */
export function DraftPanel({ desk, debtor, template }: { desk: Desk; debtor: DebtorView; template?: string }) {
  const { ledger } = desk;
  const recommended = recommendedTemplate(debtor);
  // Opened for one template (the credit policy, from its card), else the one the next step calls for.
  const [templateId, setTemplateId] = useState(template ?? recommended);
  const [run, state] = useAction();
  // Two renderings: copied text and a compose link carry no file, so their text mentions none;
  // the .eml download carries the template's files (statement, promissory note) and says so.
  const rendered = useMemo(() => {
    try {
      const render = (attach: boolean) =>
        renderDraft(templateId, debtor, ledger.settings, ledger.today, desk.locale, attach);
      return { ok: true as const, draft: render(false), eml: render(true) };
    } catch (e) {
      return { ok: false as const, error: e instanceof Error ? e.message : String(e) };
    }
  }, [templateId, debtor, ledger.settings, ledger.today, desk.locale]);
  const unconfirmed = unconfirmedOverdue(debtor, ledger.today, templateId);
  const about = draftAbout(debtor, templateId);
  const choices = templateChoices(debtor);
  if (!choices.some((c) => c.id === templateId)) choices.unshift({ id: templateId, label: templateId });
  if (!rendered.ok) {
    return (
      <section aria-labelledby="draft-title" className="draft-panel">
        <h3 id="draft-title">Reminder email</h3>
        <TemplatePicker value={templateId} onChange={setTemplateId} choices={choices} recommended={recommended} />
        <p role="alert" className="error">
          {rendered.error}
        </p>
        <UnconfirmedHint numbers={unconfirmed} />
      </section>
    );
  }
  const { draft, eml } = rendered;
  const email: { to: string[]; cc: string[] } = { to: draft.to, cc: draft.cc };
  const payment = ledger.settings.payment;
  const saysHowToPay = payment.link.trim() !== '' || payment.details.trim() !== '';

  const log = (event: Omit<ContactEventInput, 'id' | 'debtorId' | 'at' | 'template'>, done: string) =>
    run(
      () =>
        desk.client.addEvent({
          debtorId: debtor.id,
          at: desk.now(),
          template: draft.templateId,
          invoiceNumbers: draft.invoiceNumbers,
          ...event,
        }),
      done,
    );
  // Drafted, not sent: it counts as a reminder once the owner confirms it went out.
  const emailEvent = (how: string) => ({
    kind: 'email' as const,
    outcome: 'drafted',
    text: `${draft.subject} (${how})`,
    ...(email.to.length ? { to: email.to.join(', ') } : {}),
    ...(email.cc.length ? { cc: email.cc.join(', ') } : {}),
  });

  // Copy first, while the click's user activation still allows writing the clipboard.
  const copy = () =>
    run(async () => {
      await desk.io.copyRich(draft.html, draft.text);
      await desk.client.addEvent({
        debtorId: debtor.id,
        at: desk.now(),
        template: draft.templateId,
        invoiceNumbers: draft.invoiceNumbers,
        ...emailEvent('copied as rich text'),
      });
    }, 'Copied, and logged');
  // Opening Outlook on the web is the user's own navigation to their mail, not a request by Owed.
  const openOutlook = () => {
    desk.io.openWindow(outlookComposeUrl({ ...email, subject: draft.subject, text: draft.text }));
    void log(emailEvent('opened in Outlook on the web'), 'Opened in Outlook, and logged');
  };
  const downloadEml = () => {
    const from = ledger.settings.sender.email
      ? `${ledger.settings.sender.name || ledger.settings.sender.company} <${ledger.settings.sender.email}>`
      : undefined;
    desk.io.download(
      emlFileName(eml.subject),
      'message/rfc822',
      buildEml({
        ...(from ? { from } : {}),
        ...email,
        subject: eml.subject,
        html: eml.html,
        text: eml.text,
        date: desk.now(),
        attachments: eml.attachments,
      }),
    );
    void log(emailEvent('saved as .eml draft'), 'Draft saved, and logged');
  };
  return (
    <section aria-labelledby="draft-title" className="draft-panel">
      <h3 id="draft-title">Reminder email</h3>
      <TemplatePicker value={templateId} onChange={setTemplateId} choices={choices} recommended={recommended} />
      {about && (
        <p className="hint" data-testid="draft-about">
          About {about.join(', ')}, the {about.length > 1 ? 'invoices' : 'invoice'} the next step is for.
        </p>
      )}
      <dl className="recipients">
        <dt>To</dt>
        <dd data-testid="draft-to">{email.to.join(', ') || 'no address known: add a contact'}</dd>
        {email.cc.length > 0 && (
          <>
            <dt>Cc</dt>
            <dd data-testid="draft-cc">{email.cc.join(', ')}</dd>
          </>
        )}
        <dt>Subject</dt>
        <dd data-testid="draft-subject">{draft.subject}</dd>
      </dl>
      {/* The template module escapes every value; the sandbox keeps even a bad template inert. */}
      <iframe className="preview" title="Preview" sandbox="" srcDoc={previewDocument(draft.html)} />
      <div className="buttons" role="group" aria-label="Send the draft">
        <button type="button" className="primary" onClick={() => void copy()} disabled={state.busy}>
          Copy as rich text
        </button>
        <button type="button" onClick={openOutlook} disabled={state.busy}>
          Open in Outlook on the web
        </button>
        <button type="button" onClick={downloadEml} disabled={state.busy}>
          Download .eml draft
        </button>
      </div>
      {eml.attachments.length > 0 && (
        <p className="hint" data-testid="draft-attachments">
          The .eml draft attaches {eml.attachments.map((a) => a.fileName).join(', ')} and says so; copied text and
          Outlook on the web do not mention it.
        </p>
      )}
      <UnconfirmedHint numbers={unconfirmed} />
      {!saysHowToPay && (
        <p className="hint" role="note" data-testid="draft-payment-hint">
          This reminder does not say how to pay: add your payment details or a payment link in Owed's settings.
        </p>
      )}
      <ActionMessage state={state} />
    </section>
  );
}

/**
 * Overdue invoices read from a list that shows only totals: the draft names them with their
 * total and leaves them out of what it says is owed, until the owner opens each in the app.
 */
function UnconfirmedHint({ numbers }: { numbers: string[] }) {
  if (numbers.length === 0) return null;
  const several = numbers.length > 1;
  return (
    <p className="hint" role="note" data-testid="draft-unconfirmed-hint">
      {numbers.join(', ')}: total shown, part-payment possible. This draft names {several ? 'them' : 'it'} with the
      invoice total and leaves {several ? 'them' : 'it'} out of the amount owed. To confirm what is due, open{' '}
      {several ? 'each invoice' : 'the invoice'} in your invoicing app with Owed on: Owed reads the amount due from its
      page.
    </p>
  );
}

function TemplatePicker(props: {
  value: string;
  onChange: (id: string) => void;
  choices: TemplateChoice[];
  recommended: string;
}) {
  return (
    <label>
      Template
      <select value={props.value} onChange={(e) => props.onChange(e.target.value)}>
        {props.choices.map((t) => (
          <option key={t.id} value={t.id}>
            {t.label}
            {t.id === props.recommended ? ' (recommended)' : ''}
          </option>
        ))}
      </select>
    </label>
  );
}

/** The preview document: the template's HTML with a readable default style, nothing executable. */
function previewDocument(html: string): string {
  return `<!doctype html><meta charset="utf-8"><style>body{font:14px/1.5 system-ui,sans-serif;margin:8px;color:#1d2433;background:#fff}</style>${html}`;
}
