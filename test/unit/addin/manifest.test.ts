import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { validateXML } from 'xmllint-wasm';
import { ADDIN_ORIGIN } from '../../../lib/bridge/addin-origin';
import { REQUIRED_MAILBOX } from '../../../outlook-addin/src/office/requirements';

const dir = join(import.meta.dirname, '../../../outlook-addin');
const manifest = readFileSync(join(dir, 'manifest.xml'), 'utf8');
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

describe('outlook-addin/manifest.xml', () => {
  it('is valid against the add-in manifest schema', async () => {
    const result = await validate(manifest);
    expect(result.errors.map((e) => e.rawMessage)).toEqual([]);
    expect(result.valid).toBe(true);
  });

  // Each mutation breaks a rule Outlook enforces; the schema must catch it, or the test above proves nothing.
  it.each([
    [
      'a resid with no resource',
      (m: string) => m.replace('<SourceLocation resid="Taskpane.Url"/>', '<SourceLocation resid="Nowhere.Url"/>'),
    ],
    [
      'an http URL',
      (m: string) => m.replace('https://localhost:3000/assets/icon-16.png', 'http://localhost:3000/assets/icon-16.png'),
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

  it('points every URL at the add-in origin the bridge answers', () => {
    const urls = [...manifest.matchAll(/https?:\/\/[^"<\s]+/g)]
      .map((m) => m[0])
      .filter((u) => !u.includes('schemas.microsoft.com') && !u.includes('www.w3.org'));
    expect(urls.length).toBeGreaterThan(5);
    for (const url of urls) expect(url.startsWith(ADDIN_ORIGIN)).toBe(true);
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
