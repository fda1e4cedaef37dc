import { useState } from 'react';
import type { DebtorView } from '../../lib/model';
import { formatDate, formatTimestamp } from '../../lib/format';
import { sayFor } from '../say';
import { DebtorBalance } from './DebtorBalance';
import type { Desk } from './desk';
import { ACTION_GROUP, ACTION_LABEL, type TodayGroup } from './labels';
import type { DebtorPanel } from './route';
import { todayIn } from '../../lib/time/calendar';
import { MarkSent, unconfirmedDraft } from './MarkSent';
import { StaleReadWarning } from './StaleReadWarning';
import { ActionMessage, type RunAction, useAction } from './use-action';

const GROUPS: { group: TodayGroup; title: string; empty: string }[] = [
  { group: 'calls', title: 'Calls', empty: 'No calls due today.' },
  { group: 'emails', title: 'Emails', empty: 'No emails due today.' },
  { group: 'letters', title: 'Letters', empty: 'No letters due today.' },
  { group: 'decisions', title: 'Disputes and decisions', empty: '' },
];

/** The one-click start of a debtor's next action. */
const START: Record<TodayGroup, { panel?: DebtorPanel; verb: string }> = {
  calls: { panel: 'call', verb: 'Start call' },
  emails: { panel: 'draft', verb: 'Draft email' },
  letters: { panel: 'letter', verb: 'Prepare letter' },
  decisions: { panel: 'escalate', verb: 'Decide' },
};

/** Who to act on today (or earlier and not done), calls first; calls match the toolbar badge. */
export function groupToday(debtors: DebtorView[], today: string): Record<TodayGroup, DebtorView[]> {
  const groups: Record<TodayGroup, DebtorView[]> = { calls: [], emails: [], letters: [], decisions: [] };
  for (const d of debtors) {
    // With an agency, in court or written off: its follow-up is on its own page, not today's chase.
    if (!d.next || d.next.date > today || d.recovery) continue;
    // The badge's own flag decides what is a call, so the two numbers cannot drift apart.
    const group = d.dueForCallToday
      ? 'calls'
      : ACTION_GROUP[d.next.action] === 'calls'
        ? 'decisions'
        : ACTION_GROUP[d.next.action];
    groups[group].push(d);
  }
  for (const list of Object.values(groups)) {
    list.sort((a, b) => a.next!.date.localeCompare(b.next!.date) || b.balance - a.balance);
  }
  return groups;
}

/** Rows shown per group before "Show more": a day's work fits, a backlog of thousands stays fast. */
export const TODAY_PAGE = 10;

export function TodayView({ desk }: { desk: Desk }) {
  const { ledger, locale, navigate } = desk;
  const [shown, setShown] = useState<Record<TodayGroup, number>>({
    calls: TODAY_PAGE,
    emails: TODAY_PAGE,
    letters: TODAY_PAGE,
    decisions: TODAY_PAGE,
  });
  const [run, marking] = useAction();
  const groups = groupToday(ledger.debtors, ledger.today);
  const total = GROUPS.reduce((n, g) => n + groups[g.group].length, 0);
  return (
    <section aria-labelledby="today-title" className="today">
      <h2 id="today-title" tabIndex={-1}>
        Today, {formatDate(ledger.today, locale, 'long')}
      </h2>
      <StaleReadWarning desk={desk} />
      {total === 0 && <p className="empty">Nothing to chase today.</p>}
      {GROUPS.map(({ group, title, empty }) => {
        const list = groups[group];
        if (list.length === 0 && (total === 0 || !empty)) return null;
        return (
          <section key={group} aria-labelledby={`today-${group}`} className={`today-group today-${group}`}>
            <h3 id={`today-${group}`}>
              {title}{' '}
              <span className="count" data-testid={`today-${group}-count`}>
                {list.length}
              </span>
            </h3>
            {list.length === 0 ? (
              <p className="empty">{empty}</p>
            ) : (
              <ul aria-label={`${title} due today`} className="today-list">
                {list.slice(0, shown[group]).map((d) => (
                  <li key={d.id} className="today-item" data-debtor-id={d.id}>
                    <div className="debtor-head">
                      <button
                        type="button"
                        className="link debtor-name"
                        onClick={() => navigate({ view: 'debtor', id: d.id })}
                      >
                        {d.name}
                      </button>
                      <DebtorBalance debtor={d} locale={locale} />
                    </div>
                    <p className="today-why">
                      <strong>{ACTION_LABEL[d.next!.action]}</strong>
                      {d.next!.date < ledger.today && <> · since {formatDate(d.next!.date, locale)}</>}:{' '}
                      {sayFor(locale, ledger.today)(d.next!.why)}
                    </p>
                    <DraftToConfirm desk={desk} debtor={d} group={group} run={run} busy={marking.busy} />
                    <button
                      type="button"
                      className="primary"
                      aria-label={`${START[group].verb}: ${d.name}`}
                      onClick={() =>
                        navigate({
                          view: 'debtor',
                          id: d.id,
                          ...(START[group].panel ? { panel: START[group].panel } : {}),
                        })
                      }
                    >
                      {START[group].verb}
                    </button>
                  </li>
                ))}
              </ul>
            )}
            {list.length > shown[group] && (
              <button type="button" onClick={() => setShown({ ...shown, [group]: shown[group] + 100 })}>
                Show {Math.min(100, list.length - shown[group])} more of {list.length - shown[group]}
              </button>
            )}
          </section>
        );
      })}
      <ActionMessage state={marking} />
    </section>
  );
}

/**
 * A reminder or letter drafted and not yet confirmed sent: confirm it here, and the cadence moves
 * on (until then the step is still due, since a draft does not count).
 */
function DraftToConfirm(props: { desk: Desk; debtor: DebtorView; group: TodayGroup; run: RunAction; busy: boolean }) {
  const { desk, debtor, group } = props;
  if (group !== 'emails' && group !== 'letters') return null;
  const draft = unconfirmedDraft(debtor.events);
  // Only a draft made for this step (on or after its date): an older one was for an earlier step.
  const zone = desk.ledger.settings.timeZone || undefined;
  if (!draft || !debtor.next || todayIn(draft.at, zone) < debtor.next.date) return null;
  return (
    <p className="today-draft" data-testid="today-draft">
      Drafted {formatTimestamp(draft.at, desk.locale)}, not yet confirmed sent.{' '}
      <MarkSent desk={desk} event={draft} run={props.run} busy={props.busy} />
    </p>
  );
}
