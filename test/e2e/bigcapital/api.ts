import { existsSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

// Bigcapital's own view of what is owed, asked of its HTTP API at run time (as
// ../shared/bigcapital/truth.py does): the app's computed due_amount and is_overdue, never
// recomputed, never typed here.

export const BIGCAPITAL_BASE = process.env.BIGCAPITAL_BASE ?? join(process.env.TMPDIR ?? tmpdir(), 'bigcapital');
export const CREDENTIALS = join(BIGCAPITAL_BASE, 'run', 'credentials.env');

export interface Credentials {
  url: string;
  api: string;
  email: string;
  password: string;
}

/** The credentials the set-up wrote; a clear error when there are none (Bigcapital was never set up). */
export function credentials(): Credentials {
  if (!existsSync(CREDENTIALS))
    throw new Error(
      `Bigcapital is not set up: ${CREDENTIALS} is missing. Start it with scripts/services/bigcapital (or ../shared/bigcapital/setup.sh) first.`,
    );
  const env: Record<string, string> = {};
  for (const line of readFileSync(CREDENTIALS, 'utf8').split('\n')) {
    const m = /^\s*([A-Z_]+)=(.*)$/.exec(line);
    if (m) env[m[1]!] = m[2]!;
  }
  const need = (k: string) => {
    const v = process.env[k] ?? env[k];
    if (!v) throw new Error(`${CREDENTIALS} has no ${k}`);
    return v;
  };
  return {
    url: need('BC_URL'),
    api: process.env.BC_API ?? env.BC_API ?? `http://127.0.0.1:${process.env.API_PORT ?? '13000'}/api`,
    email: need('BC_EMAIL'),
    password: need('BC_PASSWORD'),
  };
}

export interface TruthInvoice {
  number: string;
  due: string;
  balance: number; // minor units
  currency: string;
  overdue: boolean;
}

export interface TruthDebtor {
  name: string;
  currency: string;
  openBalance: number; // minor units
  overdueBalance: number;
  oldestOverdueDue: string;
  invoices: TruthInvoice[];
}

const minor = (x: unknown) => Math.round(Number(x ?? 0) * 100);

async function call<T>(
  api: string,
  path: string,
  init: RequestInit & { token?: string; org?: string } = {},
): Promise<T> {
  const headers: Record<string, string> = { 'content-type': 'application/json', accept: 'application/json' };
  if (init.token) headers.authorization = `Bearer ${init.token}`;
  if (init.org) headers['organization-id'] = init.org;
  const res = await fetch(api + path, { ...init, headers, signal: AbortSignal.timeout(60_000) });
  if (!res.ok) throw new Error(`Bigcapital API ${path}: HTTP ${res.status}`);
  return (await res.json()) as T;
}

/** Whether Bigcapital answers: its webapp and its API's sign-in. */
export async function bigcapitalIsUp(c: Credentials): Promise<string | undefined> {
  try {
    const web = await fetch(`${c.url}/auth/login`, { signal: AbortSignal.timeout(5000) });
    if (!web.ok) return `its webapp ${c.url} answers HTTP ${web.status}`;
    await call(c.api, '/auth/signin', {
      method: 'POST',
      body: JSON.stringify({ email: c.email, password: c.password }),
    });
    return undefined;
  } catch (e) {
    return `it does not answer on ${c.url} / ${c.api} (${e instanceof Error ? e.message : String(e)})`;
  }
}

interface ApiInvoice {
  total: number | string;
  invoice_no: string;
  due_date: string;
  due_amount: number | string;
  is_overdue: boolean;
  is_delivered: boolean;
  currency_code: string;
  customer: { id: number; display_name: string };
}

/** Every sale invoice, paged as the API pages, and the customers list's balances. */
export async function truth(c: Credentials) {
  const auth = await call<{ access_token: string; organization_id: string }>(c.api, '/auth/signin', {
    method: 'POST',
    body: JSON.stringify({ email: c.email, password: c.password }),
  });
  const opts = { token: auth.access_token, org: auth.organization_id };
  const invoices: ApiInvoice[] = [];
  for (let page = 1; page < 100; page++) {
    const r = await call<{ sales_invoices?: ApiInvoice[]; pagination?: { total?: number } }>(
      c.api,
      `/sale-invoices?page=${page}&page_size=200`,
      opts,
    );
    const batch = r.sales_invoices ?? [];
    invoices.push(...batch);
    if (!batch.length || invoices.length >= Number(r.pagination?.total ?? invoices.length)) break;
  }
  const customers = await call<{ customers: { display_name: string; balance: number; currency_code: string }[] }>(
    c.api,
    '/customers?page_size=500',
    opts,
  );
  const byName = new Map<string, TruthDebtor>();
  for (const inv of [...invoices].sort((a, b) => a.due_date.localeCompare(b.due_date))) {
    const balance = minor(inv.due_amount);
    if (!inv.is_delivered || balance <= 0) continue;
    const name = inv.customer.display_name;
    const d = byName.get(name) ?? {
      name,
      currency: inv.currency_code,
      openBalance: 0,
      overdueBalance: 0,
      oldestOverdueDue: '',
      invoices: [],
    };
    byName.set(name, d);
    d.openBalance += balance;
    if (inv.is_overdue) {
      d.overdueBalance += balance;
      if (!d.oldestOverdueDue || inv.due_date.slice(0, 10) < d.oldestOverdueDue)
        d.oldestOverdueDue = inv.due_date.slice(0, 10);
    }
    d.invoices.push({
      number: inv.invoice_no,
      due: inv.due_date.slice(0, 10),
      balance,
      currency: inv.currency_code,
      overdue: inv.is_overdue,
    });
  }
  return {
    invoices,
    debtors: [...byName.values()],
    overdueDebtors: [...byName.values()].filter((d) => d.overdueBalance > 0),
    customers: customers.customers,
  };
}
