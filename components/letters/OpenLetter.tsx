import type { DebtorView } from '../../lib/model';
import { letterChoices } from '../../lib/templates';
import type { Desk } from '../sidebar/desk';

/** The extension page a letter prints from (entrypoints/letter), for one debtor and letter. */
export const letterUrl = (debtorId: string, letterId: string) =>
  `/letter.html#${encodeURIComponent(debtorId)}/${encodeURIComponent(letterId)}`;

/** Reads letter.html's hash back: the debtor and the letter. */
export function letterFromHash(hash: string): { debtorId: string; letterId: string } | null {
  const m = /^#?([^/]+)\/(.+)$/.exec(hash);
  if (!m) return null;
  try {
    return { debtorId: decodeURIComponent(m[1]!), letterId: decodeURIComponent(m[2]!) };
  } catch {
    return null;
  }
}

/** Opens each letter of the debtor as a clean printable page on the sender's letterhead. */
export function OpenLetter({ desk, debtor }: { desk: Desk; debtor: DebtorView }) {
  if (debtor.openInvoices.length === 0) return null;
  return (
    <section aria-labelledby="letters-title" className="card">
      <h3 id="letters-title">Printable letters</h3>
      <div className="buttons" role="group" aria-label="Printable letters">
        {letterChoices(debtor).map((c) => (
          <button
            key={c.id}
            type="button"
            className="small"
            onClick={() => desk.io.openWindow(letterUrl(debtor.id, c.id))}
          >
            {c.title}
          </button>
        ))}
      </div>
    </section>
  );
}
