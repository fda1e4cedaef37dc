// The two manifests from one template (manifest.template.xml): production, for the address the
// build was made for, and localhost, for `npm run addin`. Distinct Ids, so Outlook keeps both
// installed side by side, and "(localhost)" in the development one's name, so the user tells them apart.
import { readFileSync } from 'node:fs';
import { addinAddress, DEV_ORIGIN } from './addin-address.mjs';

const TEMPLATE = new URL('./manifest.template.xml', import.meta.url);
export const PRODUCTION_ID = '83c09e6c-8bb4-4198-9c7e-07b7f5958185';
export const LOCALHOST_ID = 'd5f0a9a2-4c61-4d8e-9b7f-2e3a6c1b8f40';

const escapeXml = (s) => s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

/**
 * @param {{ base: string, localhost?: boolean }} options base: the taskpane's folder URL, ending in '/'
 * @returns {string}
 */
export function renderManifest({ base, localhost = false }) {
  if (!base.endsWith('/')) throw new Error(`The add-in base URL must end with '/': ${base}`);
  const values = {
    BASE: base,
    ORIGIN: new URL(base).origin,
    ID: localhost ? LOCALHOST_ID : PRODUCTION_ID,
    NAME: localhost ? 'Owed (localhost)' : 'Owed',
  };
  return readFileSync(TEMPLATE, 'utf8').replace(/\{\{(BASE|ORIGIN|ID|NAME)\}\}/g, (_, key) => escapeXml(values[key]));
}

/**
 * The manifest a build ships: production when OWED_ADDIN_ORIGIN was given, else the localhost one.
 * @param {Record<string, string | undefined>} [env]
 * @returns {{ fileName: string, xml: string }}
 */
export function manifestForBuild(env = process.env) {
  const address = addinAddress(env);
  return address.production
    ? { fileName: 'manifest.xml', xml: renderManifest({ base: address.base }) }
    : { fileName: 'manifest.localhost.xml', xml: renderManifest({ base: `${DEV_ORIGIN}/`, localhost: true }) };
}
