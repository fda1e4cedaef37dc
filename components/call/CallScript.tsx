import type { DebtorView } from '../../lib/model';
import type { Desk } from '../sidebar/desk';
import { callScriptFor } from './call-script-port';

/** The questions that find out why they do not pay, in order, as a checklist to read from. */
export function CallScript({ desk, debtor }: { desk: Desk; debtor: DebtorView }) {
  const questions = callScriptFor(debtor, desk.ledger.settings);
  return (
    <details className="call-script" open>
      <summary>Phone script</summary>
      <ol aria-label="Phone script">
        {questions.map((q) => (
          <li key={q.id}>
            <p className="question">{q.ask}</p>
            {q.hint && <p className="muted">{q.hint}</p>}
          </li>
        ))}
      </ol>
    </details>
  );
}
