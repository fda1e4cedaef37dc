import { useCallback, useState } from 'react';

export interface ActionState {
  busy: boolean;
  error: string | null;
  /** A short confirmation of the last success ("Saved"), for a live region. */
  done: string | null;
}

/** Runs one write; true when it succeeded. */
export type RunAction = (work: () => Promise<unknown>, doneText?: string) => Promise<boolean>;

/**
 * Runs a write (a client call) with its pending and error state, so every form shows the
 * background's refusal in words instead of failing silently.
 */
export function useAction(): [RunAction, ActionState] {
  const [state, setState] = useState<ActionState>({ busy: false, error: null, done: null });
  const run = useCallback(async (work: () => Promise<unknown>, doneText = 'Saved') => {
    setState({ busy: true, error: null, done: null });
    try {
      await work();
      setState({ busy: false, error: null, done: doneText });
      return true;
    } catch (e) {
      setState({ busy: false, error: e instanceof Error ? e.message : String(e), done: null });
      return false;
    }
  }, []);
  return [run, state];
}

/** The error or confirmation of an action, announced to screen readers. */
export function ActionMessage({ state }: { state: ActionState }) {
  if (state.error)
    return (
      <p role="alert" className="error">
        {state.error}
      </p>
    );
  return (
    <p role="status" className="done">
      {state.done ?? ''}
    </p>
  );
}
