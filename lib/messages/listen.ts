// Zod-free: every runtime.onMessage listener of Owed is made here, so every answer is an
// OwedResponse sent the same way (sendResponse, then `return true` to answer asynchronously).
import type { OwedResponse } from './send';
import type { TabMessageType, TabProtocol } from './tab';

export type SendResponse = (response: OwedResponse) => void;
/** A runtime.onMessage listener: true when it will answer this message, undefined to leave it to others. */
export type Listener<S = unknown> = (message: unknown, sender: S, sendResponse: SendResponse) => true | undefined;

export const typeOf = (message: unknown): string | undefined => {
  const type = (message as { type?: unknown } | null)?.type;
  return typeof type === 'string' ? type : undefined;
};

const errorText = (e: unknown) => (e instanceof Error ? e.message : String(e));

/** Answers the messages `answer` takes (it returns undefined for the others, left unanswered). */
export function answering<S>(answer: (message: unknown, sender: S) => Promise<OwedResponse> | undefined): Listener<S> {
  return (message, sender, sendResponse) => {
    const answered = answer(message, sender);
    if (!answered) return undefined;
    answered.then(sendResponse, (e: unknown) => sendResponse({ ok: false, error: errorText(e) }));
    return true;
  };
}

type TabHandlers = { [K in TabMessageType]?: () => TabProtocol[K] | Promise<TabProtocol[K]> };

/** A content script's listener for what the background sends its tab (lib/messages/tab.ts). */
export function tabListener(handlers: TabHandlers): Listener {
  return answering((message) => {
    const type = typeOf(message);
    const handle =
      type && Object.hasOwn(handlers, type) ? (handlers[type as TabMessageType] as () => unknown) : undefined;
    if (!handle) return undefined;
    return Promise.resolve()
      .then(handle)
      .then(
        (value): OwedResponse => ({ ok: true, value }),
        (e: unknown): OwedResponse => ({ ok: false, error: errorText(e) }),
      );
  });
}

/** A view's listener for a broadcast that needs no answer (lib/messages/signals.ts). */
export function signalListener<M extends object = object>(type: string, on: (message: M) => void): Listener {
  return (message) => {
    if (typeOf(message) === type) on(message as M);
    return undefined;
  };
}
