import { useState } from 'react';
import { ContactRole, type Contact, type DebtorView } from '../../lib/model';
import type { Desk } from './desk';
import { ROLE_LABEL } from './labels';
import { PostalAddress } from './PostalAddress';
import { recordOf } from './record';
import { ActionMessage, useAction } from './use-action';

/** A source as people know it: an app by its host, a CSV import by its file's name. */
function sourceLabel(source: string, desk: Desk): string {
  if (source.startsWith('csv:'))
    return `CSV ${desk.ledger.reads?.find((r) => r.source === source)?.title || source.slice(4)}`;
  try {
    return new URL(source).host;
  } catch {
    return source;
  }
}

/** The people at the debtor: who gets invoices, who decides, who to copy when it escalates. */
export function ContactsEditor({ desk, debtor }: { desk: Desk; debtor: DebtorView }) {
  const contacts = debtor.record?.contacts ?? [];
  const [draft, setDraft] = useState<Contact>({ role: 'billing', name: '', email: '', phone: '' });
  const [run, state] = useAction();
  const save = (next: Contact[], done: string) => {
    const record = recordOf(debtor, desk.now());
    return run(() => desk.client.saveRecord({ ...record, contacts: next, updatedAt: desk.now() }), done);
  };
  /** The owner's word that a detail a new source showed is the debtor's: drafts may use it. */
  const confirm = (value: string) => {
    const record = recordOf(debtor, desk.now());
    const confirmed = [...new Set([...(record.confirmed ?? []), value])];
    return run(
      () => desk.client.saveRecord({ ...record, confirmed, updatedAt: desk.now() }),
      `${value} confirmed: reminders may use it`,
    );
  };
  const add = async () => {
    const clean: Contact = {
      role: draft.role,
      ...(draft.name?.trim() ? { name: draft.name.trim() } : {}),
      ...(draft.email?.trim() ? { email: draft.email.trim() } : {}),
      ...(draft.phone?.trim() ? { phone: draft.phone.trim() } : {}),
      ...(draft.cc ? { cc: true } : {}),
    };
    if (!clean.name && !clean.email && !clean.phone) return;
    if (await save([...contacts, clean], 'Contact added'))
      setDraft({ role: 'billing', name: '', email: '', phone: '' });
  };
  return (
    <section aria-labelledby="contacts-title" className="card">
      <h3 id="contacts-title">Contacts</h3>
      {debtor.email || debtor.phone ? (
        <p className="muted">From the invoices: {[debtor.email, debtor.phone].filter(Boolean).join(' · ')}</p>
      ) : null}
      {debtor.newContacts && debtor.newContacts.length > 0 && (
        <ul aria-label="New contact details" className="contacts">
          {debtor.newContacts.map((n) => (
            <li key={`${n.kind}:${n.value}`}>
              <strong>{n.value}</strong> · new, from {sourceLabel(n.source, desk)} · not used for reminders yet{' '}
              <button
                type="button"
                className="link small"
                aria-label={`Confirm ${n.value}`}
                onClick={() => void confirm(n.value)}
              >
                Confirm
              </button>
            </li>
          ))}
        </ul>
      )}
      {contacts.length > 0 && (
        <ul aria-label="Contacts" className="contacts">
          {contacts.map((c, i) => (
            <li key={i}>
              <strong>{c.name || c.email || c.phone}</strong> · {ROLE_LABEL[c.role]}
              {c.cc ? ' · copied on reminders' : ''}
              {c.email && c.name ? <> · {c.email}</> : null}
              {c.phone ? <> · {c.phone}</> : null}
              <button
                type="button"
                className="link small"
                aria-label={`Remove ${c.name || c.email || c.phone}`}
                onClick={() =>
                  void save(
                    contacts.filter((_, j) => j !== i),
                    'Contact removed',
                  )
                }
              >
                Remove
              </button>
            </li>
          ))}
        </ul>
      )}
      <details>
        <summary>Add a contact</summary>
        <form
          aria-label="Add a contact"
          onSubmit={(e) => {
            e.preventDefault();
            void add();
          }}
        >
          <label>
            Name
            <input value={draft.name ?? ''} onChange={(e) => setDraft({ ...draft, name: e.target.value })} />
          </label>
          <label>
            Email
            <input
              type="email"
              value={draft.email ?? ''}
              onChange={(e) => setDraft({ ...draft, email: e.target.value })}
            />
          </label>
          <label>
            Phone
            <input
              type="tel"
              value={draft.phone ?? ''}
              onChange={(e) => setDraft({ ...draft, phone: e.target.value })}
            />
          </label>
          <label>
            Role
            <select value={draft.role} onChange={(e) => setDraft({ ...draft, role: e.target.value as ContactRole })}>
              {ContactRole.options.map((r) => (
                <option key={r} value={r}>
                  {ROLE_LABEL[r]}
                </option>
              ))}
            </select>
          </label>
          <label className="check">
            <input
              type="checkbox"
              checked={draft.cc ?? false}
              onChange={(e) => setDraft({ ...draft, cc: e.target.checked })}
            />
            Copy on reminders (cc)
          </label>
          <button type="submit" disabled={state.busy}>
            Add contact
          </button>
        </form>
      </details>
      <ActionMessage state={state} />
      <PostalAddress desk={desk} debtor={debtor} />
    </section>
  );
}
