// Least permissions and a strict CSP, checked on the manifest Owed declares (test/e2e/security.test.ts
// checks the built one). A new permission must be added here on purpose, with its reason in SECURITY.md.
import { describe, expect, it } from 'vitest';
import config from '../../../wxt.config';
import { KNOWN_APP_MATCHES, LOCAL_MATCHES } from '../../../lib/extract/page/known-hosts';

type Manifest = {
  permissions: string[];
  host_permissions: string[];
  optional_host_permissions?: string[];
  optional_permissions?: string[];
  content_security_policy: { extension_pages: string };
  web_accessible_resources: { resources: string[]; matches: string[] }[];
};
const manifestFor = (browser: string) =>
  (
    config.manifest as unknown as (env: {
      browser: string;
      manifestVersion: number;
      mode: string;
      command: string;
    }) => Manifest
  )({
    browser,
    manifestVersion: browser === 'firefox' ? 2 : 3,
    mode: 'production',
    command: 'build',
  });

describe('declared manifest', () => {
  it('asks for exactly the permissions Owed uses', () => {
    expect([...manifestFor('chrome').permissions].sort()).toEqual([
      'activeTab',
      'alarms',
      'scripting',
      'sidePanel',
      'storage',
    ]);
  });

  it("reads known invoicing apps and this machine; every other site only by the user's grant", () => {
    const m = manifestFor('chrome');
    expect(m.host_permissions).toEqual([...KNOWN_APP_MATCHES, ...LOCAL_MATCHES]);
    for (const host of m.host_permissions)
      expect(host).toMatch(/^https?:\/\/(\*\.)?[a-z0-9.-]+\.[a-z]{2,}\/\*$|^http:\/\/(localhost|127\.0\.0\.1)\/\*$/);
    expect(JSON.stringify(m)).not.toContain('<all_urls>');
    expect(m.optional_host_permissions).toEqual(['https://*/*', 'http://*/*']);
    for (const w of m.web_accessible_resources) expect(w.resources).toEqual(['sidepanel.html']);
  });

  it('keeps extension pages to their own scripts, no eval, no inline code, no network', () => {
    const csp = manifestFor('chrome').content_security_policy.extension_pages;
    expect(csp).toMatch(/(^|;)\s*script-src 'self'\s*(;|$)/);
    expect(csp).toMatch(/connect-src 'none'/);
    expect(csp).not.toMatch(/unsafe-eval|unsafe-inline|wasm-unsafe-eval|https?:|\*/);
  });
});
