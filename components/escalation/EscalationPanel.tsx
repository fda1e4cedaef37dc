import { useState } from 'react';
import type { DebtorView } from '../../lib/model';
import { formatMoney } from '../../lib/format';
import { sayFor } from '../say';
import { recoveryCheck, type Recovery as RecoveryOption } from '../../lib/insight';
import type { Desk } from '../sidebar/desk';
import type { DebtorPanel } from '../sidebar/route';
import { ActionMessage, useAction } from '../sidebar/use-action';

const DECISION_LABEL: Record<RecoveryOption, string> = {
  pursue: 'Keep pursuing yourself',
  agency: 'Collection agency',
  court: 'Court',
  'write-off': 'Write it off',
};

/** At a month late: the ways to escalate, what each costs against the amount, and the recommendation. */
export function EscalationPanel({ desk, debtor }: { desk: Desk; debtor: DebtorView }) {
  const { ledger, locale, navigate } = desk;
  const finalNoticeSent = debtor.events.some((e) => e.template?.endsWith('/final-notice'));
  const check = recoveryCheck(debtor.balance, ledger.settings.recovery, {
    currency: debtor.currency,
    daysLate: debtor.oldestDaysLate,
    finalNoticeSent,
    standing: debtor.classification.standing,
  });
  const money = (m: number) => formatMoney(m, debtor.currency, locale);
  const say = sayFor(locale, ledger.today);
  const leaders = debtor.contacts.filter((c) => c.role === 'senior-leadership' && c.email);
  const [run, state] = useAction();
  // The agency's next check-in or the court date, when known: the follow-up waits for it.
  const [nextOn, setNextOn] = useState('');
  const go = (panel: DebtorPanel) => navigate({ view: 'debtor', id: debtor.id, panel });
  const decide = (option: RecoveryOption) =>
    run(
      () =>
        desk.client.addEvent({
          debtorId: debtor.id,
          kind: 'note',
          at: desk.now(),
          outcome: option,
          text: `Decided: ${DECISION_LABEL[option].toLowerCase()} (${money(debtor.balance)} owed)`,
          ...(nextOn && (option === 'agency' || option === 'court') ? { nextOn } : {}),
        }),
      `Decision logged: ${DECISION_LABEL[option]}`,
    );

  return (
    <section aria-labelledby="escalate-title" className="escalation">
      <h3 id="escalate-title">Escalate</h3>
      <p>
        {debtor.oldestDaysLate >= 30
          ? `${debtor.oldestDaysLate} days late`
          : `Not a month late yet (${debtor.oldestDaysLate} days)`}
        , {money(debtor.balance)} owed.
      </p>
      <div className="recommendation" data-testid="recommendation">
        <p>
          Recommended: <strong>{DECISION_LABEL[check.recommendation]}</strong>
        </p>
        <ul aria-label="The numbers">
          {check.explanation.map((line, i) => (
            <li key={i}>{say(line)}</li>
          ))}
        </ul>
      </div>
      <label>
        Court date or the agency’s next check-in <span className="muted">(optional)</span>
        <input type="date" value={nextOn} min={ledger.today} onChange={(e) => setNextOn(e.target.value)} />
      </label>
      <ul className="options" aria-label="Escalation options">
        <li>
          <strong>Copy senior leadership</strong>:{' '}
          {leaders.length
            ? leaders.map((c) => c.name ?? c.email).join(', ')
            : 'no senior leadership contact yet (add one under Contacts)'}
          .{' '}
          <button type="button" className="small" onClick={() => go('draft')}>
            Draft email with cc
          </button>
        </li>
        <li>
          <strong>Certified letter</strong>: proof they received it.{' '}
          <button type="button" className="small" onClick={() => go('letter')}>
            Prepare letter
          </button>
        </li>
        <li>
          <strong>Payment plan</strong> with a promissory note.{' '}
          <button type="button" className="small" onClick={() => go('plan')}>
            Propose a plan
          </button>
        </li>
        <li data-option="agency">
          <strong>Collection agency</strong>: fee {ledger.settings.recovery.agencyFeePercent}% ={' '}
          {money(debtor.balance - check.net.agency)}, you keep {money(check.net.agency)}.{' '}
          <button
            type="button"
            className="small"
            disabled={state.busy}
            aria-label="Choose the collection agency"
            onClick={() => void decide('agency')}
          >
            Choose
          </button>
        </li>
        <li data-option="court">
          <strong>Court</strong>: about {money(debtor.balance - check.net.court)} in fees and your time, you keep{' '}
          {money(check.net.court)}.{' '}
          <button
            type="button"
            className="small"
            disabled={state.busy}
            aria-label="Choose court"
            onClick={() => void decide('court')}
          >
            Choose
          </button>
        </li>
        <li data-option="write-off">
          <strong>Write off</strong> {money(debtor.balance)}.{' '}
          <button
            type="button"
            className="small"
            disabled={state.busy}
            aria-label="Choose to write it off"
            onClick={() => void decide('write-off')}
          >
            Choose
          </button>
        </li>
      </ul>
      <ActionMessage state={state} />
    </section>
  );
}
