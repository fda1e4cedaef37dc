import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { zipEntries } from '../../scripts/store/zip-entries.mjs';

// The packages `npm run zip` makes, read as a store reviewer reads them (npm test zips before the
// e2e suite): only the extension's own files, only the permissions its code uses, a clean
// `web-ext lint`, and a sources zip with the files and the instructions to rebuild.

const OUT = '.output';
const zipNamed = (suffix: string) => {
  const name = existsSync(OUT) ? readdirSync(OUT).find((f) => f.endsWith(suffix)) : undefined;
  if (!name) throw new Error(`No *${suffix} in ${OUT}: run npm run zip`);
  return join(OUT, name);
};
const packages = { chrome: zipNamed('-chrome.zip'), firefox: zipNamed('-firefox.zip') };
const text = (entries: { name: string; data: Buffer }[], name: string) =>
  entries.find((e) => e.name === name)!.data.toString('utf8');

/** Where the built code uses what each permission grants. */
const USES: Record<string, RegExp> = {
  alarms: /\.alarms\.(create|get|onAlarm)\b/,
  scripting: /\.scripting\.(registerContentScripts|executeScript|updateContentScripts)\b/,
  // activeTab grants the page under a click on the toolbar button: the code must listen for it.
  activeTab: /\.onClicked\.addListener\b/,
  sidePanel: /\.sidePanel\.(open|setOptions|setPanelBehavior)\b/,
  storage: /\.storage\.(local|sync|session|managed)\.\w+\(/,
};

describe.each(Object.entries(packages))('the %s package', (browser, file) => {
  const entries = zipEntries(file);
  const names = entries.map((e) => e.name);
  const manifest = JSON.parse(text(entries, 'manifest.json'));
  const code = entries
    .filter((e) => e.name.endsWith('.js'))
    .map((e) => e.data.toString('utf8'))
    .join('\n');

  it('holds the built extension only: no source maps, no tests, no sources', () => {
    expect(names).toContain('manifest.json');
    expect(names).toContain('background.js');
    expect(
      names.filter((n) => /\.map$|\.(test|spec)\.|(^|\/)(test|tests|__tests__|fixtures)\/|\.tsx?$/.test(n)),
    ).toEqual([]);
    expect(code).not.toMatch(/sourceMappingURL=/);
  });

  it('asks for no permission its code does not use', () => {
    // Manifest V2 lists hosts among the permissions; V3 apart. Each host is one the reader reads.
    const isHost = (p: string) => p.includes('://');
    const hosts = [...(manifest.host_permissions ?? []), ...manifest.permissions.filter(isHost)];
    const read = manifest.content_scripts.flatMap((cs: { matches: string[] }) => cs.matches);
    expect(hosts.length).toBeGreaterThan(0);
    for (const host of hosts) expect(read, `${host} is read by a content script`).toContain(host);
    for (const permission of manifest.permissions.filter((p: string) => !isHost(p))) {
      expect(Object.keys(USES), `${permission} has a known use`).toContain(permission);
      expect(code, `${browser} uses ${permission}`).toMatch(USES[permission]!);
    }
    // storage holds the add-in consent only (lib/bridge/consent-store.ts); the ledger is IndexedDB.
    expect(code, 'storage is used for the add-in consent').toMatch(/addinConsent/);
  });

  it('carries its icons, and the minimum browser version it is tested on', () => {
    for (const size of ['16', '32', '48', '96', '128']) {
      expect(manifest.icons[size]).toBe(`icon/${size}.png`);
      expect(names).toContain(`icon/${size}.png`);
    }
    if (browser === 'chrome') expect(manifest.minimum_chrome_version).toBe('156');
    else expect(manifest.browser_specific_settings.gecko.strict_min_version).toBe('153.0');
  });
});

describe('the Firefox package under web-ext lint', () => {
  it('has no error, and only the warnings about code Owed does not write (README: store packages)', () => {
    const out = execFileSync(
      'npx',
      ['web-ext', 'lint', '--source-dir', '.output/firefox-mv2', '--no-config-discovery', '--output', 'json'],
      { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] },
    );
    const report = JSON.parse(out.slice(out.indexOf('{')));
    expect(report.errors).toEqual([]);
    expect(report.notices).toEqual([]);
    // zod's check whether eval is allowed (`Function("")` in a try), and React DOM's innerHTML for
    // elements it creates: both in the bundled libraries, both named in the README.
    for (const w of report.warnings as { code: string; file: string }[]) {
      expect(['DANGEROUS_EVAL', 'UNSAFE_VAR_ASSIGNMENT'], `${w.code} in ${w.file}`).toContain(w.code);
      const source = firefoxSource(w.file);
      if (w.code === 'DANGEROUS_EVAL') expect(source).toMatch(/jitless[\s\S]{0,200}Function\(``\)/);
      else expect(source).toMatch(/\.innerHTML=`<script><\\\/script>`/);
    }
  });
});

const firefoxFiles = zipEntries(packages.firefox);
const firefoxSource = (name: string) => firefoxFiles.find((e) => e.name === name)!.data.toString('utf8');

describe('the sources zip for addons.mozilla.org', () => {
  const sources = zipEntries(zipNamed('-sources.zip')).map((e) => e.name);
  it('has what the build needs and the instructions, and nothing private or built', () => {
    for (const needed of ['package.json', 'package-lock.json', 'wxt.config.ts', 'store/BUILD.md', 'tsconfig.json'])
      expect(sources).toContain(needed);
    expect(sources.some((n) => n.startsWith('entrypoints/background/'))).toBe(true);
    expect(sources.filter((n) => /(^|\/)(node_modules|\.output|\.git|\.env)(\/|$)|\.zip$/.test(n))).toEqual([]);
  });
});
