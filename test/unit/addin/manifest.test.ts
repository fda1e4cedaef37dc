import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { validateXML } from 'xmllint-wasm';
import { DEV_ADDIN_BASE } from '../../../lib/bridge/addin-origin';
import { addinAddress, DEV_ORIGIN, DEV_PORT } from '../../../outlook-addin/addin-address.mjs';
import { LOCALHOST_ID, manifestForBuild, PRODUCTION_ID, renderManifest } from '../../../outlook-addin/manifest.mjs';
import { REQUIRED_MAILBOX } from '../../../outlook-addin/src/office/requirements';

const dir = join(import.meta.dirname, '../../../outlook-addin');
const PRODUCTION_BASE = 'https://owed.example.com/addin/';
const manifest = renderManifest({ base: PRODUCTION_BASE });
const localhost = renderManifest({ base: DEV_ADDIN_BASE, localhost: true });
const schemaDir = join(dir, 'schema');
const schemas = readdirSync(schemaDir).filter((f) => f.endsWith('.xsd'));

/** libxml2 (WebAssembly) against the schema in outlook-addin/schema: offline, no service. */
async function validate(xml: string) {
  return validateXML({
    xml: [{ fileName: 'manifest.xml', contents: xml }],
    schema: [
      { fileName: 'officeapp-manifest.xsd', contents: readFileSync(join(schemaDir, 'officeapp-manifest.xsd'), 'utf8') },
    ],
    preload: schemas
      .filter((f) => f !== 'officeapp-manifest.xsd')
      .map((f) => ({ fileName: f, contents: readFileSync(join(schemaDir, f), 'utf8') })),
  });
}

describe('the manifests from outlook-addin/manifest.template.xml', () => {
  it.each([
    ['production', manifest],
    ['localhost', localhost],
  ])('the %s manifest is valid against the add-in manifest schema', async (_name, xml) => {
    const result = await validate(xml);
    expect(result.errors.map((e) => e.rawMessage)).toEqual([]);
    expect(result.valid).toBe(true);
  });

  it('production and localhost differ in Id and name, so both can be installed and told apart', () => {
    expect(manifest).toContain(`<Id>${PRODUCTION_ID}</Id>`);
    expect(localhost).toContain(`<Id>${LOCALHOST_ID}</Id>`);
    expect(PRODUCTION_ID).not.toBe(LOCALHOST_ID);
    expect(manifest).toContain('<DisplayName DefaultValue="Owed"/>');
    expect(localhost).toContain('<DisplayName DefaultValue="Owed (localhost)"/>');
  });

  it('the production manifest holds no localhost, and names the support page', () => {
    expect(manifest).not.toMatch(/localhost|127\.0\.0\.1|\{\{/);
    expect(manifest).toContain(`<SupportUrl DefaultValue="${PRODUCTION_BASE}support.html"/>`);
    expect(manifest).toContain('<AppDomain>https://owed.example.com</AppDomain>');
  });

  it('shows the button in shared folders and shared mailboxes', () => {
    expect(manifest).toMatch(
      /<DesktopFormFactor>\s*(<!--[\s\S]*?-->\s*)?<SupportsSharedFolders>true<\/SupportsSharedFolders>/,
    );
  });

  it('a build ships the manifest for its address: production when OWED_ADDIN_ORIGIN is set, else localhost', () => {
    const prod = manifestForBuild({ OWED_ADDIN_ORIGIN: 'https://owed.example.com', OWED_ADDIN_PATH: '/addin/' });
    expect(prod).toEqual({ fileName: 'manifest.xml', xml: manifest });
    expect(manifestForBuild({})).toEqual({ fileName: 'manifest.localhost.xml', xml: localhost });
  });

  // Each mutation breaks a rule Outlook enforces; the schema must catch it, or the test above proves nothing.
  it.each([
    [
      'a resid with no resource',
      (m: string) => m.replace('<SourceLocation resid="Taskpane.Url"/>', '<SourceLocation resid="Nowhere.Url"/>'),
    ],
    [
      'an http URL',
      (m: string) =>
        m.replace(`${PRODUCTION_BASE}assets/icon-16.png`, 'http://owed.example.com/addin/assets/icon-16.png'),
    ],
    ['a missing 80px icon', (m: string) => m.replace(/<bt:Image size="80" resid="Icon.80"\/>/g, '')],
    [
      'elements out of order',
      (m: string) =>
        m
          .replace('<Permissions>ReadWriteItem</Permissions>', '')
          .replace('</FormSettings>', '</FormSettings><Permissions>ReadWriteItem</Permissions>')
          .replace(
            '<Version>0.1.0.0</Version>\n  <ProviderName>Owed</ProviderName>',
            '<ProviderName>Owed</ProviderName>\n  <Version>0.1.0.0</Version>',
          ),
    ],
    ['an id that is not a GUID', (m: string) => m.replace(/<Id>[^<]+<\/Id>/, '<Id>owed</Id>')],
    [
      'a label over 125 characters',
      (m: string) => m.replace('DefaultValue="Owed reminder"', `DefaultValue="${'x'.repeat(126)}"`),
    ],
    ['a duplicated control id', (m: string) => m.replace('id="owedComposeButton"', 'id="owedReadButton"')],
    ['an unknown extension point', (m: string) => m.replace('MessageComposeCommandSurface', 'MessageEditSurface')],
  ])('rejects %s', async (_name, mutate) => {
    const mutated = mutate(manifest);
    expect(mutated).not.toBe(manifest);
    expect((await validate(mutated)).valid).toBe(false);
  });

  it.each([
    [manifest, PRODUCTION_BASE],
    [localhost, DEV_ADDIN_BASE],
  ])('points every URL into the folder the bridge answers (%#)', (xml, base) => {
    const urls = [...xml.replace(/<!--[\s\S]*?-->/g, '').matchAll(/https?:\/\/[^"<\s]+/g)]
      .map((m) => m[0])
      .filter((u) => !u.includes('schemas.microsoft.com') && !u.includes('www.w3.org'));
    expect(urls.length).toBeGreaterThan(5);
    for (const url of urls) expect(url === new URL(base).origin || url.startsWith(base)).toBe(true);
  });

  it('opens a taskpane from both the read and the compose surface and asks for the Mailbox set the pane checks', () => {
    expect(manifest).toMatch(/xsi:type="MessageReadCommandSurface"[\s\S]*xsi:type="ShowTaskpane"/);
    expect(manifest).toMatch(/xsi:type="MessageComposeCommandSurface"[\s\S]*xsi:type="ShowTaskpane"/);
    expect(manifest).toContain(`<Set Name="Mailbox" MinVersion="${REQUIRED_MAILBOX}"/>`);
    expect(manifest).toContain(`<bt:Sets DefaultMinVersion="${REQUIRED_MAILBOX}">`);
  });

  it('names icons that exist, at the size the name says', () => {
    for (const m of manifest.matchAll(/assets\/icon-(\d+)\.png/g)) {
      const png = readFileSync(join(dir, 'public/assets', `icon-${m[1]}.png`));
      expect(png.readUInt32BE(16)).toBe(Number(m[1]));
    }
  });
});

describe('outlook-addin/addin-address.mjs', () => {
  it('defaults to the development origin, not the port every add-in template uses', () => {
    expect(addinAddress({})).toEqual({ origin: DEV_ORIGIN, path: '/', base: `${DEV_ORIGIN}/`, production: false });
    expect(DEV_PORT).not.toBe(3000);
    expect(`${DEV_ORIGIN}/`).toBe(DEV_ADDIN_BASE); // lib/bridge/addin-origin.ts's fallback agrees
  });

  it('takes an https origin and a folder, and says what is wrong with anything else', () => {
    expect(addinAddress({ OWED_ADDIN_ORIGIN: 'https://me.github.io', OWED_ADDIN_PATH: '/owed/' })).toMatchObject({
      base: 'https://me.github.io/owed/',
      production: true,
    });
    expect(() => addinAddress({ OWED_ADDIN_ORIGIN: 'http://me.example' })).toThrow(/must be https/);
    expect(() => addinAddress({ OWED_ADDIN_ORIGIN: 'https://me.example/owed' })).toThrow(/origin only/);
    expect(() => addinAddress({ OWED_ADDIN_ORIGIN: 'owed' })).toThrow(/not a URL/);
    expect(() => addinAddress({ OWED_ADDIN_ORIGIN: 'https://me.example', OWED_ADDIN_PATH: 'owed' })).toThrow(
      /folder like/,
    );
  });
});
