import { useState } from 'react';
import type { TeachPicked } from '../../lib/messages/teach';
import { ColumnConfirm } from './ColumnConfirm';
import type { TeachAccess } from './teach-access';

type Step =
  | { at: 'idle' }
  | { at: 'picking' }
  | { at: 'confirm'; picked: TeachPicked }
  | { at: 'saving'; picked: TeachPicked }
  | { at: 'saved'; name: string };

/**
 * "Teach Owed this page": for a page Owed could not read (or read unsure). The user clicks the
 * invoice list on the page, confirms its columns here, and Owed saves a profile for the site and
 * reads the page again with it.
 */
export function TeachPage({ teach }: { teach: TeachAccess }) {
  const [step, setStep] = useState<Step>({ at: 'idle' });
  const [error, setError] = useState<string | null>(null);

  const start = async () => {
    setError(null);
    setStep({ at: 'picking' });
    try {
      const picked = await teach.start();
      setStep(picked ? { at: 'confirm', picked } : { at: 'idle' });
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
      setStep({ at: 'idle' });
    }
  };
  const save = async (picked: TeachPicked, columns: Partial<Record<string, number>>, name: string) => {
    setError(null);
    setStep({ at: 'saving', picked });
    try {
      const profile = await teach.save(columns, name || undefined);
      setStep({ at: 'saved', name: profile.name });
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
      setStep({ at: 'confirm', picked });
    }
  };

  return (
    <section className="teach-page" aria-label="Teach Owed this page">
      {step.at === 'idle' && (
        <button type="button" onClick={() => void start()}>
          Teach Owed this page
        </button>
      )}
      {step.at === 'picking' && (
        <p role="status">
          Click the invoice list on the page (or use ↑/↓ and Enter there).{' '}
          <button type="button" onClick={() => void teach.cancel()}>
            Cancel
          </button>
        </p>
      )}
      {(step.at === 'confirm' || step.at === 'saving') && (
        <ColumnConfirm
          picked={step.picked}
          busy={step.at === 'saving'}
          onConfirm={(columns, name) => void save(step.picked, columns, name)}
          onCancel={() => setStep({ at: 'idle' })}
        />
      )}
      {step.at === 'saved' && <p role="status">Saved “{step.name}”. Owed reads this page with it now.</p>}
      {error && (
        <p role="alert" className="error">
          {error}
        </p>
      )}
    </section>
  );
}
