/**
 * A small JSON-RPC client for trytond 6.0 (what sao speaks): ground truth for the Tryton e2e and
 * the fixture capture. Tryton encodes Decimal and date as tagged objects; they are decoded here
 * to strings ('12.50') and ISO dates ('2026-08-25').
 */

export const TRYTON_URL = process.env.TRYTON_URL ?? `http://127.0.0.1:${process.env.TRYTON_PORT ?? '8000'}`;
export const TRYTON_DB = process.env.TRYTON_DB ?? 'invoices';
export const TRYTON_USER = 'admin';
export const TRYTON_PASSWORD = process.env.TRYTON_ADMIN_PASSWORD ?? 'admin';

export interface TrytonSession {
  userId: number;
  key: string;
  /** The user's preferences context (company, language...), as sao sends it with every call. */
  context: Record<string, unknown>;
  call: <T = unknown>(method: string, params: unknown[]) => Promise<T>;
}

const pad = (n: number) => String(n).padStart(2, '0');

/** Tryton's tagged values, decoded: Decimal -> '12.50', date -> 'YYYY-MM-DD'. */
function decode(_key: string, v: unknown): unknown {
  if (v && typeof v === 'object' && '__class__' in v) {
    const o = v as Record<string, unknown>;
    if (o.__class__ === 'Decimal') return String(o.decimal);
    if (o.__class__ === 'date') return `${o.year}-${pad(Number(o.month))}-${pad(Number(o.day))}`;
  }
  return v;
}

async function post(method: string, params: unknown[], auth?: string): Promise<unknown> {
  const res = await fetch(`${TRYTON_URL}/${TRYTON_DB}/`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', ...(auth ? { Authorization: `Session ${auth}` } : {}) },
    body: JSON.stringify({ id: 1, method, params }),
    signal: AbortSignal.timeout(30_000),
  });
  const body = JSON.parse(await res.text(), decode) as { result?: unknown; error?: unknown };
  if (body.error !== undefined && body.error !== null) {
    throw new TrytonError(method, body.error);
  }
  return body.result;
}

export class TrytonError extends Error {
  constructor(
    readonly method: string,
    readonly detail: unknown,
  ) {
    super(`Tryton ${method}: ${JSON.stringify(detail).slice(0, 500)}`);
  }
  /** A UserWarning (e.g. "invoice dated in the past") the UI would ask the user to confirm. */
  get warningName(): string | undefined {
    const d = this.detail as unknown[];
    return Array.isArray(d) && d[0] === 'UserWarning' && Array.isArray(d[1]) ? String(d[1][0]) : undefined;
  }
}

/** Whether trytond answers on TRYTON_URL (it serves sao's index without a session). */
export async function trytonIsUp(): Promise<boolean> {
  try {
    const res = await fetch(`${TRYTON_URL}/`, { signal: AbortSignal.timeout(5_000) });
    return res.ok;
  } catch {
    return false;
  }
}

/** `common.db.login`, as sao does it; the session key is what sao keeps in localStorage. */
export async function login(user = TRYTON_USER, password = TRYTON_PASSWORD): Promise<TrytonSession> {
  const [userId, key] = (await post('common.db.login', [user, { password }, 'en'])) as [number, string];
  const auth = Buffer.from(`${user}:${userId}:${key}`).toString('base64');
  const call = <T>(method: string, params: unknown[]) => post(method, params, auth) as Promise<T>;
  const context = await call<Record<string, unknown>>('model.res.user.get_preferences', [true, {}]);
  return { userId, key, context, call };
}

/** The localStorage entry that makes sao open logged in (key and value). */
export const saoSessionEntry = (s: TrytonSession) =>
  [`sao_session_${TRYTON_DB}`, JSON.stringify({ login: TRYTON_USER, user_id: s.userId, session: s.key })] as const;

/** sao deep links (the same ones setup.sh prints). */
const link = (model: string, domain: unknown[] | undefined, name: string) =>
  `${TRYTON_URL}/#${TRYTON_DB}/model/${model}` +
  `;${domain ? `domain=${encodeURIComponent(JSON.stringify(domain))}&` : ''}name=${encodeURIComponent(JSON.stringify(name))}`;
export const CUSTOMER_INVOICES_URL = link('account.invoice', [['type', '=', 'out']], 'Customer Invoices');
export const DUNNINGS_URL = link('account.dunning', undefined, 'Dunnings');
export const invoiceFormUrl = (id: number) => `${TRYTON_URL}/#${TRYTON_DB}/model/account.invoice/${id}`;
