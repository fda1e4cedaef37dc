import { useLayoutEffect, useRef } from 'react';
import { CallMode } from '../call/CallMode';
import { DraftPanel } from '../drafts/DraftPanel';
import { EscalationPanel } from '../escalation/EscalationPanel';
import { LetterPanel } from '../letters/LetterPanel';
import { PaymentPlanPanel } from '../plan/PaymentPlanPanel';
import { DebtorBalance } from './DebtorBalance';
import { DebtorDetail } from './DebtorDetail';
import type { Desk } from './desk';
import { STANDING_LABEL } from './labels';
import type { DebtorPanel } from './route';

const PANELS: { panel: DebtorPanel; label: string }[] = [
  { panel: 'call', label: 'Call' },
  { panel: 'draft', label: 'Email' },
  { panel: 'letter', label: 'Letter' },
  { panel: 'plan', label: 'Payment plan' },
  { panel: 'escalate', label: 'Escalate' },
];

/** One debtor: its detail, or one of the actions on it (call, draft, letter, plan, escalation). */
export function DebtorScreen({
  desk,
  id,
  panel,
  template,
}: {
  desk: Desk;
  id: string;
  panel?: DebtorPanel;
  template?: string;
}) {
  const debtor = desk.ledger.debtors.find((d) => d.id === id);
  const heading = useRef<HTMLHeadingElement>(null);
  // Moving to another screen moves focus to its title, so keyboard and screen-reader users follow:
  // as soon as it is in the page (a layout effect, not one run some time after it is shown).
  // biome-ignore lint/correctness/useExhaustiveDependencies: focus moves when the screen (id, panel) changes
  useLayoutEffect(() => heading.current?.focus(), [id, panel]);
  if (!debtor) {
    return (
      <section>
        <p className="empty">This debtor is no longer in the ledger.</p>
        <button type="button" onClick={() => desk.navigate({ view: 'debtors' })}>
          Back to debtors
        </button>
      </section>
    );
  }
  const c = debtor.classification;
  return (
    <article className="debtor-screen" aria-labelledby="debtor-title">
      <button
        type="button"
        className="link back"
        onClick={() => desk.navigate(panel ? { view: 'debtor', id } : { view: 'today' })}
      >
        <span aria-hidden="true">← </span>
        {panel ? debtor.name : 'Back'}
      </button>
      <header className="debtor-screen-head">
        <h2 id="debtor-title" ref={heading} tabIndex={-1}>
          {debtor.name}
          {panel && <span className="visually-hidden">: {PANELS.find((p) => p.panel === panel)?.label}</span>}
        </h2>
        <p className="debtor-head">
          <span className={`pill pill-${c.standing}`}>
            {STANDING_LABEL[c.standing]}
            {c.override ? ' (your choice)' : ''}
          </span>
          <DebtorBalance debtor={debtor} locale={desk.locale} />
        </p>
      </header>
      <nav aria-label="Actions" className="debtor-actions">
        {PANELS.map((p) => (
          <button
            key={p.panel}
            type="button"
            aria-current={panel === p.panel ? 'page' : undefined}
            onClick={() => desk.navigate({ view: 'debtor', id, panel: p.panel })}
          >
            {p.label}
          </button>
        ))}
      </nav>
      {!panel && <DebtorDetail desk={desk} debtor={debtor} />}
      {panel === 'call' && <CallMode desk={desk} debtor={debtor} />}
      {panel === 'draft' && <DraftPanel key={template} desk={desk} debtor={debtor} template={template} />}
      {panel === 'letter' && <LetterPanel desk={desk} debtor={debtor} />}
      {panel === 'plan' && <PaymentPlanPanel desk={desk} debtor={debtor} />}
      {panel === 'escalate' && <EscalationPanel desk={desk} debtor={debtor} />}
    </article>
  );
}
