import { browser } from 'wxt/browser';
import { type ConsentDecision, withDecision } from '../../lib/bridge/consent';
import { CONSENT_KEY, readConsentRecord } from '../../lib/bridge/consent-store';

// Opened by the background the first time a taskpane origin asks (?origin=…), or by the user to
// change a remembered answer. Plain DOM: two buttons and a list.
const $ = (id: string) => document.getElementById(id)!;
const asked = new URLSearchParams(location.search).get('origin');

async function load() {
  return readConsentRecord((await browser.storage.local.get(CONSENT_KEY))[CONSENT_KEY]);
}

async function decide(origin: string, decision: ConsentDecision) {
  await browser.storage.local.set({ [CONSENT_KEY]: withDecision(await load(), origin, decision) });
  $('done').textContent =
    decision === 'allowed'
      ? `Allowed. Go back to Outlook and select Try again in the Owed pane.`
      : `Refused. The pane at ${origin} gets nothing from Owed.`;
  ($('ask') as HTMLElement).hidden = true;
  await render();
}

async function render() {
  const record = await load();
  const list = $('list');
  list.replaceChildren();
  const origins = Object.keys(record).sort();
  if (origins.length === 0) list.append(Object.assign(document.createElement('li'), { textContent: 'None yet.' }));
  for (const origin of origins) {
    const item = document.createElement('li');
    const flip: ConsentDecision = record[origin] === 'allowed' ? 'refused' : 'allowed';
    const button = Object.assign(document.createElement('button'), {
      type: 'button',
      textContent: flip === 'allowed' ? 'Allow' : 'Refuse',
    });
    button.addEventListener('click', () => void decide(origin, flip));
    item.append(`${origin}: ${record[origin]} `, button);
    list.append(item);
  }
}

if (asked) {
  try {
    const origin = new URL(asked).origin;
    $('origin').textContent = origin;
    ($('ask') as HTMLElement).hidden = false;
    $('allow').addEventListener('click', () => void decide(origin, 'allowed'));
    $('refuse').addEventListener('click', () => void decide(origin, 'refused'));
  } catch {
    $('done').textContent = 'That is not an address Owed can remember.';
  }
}
void render();
