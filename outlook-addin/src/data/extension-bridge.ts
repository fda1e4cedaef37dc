import {
  BRIDGE_CHANNEL,
  BridgeHelloMessage,
  BridgeResponseMessage,
  type AddinRequestInput,
  type BridgeRequestMessage,
} from '../../../lib/bridge/protocol';
import type { OwedData } from './owed-data';

/** The extension said no: a plain error, or the user's consent is asked for or was refused. */
export class OwedRefusal extends Error {
  constructor(
    message: string,
    readonly consent?: 'asked' | 'refused',
  ) {
    super(message);
  }
}

const nonce = () => `${crypto.randomUUID()}${crypto.randomUUID()}`.replace(/-/g, '');

/** Our own window's messages only: the bridge content script posts to this window, from this origin. */
function ownMessage(win: Window, event: MessageEvent): boolean {
  return event.source === win && event.origin === win.location.origin;
}

/**
 * Finds the Owed extension's bridge in this page: resolves with a client when it says hello,
 * or null after `timeoutMs` (extension not installed, or this origin is not the add-in's).
 */
export function connectToExtension(win: Window = window, timeoutMs = 1500): Promise<OwedData | null> {
  return new Promise((resolve) => {
    const onMessage = (event: MessageEvent) => {
      if (!ownMessage(win, event) || !BridgeHelloMessage.safeParse(event.data).success) return;
      finish(extensionClient(win));
    };
    const timer = setTimeout(() => finish(null), timeoutMs);
    function finish(result: OwedData | null) {
      clearTimeout(timer);
      win.removeEventListener('message', onMessage);
      resolve(result);
    }
    win.addEventListener('message', onMessage);
    // The content script says hello when it loads; ask again in case it loaded before us.
    win.postMessage({ channel: BRIDGE_CHANNEL, kind: 'ping' }, win.location.origin);
  });
}

function extensionClient(win: Window, timeoutMs = 15_000): OwedData {
  return {
    kind: 'extension',
    request(request) {
      const id = nonce();
      return new Promise((resolve, reject) => {
        const timer = setTimeout(
          () => done(new Error('The Owed extension did not answer in time. Is it still enabled?')),
          timeoutMs,
        );
        const onMessage = (event: MessageEvent) => {
          if (!ownMessage(win, event)) return;
          const parsed = BridgeResponseMessage.safeParse(event.data);
          if (!parsed.success || parsed.data.id !== id) return;
          const response = parsed.data.response;
          if (response.ok) done(null, response.value);
          else done(new OwedRefusal(response.error, response.consent));
        };
        function done(error: Error | null, value?: unknown) {
          clearTimeout(timer);
          win.removeEventListener('message', onMessage);
          if (error) reject(error);
          else resolve(value as never);
        }
        win.addEventListener('message', onMessage);
        const message = { channel: BRIDGE_CHANNEL, kind: 'request', id, request } as BridgeRequestMessage;
        win.postMessage(message, win.location.origin);
      });
    },
  } satisfies OwedData as OwedData;
}

export type { AddinRequestInput };
