// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { startBridgeRelay } from '../../../entrypoints/bridge.content/relay';
import { BRIDGE_CHANNEL } from '../../../lib/bridge/protocol';

const ORIGIN = 'https://owed.example';
const BASE = `${ORIGIN}/addin/`;
let controller = new AbortController();
beforeEach(() => (controller = new AbortController()));
afterEach(() => controller.abort());

/** A window double whose postMessage delivers to its listeners with a chosen origin and source. */
function fakeWindow() {
  const target = new EventTarget();
  const posted: unknown[] = [];
  const win = {
    location: { origin: ORIGIN, href: `${BASE}taskpane.html` },
    addEventListener: target.addEventListener.bind(target),
    postMessage: (data: unknown, targetOrigin: string) => {
      expect(targetOrigin).toBe(ORIGIN);
      posted.push(data);
    },
  } as unknown as Window;
  const deliver = (data: unknown, origin = ORIGIN, source: unknown = win) =>
    target.dispatchEvent(Object.assign(new Event('message'), { data, origin, source }));
  return { win, posted, deliver };
}

const request = {
  channel: BRIDGE_CHANNEL,
  kind: 'request',
  id: 'n0nce-0123456789abcdef',
  request: { type: 'list-debtor-names' },
};

describe('startBridgeRelay', () => {
  it('says hello, forwards a well-formed request and posts the answer back with its nonce', async () => {
    const { win, posted, deliver } = fakeWindow();
    const forward = vi.fn(async () => ({ ok: true as const, value: { debtors: [] } }));
    startBridgeRelay({ win, base: BASE, forward, version: '1.0', signal: controller.signal });
    expect(posted).toEqual([{ channel: BRIDGE_CHANNEL, kind: 'hello', version: '1.0' }]);
    deliver(request);
    await vi.waitFor(() => expect(posted).toHaveLength(2));
    expect(forward).toHaveBeenCalledWith({ type: 'list-debtor-names' });
    expect(posted[1]).toEqual({
      channel: BRIDGE_CHANNEL,
      kind: 'response',
      id: request.id,
      response: { ok: true, value: { debtors: [] } },
    });
  });

  it('ignores other origins, other frames and other channels without answering', async () => {
    const { win, posted, deliver } = fakeWindow();
    const forward = vi.fn(async () => ({ ok: true as const, value: null }));
    startBridgeRelay({ win, base: BASE, forward, version: '1.0', signal: controller.signal });
    deliver(request, 'https://evil.example');
    deliver(request, ORIGIN, {});
    deliver({ ...request, channel: 'other' });
    await new Promise((r) => setTimeout(r, 10));
    expect(forward).not.toHaveBeenCalled();
    expect(posted).toHaveLength(1);
    deliver(request); // the same request from the pane itself is answered: the listener was live
    await vi.waitFor(() => expect(posted).toHaveLength(2));
  });

  it('refuses a malformed request without forwarding it', async () => {
    const { win, posted, deliver } = fakeWindow();
    const forward = vi.fn(async () => ({ ok: true as const, value: null }));
    startBridgeRelay({ win, base: BASE, forward, version: '1.0', signal: controller.signal });
    deliver({ ...request, request: { type: 'export-backup' } });
    expect(forward).not.toHaveBeenCalled();
    expect(posted[1]).toMatchObject({ kind: 'response', id: request.id, response: { ok: false } });
  });

  it.each([
    ['another origin', 'https://other.example', 'https://other.example/addin/taskpane.html'],
    ['another folder of the same host', ORIGIN, `${ORIGIN}/someone-else/taskpane.html`],
  ])('does nothing on a page of %s', (_name, origin, href) => {
    const { win, posted } = fakeWindow();
    Object.assign((win as unknown as { location: object }).location, { origin, href });
    startBridgeRelay({ win, base: BASE, forward: vi.fn(), version: '1.0', signal: controller.signal });
    expect(posted).toEqual([]);
  });
});
