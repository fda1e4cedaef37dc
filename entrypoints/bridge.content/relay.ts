import { isAddinPage } from '../../lib/bridge/addin-origin';
import {
  BRIDGE_CHANNEL,
  BridgeRequestMessage,
  type AddinRequest,
  type AddinResponse,
  type BridgeHelloMessage,
  type BridgeResponseMessage,
} from '../../lib/bridge/protocol';

export interface RelayOptions {
  win: Window;
  /** The taskpane's folder URL: only pages under it are answered. */
  base: string;
  forward(request: AddinRequest): Promise<AddinResponse>;
  version: string;
  signal: AbortSignal;
}

/**
 * Relays the taskpane's postMessage requests to the background and posts the answers back.
 * Answers only messages the page's own window sent (not other frames), from the add-in origin,
 * on Owed's channel, shaped exactly as the protocol says; everything else is ignored unanswered,
 * so a foreign page learns nothing, not even that Owed is installed.
 */
export function startBridgeRelay({ win, base, forward, version, signal }: RelayOptions): void {
  if (!isAddinPage(win.location.href, base)) return;
  const origin = win.location.origin;
  const hello: BridgeHelloMessage = { channel: BRIDGE_CHANNEL, kind: 'hello', version };
  const post = (msg: BridgeHelloMessage | BridgeResponseMessage) => win.postMessage(msg, origin);

  win.addEventListener(
    'message',
    (event: MessageEvent) => {
      if (event.origin !== origin || event.source !== win) return;
      const data: unknown = event.data;
      if (typeof data !== 'object' || data === null || (data as { channel?: unknown }).channel !== BRIDGE_CHANNEL)
        return;
      const kind = (data as { kind?: unknown }).kind;
      if (kind === 'ping') return post(hello);
      if (kind !== 'request') return;
      const parsed = BridgeRequestMessage.safeParse(data);
      const id = (data as { id?: unknown }).id;
      if (!parsed.success) {
        if (typeof id === 'string' && id.length <= 100) {
          post({
            channel: BRIDGE_CHANNEL,
            kind: 'response',
            id,
            response: { ok: false, error: 'Owed refused a malformed request.' },
          });
        }
        return;
      }
      forward(parsed.data.request).then(
        (response) =>
          !signal.aborted && post({ channel: BRIDGE_CHANNEL, kind: 'response', id: parsed.data.id, response }),
        () =>
          !signal.aborted &&
          post({
            channel: BRIDGE_CHANNEL,
            kind: 'response',
            id: parsed.data.id,
            response: {
              ok: false,
              error: 'The Owed extension did not answer. Reload this pane, or the extension, and try again.',
            },
          }),
      );
    },
    { signal },
  );
  post(hello);
}
