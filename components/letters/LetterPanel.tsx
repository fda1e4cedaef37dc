import { useMemo, useState } from 'react';
import type { DebtorView } from '../../lib/model';
import { letterChoices, printableLetter, recommendedTemplate } from '../../lib/templates';
import { letterAbout } from './letter-about';
import type { Desk } from '../sidebar/desk';
import { letterUrl } from './OpenLetter';
import { PrintableLetterView } from './PrintableLetterView';

/**
 * The sidebar's Letter panel: choose the letter, see it on the letterhead, and open its printable
 * page, the one place a letter is printed (or saved as PDF) and recorded as sent, certified mail
 * with its tracking number.
 */
export function LetterPanel({ desk, debtor }: { desk: Desk; debtor: DebtorView }) {
  const { settings, today } = desk.ledger;
  const choices = letterChoices(debtor);
  const recommended = recommendedTemplate(debtor);
  const [letterId, setLetterId] = useState(
    choices.some((c) => c.id === recommended) ? recommended : (choices[0]?.id ?? recommended),
  );
  const letter = useMemo(() => {
    try {
      return {
        ok: true as const,
        value: printableLetter(debtor, letterId, {
          settings,
          today,
          ...(desk.locale ? { locale: desk.locale } : {}),
          ...letterAbout(debtor, letterId),
        }),
      };
    } catch (e) {
      return { ok: false as const, error: e instanceof Error ? e.message : String(e) };
    }
  }, [debtor, letterId, settings, today, desk.locale]);
  return (
    <section aria-labelledby="letter-title" className="draft-panel">
      <h3 id="letter-title">Letter</h3>
      <label>
        Letter
        <select value={letterId} onChange={(e) => setLetterId(e.target.value)}>
          {choices.map((c) => (
            <option key={c.id} value={c.id}>
              {c.title}
              {c.id === recommended ? ' (recommended)' : ''}
            </option>
          ))}
        </select>
      </label>
      {letter.ok ? (
        <div className="letter-preview" data-testid="letter-preview">
          <PrintableLetterView letter={letter.value} />
        </div>
      ) : (
        <p role="alert" className="error">
          {letter.error}
        </p>
      )}
      <p className="muted">
        The printable page prints it (or saves it as PDF) on your letterhead; record there how it was sent, certified
        mail with its tracking number.
      </p>
      <div className="buttons">
        <button
          type="button"
          className="primary"
          disabled={!letter.ok}
          onClick={() => desk.io.openWindow(letterUrl(debtor.id, letterId))}
        >
          Open the printable letter
        </button>
      </div>
    </section>
  );
}
