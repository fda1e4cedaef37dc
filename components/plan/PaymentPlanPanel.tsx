import { useState } from 'react';
import type { DebtorView, Installment, PaymentPlan } from '../../lib/model';
import { addDays, formatDate, formatMoney } from '../../lib/format';
import type { Desk } from '../sidebar/desk';
import { amountText, readAmount } from '../sidebar/money-input';
import { ActionMessage, useAction } from '../sidebar/use-action';
import { letterUrl } from '../letters/OpenLetter';
import { PROMISSORY_NOTE } from '../../lib/templates';
import { installmentState, proposeInstallments } from '../../lib/schedule/installments';
import { invoicesNote, promissoryNoteText } from './promissory-note-port';

const STATE_LABEL = { paid: 'Paid', missed: 'Missed', 'due-today': 'Due today', upcoming: 'Upcoming' } as const;

/** Propose instalments with a promissory note, then track each one; a missed one stands out. */
export function PaymentPlanPanel({ desk, debtor }: { desk: Desk; debtor: DebtorView }) {
  const { ledger, locale } = desk;
  const [amount, setAmount] = useState(amountText(debtor.balance, debtor.currency, locale));
  const [count, setCount] = useState('3');
  const [first, setFirst] = useState(addDays(ledger.today, 7));
  const [proposal, setProposal] = useState<Installment[] | null>(null);
  const [invalid, setInvalid] = useState<string | null>(null);
  const [run, state] = useAction();
  const plans = [...debtor.plans].filter((p) => p.status !== 'cancelled').sort((a, b) => b.createdAt - a.createdAt);
  // The plan the printable note page backs (lib/templates printableLetter): the active one, else a proposed one.
  const noted = debtor.plans.find((p) => p.status === 'active') ?? debtor.plans.find((p) => p.status === 'proposed');

  const propose = () => {
    setInvalid(null);
    const a = readAmount(amount, debtor.currency, locale);
    if (!a.ok) return setInvalid(a.error);
    try {
      setProposal(proposeInstallments(a.minor, Number(count), first));
    } catch (e) {
      setInvalid((e as Error).message);
    }
  };
  const saveProposal = async (installments: Installment[]) => {
    const now = desk.now();
    const plan: PaymentPlan = {
      id: crypto.randomUUID(),
      debtorId: debtor.id,
      createdAt: now,
      currency: debtor.currency,
      installments,
      promissoryNote: { signed: false },
      status: 'proposed',
      ...(invoicesNote(debtor) ? { note: invoicesNote(debtor) } : {}),
    };
    const ok = await run(
      () =>
        desk.client.savePlan(plan, {
          debtorId: debtor.id,
          kind: 'plan',
          at: now,
          outcome: 'proposed',
          text: `Proposed ${installments.length} instalments of ${formatMoney(installments[installments.length - 1]!.amount, debtor.currency, locale)} from ${formatDate(installments[0]!.due, locale)}`,
        }),
      'Plan proposed',
    );
    if (ok) setProposal(null);
  };
  const update = (plan: PaymentPlan, change: Partial<PaymentPlan>, done: string) =>
    run(() => desk.client.savePlan({ ...plan, ...change }), done);
  const markPaid = (plan: PaymentPlan, index: number) =>
    run(() => {
      const installments = plan.installments.map((inst, i) => (i === index ? { ...inst, paidOn: ledger.today } : inst));
      const all = installments.every((i) => i.paidOn);
      return desk.client.savePlan(
        { ...plan, installments, status: all ? 'completed' : plan.status },
        {
          debtorId: debtor.id,
          kind: 'payment',
          at: desk.now(),
          outcome: 'paid',
          amount: plan.installments[index]!.amount,
          text: `Instalment ${index + 1} of ${plan.installments.length}`,
        },
      );
    }, 'Instalment marked paid');

  return (
    <section aria-labelledby="plan-title" className="plan-panel">
      <h3 id="plan-title">Payment plan</h3>
      {plans.map((plan) => (
        <section
          key={plan.id}
          className="card"
          aria-label={`Plan of ${formatDate(new Date(plan.createdAt).toISOString().slice(0, 10), locale)}`}
        >
          <p>
            <strong>
              {plan.status === 'proposed' ? 'Proposed' : plan.status === 'active' ? 'Active' : 'Completed'}
            </strong>
            {' · '}
            {plan.promissoryNote.signed
              ? `note signed${plan.promissoryNote.signedOn ? ` on ${formatDate(plan.promissoryNote.signedOn, locale)}` : ''}`
              : 'note not signed yet'}
          </p>
          <table className="installments" aria-label="Instalments">
            <thead>
              <tr>
                <th scope="col">Due</th>
                <th scope="col" className="num">
                  Amount
                </th>
                <th scope="col">State</th>
                <th scope="col">
                  <span className="visually-hidden">Action</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {plan.installments.map((inst, i) => {
                const s = installmentState(inst, ledger.today);
                return (
                  <tr key={i} className={`inst-${s}`}>
                    <td>{formatDate(inst.due, locale, 'short')}</td>
                    <td className="num">{formatMoney(inst.amount, plan.currency, locale)}</td>
                    <td>
                      {s === 'missed' && plan.status === 'active' ? (
                        <strong className="error">Missed</strong>
                      ) : (
                        STATE_LABEL[s]
                      )}
                      {inst.paidOn ? ` ${formatDate(inst.paidOn, locale, 'short')}` : ''}
                    </td>
                    <td>
                      {!inst.paidOn && plan.status === 'active' && (
                        <button
                          type="button"
                          className="small"
                          disabled={state.busy}
                          aria-label={`Mark instalment ${i + 1} paid`}
                          onClick={() => void markPaid(plan, i)}
                        >
                          Mark paid
                        </button>
                      )}
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
          <div className="buttons">
            {!plan.promissoryNote.signed && (
              <button
                type="button"
                disabled={state.busy}
                onClick={() =>
                  void update(
                    plan,
                    { promissoryNote: { signed: true, signedOn: ledger.today }, status: 'active' },
                    'Note signed: plan active',
                  )
                }
              >
                Note signed: start the plan
              </button>
            )}
            {plan.status !== 'completed' && (
              <button
                type="button"
                disabled={state.busy}
                onClick={() => void update(plan, { status: 'cancelled' }, 'Plan cancelled')}
              >
                Cancel plan
              </button>
            )}
            {plan === noted && (
              <button type="button" onClick={() => desk.io.openWindow(letterUrl(debtor.id, PROMISSORY_NOTE))}>
                Print the note on your letterhead
              </button>
            )}
          </div>
          <details>
            <summary>Promissory note</summary>
            <pre className="note-text">
              {promissoryNoteText({
                debtor,
                settings: ledger.settings,
                installments: plan.installments,
                currency: plan.currency,
                locale,
                plan,
              })}
            </pre>
          </details>
        </section>
      ))}

      <form
        aria-label="Propose a plan"
        className="card"
        onSubmit={(e) => {
          e.preventDefault();
          propose();
        }}
      >
        <h4>Propose a plan</h4>
        <label>
          Amount ({debtor.currency})
          <input inputMode="decimal" value={amount} onChange={(e) => setAmount(e.target.value)} />
        </label>
        <label>
          Instalments
          <input type="number" min={1} max={120} value={count} onChange={(e) => setCount(e.target.value)} />
        </label>
        <label>
          First payment
          <input type="date" value={first} onChange={(e) => setFirst(e.target.value)} required />
        </label>
        <button type="submit">Propose</button>
        {invalid && (
          <p role="alert" className="error">
            {invalid}
          </p>
        )}
      </form>
      {proposal && (
        <section className="card" aria-label="Proposal">
          <ol aria-label="Proposed instalments">
            {proposal.map((inst, i) => (
              <li key={i}>
                {formatMoney(inst.amount, debtor.currency, locale)} by {formatDate(inst.due, locale)}
              </li>
            ))}
          </ol>
          <pre className="note-text" data-testid="promissory-note">
            {promissoryNoteText({
              debtor,
              settings: ledger.settings,
              installments: proposal,
              currency: debtor.currency,
              locale,
            })}
          </pre>
          <div className="buttons">
            <button type="button" className="primary" disabled={state.busy} onClick={() => void saveProposal(proposal)}>
              Save the proposal
            </button>
          </div>
          <p className="muted">Saved, the note prints on your letterhead from its own page.</p>
        </section>
      )}
      <ActionMessage state={state} />
    </section>
  );
}
