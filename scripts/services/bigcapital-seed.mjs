// Seeds Bigcapital through its own HTTP API, the endpoints its webapp calls: sign up, sign in,
// build the organization (a queued job), then an item, the EUR currency, 8 customers (2 in EUR),
// 25 delivered sale invoices over the last 120 days (15 overdue, 4 of them partly paid; 7 not yet
// due, one due today and one due yesterday; 3 paid) and their payments. Dates are relative to
// today in UTC (the server's time zone). Idempotent: with the customers there, it adds nothing.
// Writes the credentials file the e2e test logs in with.
//   env: API_BASE, WEB_URL, CRED_FILE, BC_EMAIL, BC_PASSWORD
import { writeFileSync } from 'node:fs';

const API = process.env.API_BASE ?? 'http://127.0.0.1:13000/api';
const WEB_URL = process.env.WEB_URL ?? 'http://127.0.0.1:13080';
const EMAIL = process.env.BC_EMAIL ?? 'admin@example.com';
const PASSWORD = process.env.BC_PASSWORD ?? 'BigcapPass1!';
const CRED_FILE =
  process.env.CRED_FILE ??
  `${process.env.BIGCAPITAL_BASE ?? `${process.env.TMPDIR ?? '/tmp'}/bigcapital`}/run/credentials.env`;

const session = { token: '', organization: '' };

/** One API call; throws with the answer's text unless `allowFail`. */
async function api(method, path, body, allowFail = false) {
  const headers = { 'content-type': 'application/json', accept: 'application/json' };
  if (session.token) headers.authorization = `Bearer ${session.token}`;
  if (session.organization) headers['organization-id'] = session.organization;
  const res = await fetch(API + path, { method, headers, body: body ? JSON.stringify(body) : undefined });
  const text = await res.text();
  if (!res.ok && !allowFail) throw new Error(`${method} ${path}: ${res.status} ${text.slice(0, 800)}`);
  let json = {};
  try {
    json = text ? JSON.parse(text) : {};
  } catch {}
  return { ok: res.ok, json };
}
const rows = (json, key) => json[key] ?? json.data ?? (Array.isArray(json) ? json : []);
const idOf = (json) => json.id ?? json.data?.id;
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
const today = Date.parse(`${new Date().toISOString().slice(0, 10)}T00:00:00Z`);
const day = (offset) => new Date(today + offset * 86_400_000).toISOString().slice(0, 10);

async function signIn() {
  let r = await api('POST', '/auth/signin', { email: EMAIL, password: PASSWORD }, true);
  if (!r.ok) {
    console.log(`signing up ${EMAIL}`);
    await api('POST', '/auth/signup', { first_name: 'Ada', last_name: 'Admin', email: EMAIL, password: PASSWORD });
    r = await api('POST', '/auth/signin', { email: EMAIL, password: PASSWORD });
  }
  session.token = r.json.access_token;
  session.organization = r.json.organization_id;
  if (!session.token || !session.organization)
    throw new Error(`sign-in gave no token or organization: ${JSON.stringify(r.json)}`);
}

async function buildOrganization() {
  const built = (o) => Boolean(o?.is_ready || o?.built_at);
  let current = await api('GET', '/organization/current');
  if (built(current.json)) return;
  if (!current.json.is_build_running) {
    await api('POST', '/organization/build', {
      name: 'Heldout Trading Co.',
      industry: 'Wholesale',
      location: 'US',
      base_currency: 'USD',
      timezone: 'UTC',
      fiscal_year: 'january',
      language: 'en',
    });
  }
  const t0 = Date.now();
  while (!built(current.json)) {
    if (Date.now() - t0 > 600_000)
      throw new Error(`the organization was not built in 10 min: ${JSON.stringify(current.json)}`);
    await sleep(2000);
    current = await api('GET', '/organization/current', undefined, true);
  }
  console.log(`organization built in ${Math.round((Date.now() - t0) / 1000)} s`);
}

async function account(test) {
  const accounts = rows((await api('GET', '/accounts')).json, 'accounts');
  const found = accounts.find(test);
  if (!found) throw new Error(`no such account among ${accounts.map((a) => a.slug).join(', ')}`);
  return found;
}

const CUSTOMERS = [
  {
    key: 'smith',
    display_name: 'Smith & Sons Hardware',
    company_name: 'Smith & Sons Hardware',
    first_name: 'Tom',
    last_name: 'Smith',
    currency_code: 'USD',
    email: 'ap@smithsons.example',
  },
  {
    key: 'cafe',
    display_name: 'Café Müller GmbH',
    company_name: 'Café Müller GmbH',
    first_name: 'Jürgen',
    last_name: 'Müller',
    currency_code: 'EUR',
    email: 'buchhaltung@cafe-mueller.example',
  },
  {
    key: 'long',
    display_name:
      'The Extraordinarily Long-Named Northwestern Regional Agricultural Cooperative Supply Company, Incorporated',
    company_name: 'Northwestern Regional Agricultural Cooperative Supply Company, Inc.',
    first_name: 'Margaret',
    last_name: 'Oyelaran-Whitfield',
    currency_code: 'USD',
    email: 'payables@nwracsc.example',
  },
  {
    key: 'acme',
    display_name: 'Acme Widgets Ltd.',
    company_name: 'Acme Widgets Ltd.',
    first_name: 'Wile',
    last_name: 'Coyote',
    currency_code: 'USD',
    email: 'billing@acme.example',
  },
  {
    key: 'blue',
    display_name: 'Blue Harbor Logistics',
    company_name: 'Blue Harbor Logistics',
    first_name: 'Priya',
    last_name: 'Raman',
    currency_code: 'USD',
    email: 'finance@blueharbor.example',
  },
  {
    key: 'lefevre',
    display_name: 'Lefèvre Boulangerie SARL',
    company_name: 'Lefèvre Boulangerie SARL',
    first_name: 'Hélène',
    last_name: 'Lefèvre',
    currency_code: 'EUR',
    email: 'compta@lefevre.example',
  },
  {
    key: 'north',
    display_name: 'Northwind Traders',
    company_name: 'Northwind Traders',
    first_name: 'Nancy',
    last_name: 'Davolio',
    currency_code: 'USD',
    email: 'ar@northwind.example',
  },
  {
    key: 'pinnacle',
    display_name: 'Pinnacle Dental Group',
    company_name: 'Pinnacle Dental Group',
    first_name: 'Raj',
    last_name: 'Patel',
    currency_code: 'USD',
    email: 'office@pinnacledental.example',
  },
];
const EXCHANGE = { USD: 1, EUR: 1.08 };

// [customerKey, invoiceDate offset (days from today), terms (days), lines [[qty, rate, description]], payments [[amount, paidAfterDays]]]
// Payments received must be whole numbers (PaymentReceivedEntryDto.paymentAmount is @IsInt in this version).
const INVOICES = [
  ['north', -120, 30, [[10, 890, 'Quarterly maintenance contract']], [[8900, 35]]], // fully paid
  ['smith', -118, 30, [[5, 250, 'On-site consulting (hours)']], []], // overdue
  [
    'long',
    -110,
    45,
    [
      [1, 9845.67, 'Irrigation system retrofit'],
      [20, 125, 'Field technician hours'],
    ],
    [],
  ], // overdue
  ['cafe', -100, 30, [[16, 200, 'Espresso machine servicing']], []], // overdue (EUR)
  ['acme', -95, 15, [[8, 80, 'Widget QA inspection']], []], // overdue
  ['blue', -90, 60, [[1, 5600, 'Fleet routing software licence']], [[2600, 40]]], // overdue, partial
  ['lefevre', -80, 30, [[1, 2740, 'Oven installation']], []], // overdue (EUR)
  [
    'smith',
    -75,
    30,
    [
      [1, 1980.5, 'Inventory audit'],
      [4, 125, 'Travel expenses'],
    ],
    [[1000, 30]],
  ], // overdue, partial
  ['blue', -70, 30, [[2, 937.7, 'Dock scheduling support (days)']], []], // overdue (1875.40)
  ['north', -65, 30, [[12, 110, 'Data migration hours']], []], // overdue
  ['long', -60, 30, [[1, 4500, 'Soil sensor network']], [[4500, 20]]], // fully paid
  ['pinnacle', -55, 30, [[1, 1500, 'Practice management setup']], [[1500, 10]]], // fully paid
  ['cafe', -50, 14, [[1, 1150.75, 'Grinder replacement parts']], [[500, 10]]], // overdue, partial (EUR)
  ['acme', -45, 15, [[1, 980.25, 'Widget calibration']], []], // overdue
  ['lefevre', -40, 30, [[4, 103.9, 'Flour silo cleaning']], []], // overdue (EUR)
  ['long', -35, 30, [[1, 2199.99, 'Greenhouse climate controller']], []], // overdue
  ['north', -30, 21, [[6, 124.3, 'Support retainer (hours)']], [[300, 5]]], // overdue, partial
  ['blue', -25, 30, [[1, 2250, 'Warehouse label printers']], []], // not yet due
  ['smith', -20, 30, [[1, 760, 'Point-of-sale configuration']], []], // not yet due
  ['acme', -16, 15, [[1, 310, 'Widget repair']], []], // overdue by 1 day (due yesterday)
  ['acme', -15, 15, [[1, 455, 'Widget repair (rush)']], []], // due today -> NOT overdue
  ['pinnacle', -12, 30, [[1, 1480, 'Imaging software licence']], []], // not yet due
  ['cafe', -10, 30, [[1, 890, 'Barista training day']], []], // not yet due (EUR)
  ['north', -5, 30, [[1, 3100, 'Annual licence renewal']], []], // not yet due
  ['pinnacle', -3, 45, [[2, 1010, 'Hygiene station upgrade']], []], // not yet due
];

async function seed() {
  const income = await account(
    (a) => ['sales-of-service-income', 'sales-of-product-income'].includes(a.slug) || a.account_type === 'income',
  );
  const deposit = await account(
    (a) => ['undeposited-funds', 'bank-account'].includes(a.slug) || a.account_type === 'cash',
  );
  const currencies = rows((await api('GET', '/currencies')).json, 'currencies');
  if (!currencies.some((c) => c.currency_code === 'EUR'))
    await api('POST', '/currencies', { currency_name: 'Euro', currency_code: 'EUR', currency_sign: '€' });
  const item = await api('POST', '/items', {
    name: 'Professional services',
    type: 'service',
    code: 'SRV-001',
    sellable: true,
    sell_price: 100,
    sell_account_id: income.id,
    purchasable: false,
    active: true,
  });
  const itemId = idOf(item.json);
  const customerIds = {};
  for (const { key, ...customer } of CUSTOMERS)
    customerIds[key] = idOf(
      (await api('POST', '/customers', { customer_type: 'business', active: true, ...customer })).json,
    );

  let n = 0;
  for (const [key, offset, terms, lines, payments] of INVOICES) {
    const { currency_code } = CUSTOMERS.find((c) => c.key === key);
    const invoice = await api('POST', '/sale-invoices', {
      customer_id: customerIds[key],
      invoice_date: day(offset),
      due_date: day(offset + terms),
      delivered: true,
      reference_no: `PO-${4100 + n}`,
      ...(currency_code === 'USD' ? {} : { exchange_rate: EXCHANGE[currency_code] }),
      invoice_message: 'Thank you for your business.',
      terms_conditions: `Net ${terms}`,
      entries: lines.map(([quantity, rate, description], i) => ({
        index: i + 1,
        item_id: itemId,
        quantity,
        rate,
        description,
      })),
    });
    n += 1;
    for (const [amount, after] of payments) {
      await api('POST', '/payments-received', {
        customer_id: customerIds[key],
        payment_date: day(Math.min(offset + after, 0)),
        deposit_account_id: deposit.id,
        exchange_rate: EXCHANGE[currency_code],
        reference_no: `CHK-${7000 + n}`,
        entries: [{ index: 1, invoice_id: idOf(invoice.json), payment_amount: amount }],
      });
    }
  }
  console.log(`seeded ${CUSTOMERS.length} customers and ${INVOICES.length} invoices`);
}

try {
  await signIn();
  await buildOrganization();
  writeFileSync(
    CRED_FILE,
    `BC_URL=${WEB_URL}\nBC_EMAIL=${EMAIL}\nBC_PASSWORD=${PASSWORD}\nBC_ORGANIZATION_ID=${session.organization}\nBC_API=${API}\n`,
  );
  const customers = rows((await api('GET', '/customers?page_size=100')).json, 'customers');
  if (customers.length >= CUSTOMERS.length) console.log(`already seeded (${customers.length} customers)`);
  else await seed();
} catch (e) {
  console.error(`seeding failed: ${e instanceof Error ? e.message : e}`);
  process.exit(1);
}
