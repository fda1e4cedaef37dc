// Hosts where Owed reads invoices without asking: the invoicing apps it knows, and
// self-hosted apps on this machine. Everything else is an optional permission the user
// grants at run time ("Read invoices on this site"). Site profiles must stay inside this list
// (test/unit/extract/known-hosts.test.ts checks it).
export const KNOWN_APP_MATCHES = [
  'https://*.qbo.intuit.com/*',
  'https://go.xero.com/*',
  'https://my.freshbooks.com/*',
  'https://invoice.zoho.com/*',
  'https://invoice.zoho.eu/*',
  'https://books.zoho.com/*',
  'https://books.zoho.eu/*',
  'https://next.waveapps.com/*',
  'https://app.invoicing.co/*',
  'https://dashboard.stripe.com/*',
  'https://*.odoo.com/*',
] as const;

export const LOCAL_MATCHES = ['http://localhost/*', 'http://127.0.0.1/*'] as const;

export const READER_MATCHES: string[] = [...KNOWN_APP_MATCHES, ...LOCAL_MATCHES];
