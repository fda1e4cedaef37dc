// The manifest as Microsoft's own tools read it, offline: office-addin-manifest-converter parses
// the XML with Office's manifest parser (OSF) and writes the unified manifest, which is then
// checked against the JSON schema Microsoft publishes (@microsoft/app-manifest). This is a second,
// independent check beside the XSD one in manifest.test.ts, which is stricter on order and resids.
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Ajv from 'ajv-draft-04';
import addFormats from 'ajv-formats';
import { convert } from 'office-addin-manifest-converter';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { DEV_ADDIN_BASE } from '../../../lib/bridge/addin-origin';
import { renderManifest } from '../../../outlook-addin/manifest.mjs';
import { REQUIRED_MAILBOX } from '../../../outlook-addin/src/office/requirements';

const require = createRequire(import.meta.url);
const BASE = 'https://owed.example.com/addin/';
const production = renderManifest({ base: BASE });
const localhost = renderManifest({ base: DEV_ADDIN_BASE, localhost: true });
const schemaPath = require.resolve('@microsoft/app-manifest/build/json-schemas/teams/v1.17/MicrosoftTeams.schema.json');
const work: string[] = [];
afterAll(() => Promise.all(work.map((d) => rm(d, { recursive: true, force: true }))));

/** Converts an XML manifest the way `office-addin-manifest-converter convert` does (no image download). */
async function convertXml(xml: string): Promise<Record<string, unknown>> {
  const dir = await mkdtemp(join(tmpdir(), 'owed-manifest-'));
  work.push(dir);
  await writeFile(join(dir, 'manifest.xml'), xml);
  const log = vi.spyOn(console, 'log').mockImplementation(() => {}); // the converter narrates every step
  try {
    await convert(join(dir, 'manifest.xml'), join(dir, 'out'), false);
  } finally {
    log.mockRestore();
  }
  return JSON.parse(await readFile(join(dir, 'out', 'manifest.json'), 'utf8'));
}

async function schemaErrors(json: unknown): Promise<string[]> {
  const ajv = new Ajv({ allErrors: true, strict: false });
  addFormats(ajv);
  const validate = ajv.compile(JSON.parse(await readFile(schemaPath, 'utf8')));
  return validate(json) ? [] : (validate.errors ?? []).map((e) => `${e.instancePath} ${e.message}`);
}

describe("the manifests read by Microsoft's converter", () => {
  it.each([
    ['production', production],
    ['localhost', localhost],
  ])(
    "the %s manifest converts with Office's manifest parser, valid against Microsoft's published schema",
    async (_n, xml) => {
      const json = await convertXml(xml);
      expect(json.manifestVersion).toBe('1.17');
      expect(await schemaErrors(json)).toEqual([]);
    },
  );

  it('keeps what Owed needs: a taskpane on the add-in origin, read and compose ribbons, the Mailbox set the pane checks', async () => {
    const json = (await convertXml(production)) as {
      extensions: {
        requirements: { capabilities: { name: string; minVersion: string }[] };
        runtimes: { code: { page: string } }[];
        ribbons: { contexts: string[] }[];
      }[];
    };
    const [ext] = json.extensions;
    expect(ext?.requirements.capabilities).toContainEqual({ name: 'Mailbox', minVersion: REQUIRED_MAILBOX });
    expect(ext?.runtimes.map((r) => r.code.page)).toContain(`${BASE}taskpane.html`);
    const contexts = ext?.ribbons.flatMap((r) => r.contexts) ?? [];
    expect(contexts).toEqual(expect.arrayContaining(['mailRead', 'mailCompose']));
  });

  // The check must be able to fail: the parser refuses a broken manifest, the schema a broken result.
  it('refuses a manifest whose id is not a GUID', async () => {
    const xml = production.replace(/<Id>[^<]+<\/Id>/, '<Id>owed</Id>');
    await expect(convertXml(xml)).rejects.toThrow();
  });

  it('the schema refuses a converted manifest with a non-HTTPS taskpane', async () => {
    const json = await convertXml(production.replaceAll(`${BASE}taskpane.html`, 'ftp://localhost/taskpane.html'));
    expect(await schemaErrors(json)).toEqual(
      expect.arrayContaining([expect.stringMatching(/^\/extensions\/0\/runtimes\/\d+\/code\/page /)]),
    );
  });
});
