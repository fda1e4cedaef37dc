import { useEffect, useMemo, useState } from 'react';
import type { OwedClient } from '../../lib/messages/client';
import type { LedgerSnapshot } from '../../lib/service/owed-service';
import { letterChoices, printableLetter } from '../../lib/templates';
import { letterAbout } from './letter-about';
import { PrintableLetterView } from './PrintableLetterView';
import './letters.css';

export interface LetterPageProps {
  client: OwedClient;
  debtorId: string;
  letterId: string;
  locale?: string;
  now?: () => number;
  print?: () => void;
}

/**
 * The printable page of one letter (extension page letter.html#<debtor>/<template>): a toolbar,
 * hidden in print, to print it (or save it as PDF from the print dialog) and to record how it was
 * sent; certified mail asks for the tracking number and logs it.
 */
export function LetterPage({
  client,
  debtorId,
  letterId,
  locale,
  now = Date.now,
  print = () => window.print(),
}: LetterPageProps) {
  const [ledger, setLedger] = useState<LedgerSnapshot | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [chosen, setChosen] = useState(letterId);
  const [certified, setCertified] = useState(letterId.endsWith('/certified-letter'));
  const [tracking, setTracking] = useState('');
  const [status, setStatus] = useState<{ busy: boolean; done?: string; error?: string }>({ busy: false });
  useEffect(() => {
    client.ledger().then(setLedger, (e: unknown) => setError(e instanceof Error ? e.message : String(e)));
  }, [client]);
  const debtor = ledger?.debtors.find((d) => d.id === debtorId);
  const letter = useMemo(() => {
    if (!ledger || !debtor) return null;
    try {
      return {
        ok: true as const,
        value: printableLetter(debtor, chosen, {
          settings: ledger.settings,
          today: ledger.today,
          ...(locale ? { locale } : {}),
          ...letterAbout(debtor, chosen),
        }),
      };
    } catch (e) {
      return { ok: false as const, error: e instanceof Error ? e.message : String(e) };
    }
  }, [ledger, debtor, chosen, locale]);
  useEffect(() => {
    if (letter?.ok) document.title = `${letter.value.title}: ${debtor?.name ?? ''}`;
  }, [letter, debtor]);

  if (error)
    return (
      <main className="letter-page">
        <p role="alert" className="error">
          {error}
        </p>
      </main>
    );
  if (!ledger)
    return (
      <main className="letter-page" aria-busy="true">
        Loading…
      </main>
    );
  if (!debtor)
    return (
      <main className="letter-page">
        <p role="alert" className="error">
          No debtor “{debtorId}” in Owed.
        </p>
      </main>
    );

  const record = async (e: React.FormEvent) => {
    e.preventDefault();
    if (!letter?.ok || (certified && !tracking.trim())) return;
    setStatus({ busy: true });
    try {
      await client.addEvent({
        debtorId: debtor.id,
        at: now(),
        template: letter.value.id,
        outcome: 'sent',
        text: letter.value.subject,
        invoiceNumbers: letterAbout(debtor, letter.value.id).invoiceNumbers ?? debtor.openInvoices.map((i) => i.number),
        ...(certified
          ? { kind: 'certified-letter' as const, trackingNumber: tracking.trim() }
          : { kind: 'letter' as const }),
      });
      setStatus({
        busy: false,
        done: certified ? `Logged: sent by certified mail, tracking ${tracking.trim()}` : 'Logged: letter sent',
      });
    } catch (err) {
      setStatus({ busy: false, error: err instanceof Error ? err.message : String(err) });
    }
  };

  return (
    <main className="letter-page">
      <div className="letter-toolbar" role="group" aria-label="Letter">
        <label>
          Letter
          <select value={chosen} onChange={(e) => setChosen(e.target.value)}>
            {letterChoices(debtor).map((c) => (
              <option key={c.id} value={c.id}>
                {c.title}
              </option>
            ))}
            {!letterChoices(debtor).some((c) => c.id === chosen) && <option value={chosen}>{chosen}</option>}
          </select>
        </label>
        <button type="button" className="primary" onClick={print} disabled={!letter?.ok}>
          Print or save as PDF
        </button>
        <form aria-label="Record how it was sent" onSubmit={(e) => void record(e)}>
          <label className="check">
            <input type="checkbox" checked={certified} onChange={(e) => setCertified(e.target.checked)} /> Sent by
            certified mail
          </label>
          {certified && (
            <label>
              Tracking number
              <input value={tracking} onChange={(e) => setTracking(e.target.value)} required maxLength={100} />
            </label>
          )}
          <button type="submit" disabled={status.busy || !letter?.ok}>
            Record as sent
          </button>
        </form>
        {status.error ? (
          <p role="alert" className="error">
            {status.error}
          </p>
        ) : (
          <p role="status">{status.done ?? ''}</p>
        )}
      </div>
      {letter?.ok ? (
        <PrintableLetterView letter={letter.value} />
      ) : (
        <p role="alert" className="error">
          {letter?.error}
        </p>
      )}
    </main>
  );
}
