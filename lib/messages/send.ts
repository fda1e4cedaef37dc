// Zod-free: content scripts use this to talk to the background, with the map's types only.
import type { Message, MessageType, PayloadInput, Reply } from './map';

/** Every answer, whoever answers: a value, or an error a user can read. */
export type OwedResponse<T = unknown> = { ok: true; value: T } | { ok: false; error: string };

/** Delivers a message and resolves with the raw answer: `runtime.sendMessage`, or a router in tests. */
export type Transport = (message: Message) => Promise<unknown>;

/** Thrown when the background refused or failed a request; its message is for the user. */
export class OwedError extends Error {}

/** The value of an answer, or its error thrown as an OwedError. */
export function unwrapResponse<T>(raw: unknown): T {
  const res = raw as OwedResponse<T> | undefined;
  if (!res || typeof res !== 'object' || !('ok' in res))
    throw new OwedError('Owed did not answer. Reload the page and try again.');
  if (!res.ok) throw new OwedError(res.error);
  return res.value;
}

/** No payload argument when every field is optional. */
type Args<K extends MessageType> =
  Record<never, never> extends PayloadInput<K> ? [payload?: PayloadInput<K>] : [payload: PayloadInput<K>];

/** A typed sender: `send('get-ledger')` resolves with the reply the map declares, or throws an OwedError. */
export function createSend(transport: Transport) {
  return <K extends MessageType>(type: K, ...[payload]: Args<K>): Promise<Reply<K>> =>
    transport({ type, ...payload } as Message).then((raw) => unwrapResponse<Reply<K>>(raw));
}
export type Send = ReturnType<typeof createSend>;

/** The same, resolving with the answer as it came (for a relay that passes answers on). */
export function createAsk(transport: Transport) {
  return async <K extends MessageType>(type: K, ...[payload]: Args<K>): Promise<OwedResponse<Reply<K>>> => {
    const raw = await transport({ type, ...payload } as Message);
    try {
      return { ok: true, value: unwrapResponse<Reply<K>>(raw) };
    } catch (e) {
      return { ok: false, error: (e as Error).message };
    }
  };
}
