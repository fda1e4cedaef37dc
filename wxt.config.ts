import { defineConfig } from 'wxt';
import { READER_MATCHES } from './lib/extract/page/known-hosts';
import { addinAddress } from './outlook-addin/addin-address.mjs';

// Least permissions: known invoicing apps and localhost are host permissions; any other site is
// an optional permission requested when the user asks Owed to read it.
export default defineConfig({
  // webextension-polyfill (through WXT's module): a listener that answers by returning a Promise
  // works the same on every supported browser version.
  modules: ['@wxt-dev/module-react', '@wxt-dev/webextension-polyfill'],
  outDir: '.output',
  // `npm run zip`: the Chrome Web Store and Firefox packages, and the sources addons.mozilla.org asks
  // for: what `npm ci && npx wxt build -b firefox` needs, with store/BUILD.md saying how.
  zip: {
    exclude: ['**/*.map'],
    excludeSources: ['test/**', 'docs/**', 'demo/**', 'outlook-addin/**', 'store/**', 'owed-demo.png'],
    // The extension's build reads where the Outlook taskpane is served (its bridge answers only there).
    includeSources: ['store/BUILD.md', 'outlook-addin/addin-address.mjs', 'outlook-addin/addin-address.d.mts'],
  },
  // The bridge answers the taskpane at the address the add-in was built for (OWED_ADDIN_ORIGIN/PATH).
  vite: () => ({ define: { __OWED_ADDIN_BASE__: JSON.stringify(addinAddress().base) } }),
  manifest: ({ browser }) => ({
    name: 'Owed',
    description: 'Get paid: reads overdue invoices from your invoicing app and tells you who to chase today, and how.',
    permissions: ['alarms', 'scripting', 'activeTab', 'storage', ...(browser === 'firefox' ? [] : ['sidePanel'])],
    host_permissions: READER_MATCHES,
    optional_host_permissions: ['https://*/*', 'http://*/*'],
    action: { default_title: 'Owed' },
    web_accessible_resources: [{ resources: ['sidepanel.html'], matches: READER_MATCHES }],
    content_security_policy: {
      extension_pages: "script-src 'self'; object-src 'self'; connect-src 'none'",
    },
    // The oldest versions Owed is tested on (Debian's Chromium and Firefox ESR, in the e2e suite).
    ...(browser === 'firefox' ? {} : { minimum_chrome_version: '156' }),
    ...(browser === 'firefox'
      ? {
          // Firefox MV2 names optional hosts as optional permissions.
          optional_permissions: ['https://*/*', 'http://*/*'],
          browser_specific_settings: {
            gecko: {
              id: 'owed@owed.example',
              strict_min_version: '153.0',
              // Owed collects nothing: the ledger stays in the browser.
              data_collection_permissions: { required: ['none'] },
            },
          },
        }
      : {}),
  }),
});
