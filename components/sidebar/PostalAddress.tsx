import { useState } from 'react';
import type { DebtorView } from '../../lib/model';
import type { Desk } from './desk';
import { recordOf } from './record';
import { ActionMessage, useAction } from './use-action';

/** Where letters go: read from a customer page when it shows one, and the owner's to correct. */
export function PostalAddress({ desk, debtor }: { desk: Desk; debtor: DebtorView }) {
  const [address, setAddress] = useState(debtor.record?.address ?? '');
  const [run, state] = useAction();
  const save = () => {
    const record = recordOf(debtor, desk.now());
    const { address: _old, ...rest } = record;
    const trimmed = address.trim();
    return run(
      () => desk.client.saveRecord({ ...rest, ...(trimmed ? { address: trimmed } : {}), updatedAt: desk.now() }),
      trimmed ? 'Address saved' : 'Address removed',
    );
  };
  return (
    <form
      aria-label="Postal address"
      onSubmit={(e) => {
        e.preventDefault();
        void save();
      }}
    >
      <label>
        Postal address (for letters)
        <textarea value={address} onChange={(e) => setAddress(e.target.value)} rows={3} maxLength={1000} />
      </label>
      <button type="submit" className="small" disabled={state.busy}>
        Save address
      </button>
      <ActionMessage state={state} />
    </form>
  );
}
