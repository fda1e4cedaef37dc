import type { Role } from './define';
import { typeOf } from './listen';
import { type MessageType, type Payload, protocol, type Reply } from './map';
import type { MessageSender } from './policy';
import type { OwedResponse } from './send';

export interface Sender extends MessageSender {
  /** The tab the sender is in; its url only where Owed may see it (host permission). */
  tab?: { id?: number; url?: string };
}

type Handler<K extends MessageType> = (payload: Payload<K>, sender: Sender) => Reply<K> | Promise<Reply<K>>;
/** A handler for each message of `K`: the background's router needs every one (a missing one is a type error). */
export type Handlers<K extends MessageType = MessageType> = { [T in K]: Handler<T> };

/**
 * Answers the messages `handlers` has a handler for, undefined for any other: checks the sender
 * against the map's `from`, parses the payload with the map's schema, calls the handler and wraps
 * what it answers (or throws) as an OwedResponse, worded by the message's family. `roles` are
 * what the policy made of the sender (policy.ts); none means a caller in the background's own
 * thread (or a test), which the policy does not apply to.
 */
export function createRouter<K extends MessageType>(handlers: Handlers<K>) {
  return (
    message: unknown,
    sender: Sender = {},
    roles?: ReadonlySet<Role>,
  ): Promise<OwedResponse<Reply<K>>> | undefined => {
    const type = typeOf(message);
    if (type === undefined || !Object.hasOwn(handlers, type)) return undefined;
    const spec = protocol[type as K];
    const { wording } = spec;
    if (roles && !spec.from.some((r: Role) => roles.has(r)))
      return Promise.resolve({ ok: false, error: wording.refused });
    const parsed = spec.payload.safeParse(message);
    if (!parsed.success) return Promise.resolve({ ok: false, error: wording.malformed(parsed.error.issues[0]) });
    const handle = handlers[type as K] as (payload: unknown, sender: Sender) => unknown;
    return Promise.resolve()
      .then(() => handle(parsed.data, sender))
      .then(
        (value): OwedResponse<Reply<K>> => ({ ok: true, value: value as Reply<K> }),
        (e: unknown): OwedResponse<Reply<K>> => ({
          ok: false,
          error: wording.failed(e instanceof Error ? e.message : String(e)),
        }),
      );
  };
}
export type Router = ReturnType<typeof createRouter>;
