import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { OFFICE_JS_CDN } from '../../outlook-addin/pane-csp.mjs';

/*
 * The taskpane built for a real address, as the GitHub Pages workflow builds it
 * (.github/workflows/addin-pages.yml), read the way a reviewer or Microsoft's validation reads it:
 * no localhost anywhere, Office.js from the Office CDN in <head> before any other script, a CSP,
 * the support and privacy pages, and the production manifest pointing into the same folder.
 */
const workflow = readFileSync(resolve('.github/workflows/addin-pages.yml'), 'utf8');
const out = mkdtempSync(join(tmpdir(), 'owed-addin-pages-'));
// What actions/configure-pages gives a project site: origin https://OWNER.github.io, base_path /REPO.
const pages = { origin: 'https://owner.github.io', base_path: '/owed' };
const files = () => {
  const walk = (dir: string): string[] =>
    readdirSync(dir).flatMap((f) => (statSync(join(dir, f)).isDirectory() ? walk(join(dir, f)) : [join(dir, f)]));
  return walk(out).map((f) => relative(out, f));
};

beforeAll(async () => {
  // The workflow's build step, its env filled in as GitHub fills it.
  const env = {
    OWED_ADDIN_ORIGIN: workflow.match(/OWED_ADDIN_ORIGIN: \$\{\{ steps\.pages\.outputs\.(\w+) \}\}/)?.[1],
    OWED_ADDIN_PATH: workflow.match(/OWED_ADDIN_PATH: \$\{\{ steps\.pages\.outputs\.(\w+) \}\}(\S*)/),
  };
  expect(env.OWED_ADDIN_ORIGIN).toBe('origin');
  process.env.OWED_ADDIN_ORIGIN = pages.origin;
  process.env.OWED_ADDIN_PATH = `${pages[env.OWED_ADDIN_PATH![1] as 'base_path']}${env.OWED_ADDIN_PATH![2]}`;
  try {
    const { build } = await import('vite');
    await build({ configFile: resolve('outlook-addin/vite.config.ts'), logLevel: 'warn', build: { outDir: out } });
  } finally {
    delete process.env.OWED_ADDIN_ORIGIN;
    delete process.env.OWED_ADDIN_PATH;
  }
}, 120_000);
afterAll(() => rmSync(out, { recursive: true, force: true }));

describe('the taskpane built for GitHub Pages', () => {
  it('the workflow builds with the script package.json defines and uploads the folder the build writes', () => {
    const scripts = JSON.parse(readFileSync('package.json', 'utf8')).scripts;
    expect(workflow).toMatch(/run: npm run addin:build\n/);
    expect(scripts['addin:build']).toBe('vite build --config outlook-addin/vite.config.ts --logLevel warn');
    expect(workflow).toMatch(/path: \.output\/outlook-addin\n/);
    expect(readFileSync('outlook-addin/vite.config.ts', 'utf8')).toContain("join(here, '../.output/outlook-addin')");
    // Nothing deploys by itself: it runs only when started by hand.
    expect(workflow).toMatch(/on:\n {2}workflow_dispatch:\n(?! {2}\w)/);
  });

  it('is a static folder: the pane, support and privacy pages, icons, the production manifest', () => {
    const list = files();
    for (const f of ['taskpane.html', 'support.html', 'privacy.html', 'manifest.xml', 'assets/icon-80.png'])
      expect(list).toContain(f);
    expect(list).not.toContain('manifest.localhost.xml');
    expect(list.some((f) => f.startsWith('office-js/'))).toBe(false); // no local copy of Office.js
  });

  it('holds no localhost anywhere', () => {
    for (const f of files()) {
      if (f.endsWith('.png')) continue;
      expect(readFileSync(join(out, f), 'utf8'), f).not.toMatch(/localhost|127\.0\.0\.1/);
    }
  });

  it('loads Office.js from the Office CDN in <head>, before any other script, under a CSP', () => {
    const html = readFileSync(join(out, 'taskpane.html'), 'utf8');
    const head = html.slice(0, html.indexOf('</head>'));
    const scripts = [...html.matchAll(/<script[^>]*src="([^"]+)"/g)].map((m) => m[1]);
    expect(scripts[0]).toBe(OFFICE_JS_CDN);
    expect(head).toContain(`<script src="${OFFICE_JS_CDN}"></script>`);
    expect(head).toMatch(
      /<meta http-equiv="Content-Security-Policy" content="[^"]*script-src 'self' https:\/\/appsforoffice\.microsoft\.com;/,
    );
    expect(html).toMatch(/<div id="root"><p class="loading" role="status">Loading…<\/p><\/div>/);
  });

  it("points the manifest into the site's folder, with the production Id and name", () => {
    const xml = readFileSync(join(out, 'manifest.xml'), 'utf8');
    expect(xml).toContain('<bt:Url id="Taskpane.Url" DefaultValue="https://owner.github.io/owed/taskpane.html"/>');
    expect(xml).toContain('<SupportUrl DefaultValue="https://owner.github.io/owed/support.html"/>');
    expect(xml).toContain('<DisplayName DefaultValue="Owed"/>');
    // Every file the manifest names is in the folder.
    for (const m of xml.matchAll(/https:\/\/owner\.github\.io\/owed\/([^"]+)/g)) expect(files()).toContain(m[1]);
  });
});

describe('one address for the pane and the bridge', () => {
  it("the extension built with the same variables runs its bridge on the pane's folder only", async () => {
    const extOut = mkdtempSync(join(tmpdir(), 'owed-ext-pages-'));
    process.env.OWED_ADDIN_ORIGIN = pages.origin;
    process.env.OWED_ADDIN_PATH = `${pages.base_path}/`;
    try {
      const { build } = await import('wxt');
      await build({ outDir: extOut, logger: { ...console, info() {}, log() {}, success() {}, debug() {} } as never });
      const manifest = JSON.parse(readFileSync(join(extOut, 'chrome-mv3/manifest.json'), 'utf8'));
      const bridge = manifest.content_scripts.find((c: { js: string[] }) => c.js.some((f) => f.includes('bridge')));
      expect(bridge.matches).toEqual(['https://owner.github.io/owed/*']);
      const script = readFileSync(join(extOut, 'chrome-mv3', bridge.js[0]), 'utf8');
      expect(script).toContain('https://owner.github.io/owed/');
      expect(script).not.toContain('localhost:4179');
    } finally {
      delete process.env.OWED_ADDIN_ORIGIN;
      delete process.env.OWED_ADDIN_PATH;
      rmSync(extOut, { recursive: true, force: true });
    }
  }, 180_000);

  it('OWED_OFFICE_JS=local (development only) serves the complete Office.js copy beside the pane', async () => {
    const localOut = mkdtempSync(join(tmpdir(), 'owed-addin-local-'));
    process.env.OWED_OFFICE_JS = 'local';
    try {
      const { build } = await import('vite');
      await build({
        configFile: resolve('outlook-addin/vite.config.ts'),
        logLevel: 'warn',
        build: { outDir: localOut },
      });
      const html = readFileSync(join(localOut, 'taskpane.html'), 'utf8');
      expect(html).toContain('<script src="./office-js/office.js"></script>');
      expect(html).not.toContain('appsforoffice.microsoft.com');
      // Complete: every file of the package's dist, not a hand-picked few.
      const count = (dir: string): number =>
        readdirSync(dir).reduce((n, f) => n + (statSync(join(dir, f)).isDirectory() ? count(join(dir, f)) : 1), 0);
      expect(count(join(localOut, 'office-js'))).toBe(count(resolve('node_modules/@microsoft/office-js/dist')));
    } finally {
      delete process.env.OWED_OFFICE_JS;
      rmSync(localOut, { recursive: true, force: true });
    }
  }, 120_000);
});
