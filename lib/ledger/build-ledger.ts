import { contactTrust, contactTrusted, contactValueKey, type NewContact } from './new-contacts';
import {
  holdInForce,
  type ContactEvent,
  type DebtorRecord,
  type DebtorView,
  type Invoice,
  type InvoiceHold,
  type PaymentPlan,
  type RecoveryView,
  type Settings,
} from '../model';
import { classify } from '../classify/classify';
import { byDue, debtorFacts, type DebtorFacts } from '../classify/debtor-facts';
import { promiseStates } from '../classify/promises';
import { nextAction } from '../schedule/next-action';
import { isDueForCallToday } from '../schedule/due-for-call';
import { dayNumber, isoDate, zoneClock } from '../time/calendar';
import { Partition } from './partition';

export interface LedgerInput {
  invoices: Invoice[];
  records: DebtorRecord[];
  events: ContactEvent[];
  plans: PaymentPlan[];
  /** Invoices paused (disputed or on hold); those past their until date no longer pause. */
  holds?: InvoiceHold[];
  settings: Settings;
  /** The moment "now": tests pass it, the app passes Date.now(). */
  now: number;
  /** IANA zone that decides what "today" is; settings.timeZone or the browser's. */
  timeZone: string;
}

export interface Ledger {
  /** Today in the user's time zone, YYYY-MM-DD. */
  today: string;
  debtors: DebtorView[];
  /** Debtors whose next action is a call due today or earlier: the toolbar badge. */
  dueForCallToday: number;
}

// Most debtors have no events, plans or contacts: one shared empty list each, frozen so that a
// view mutating it fails loudly instead of changing every debtor.
const NO_EVENTS = Object.freeze([]) as unknown as ContactEvent[];
const NO_PLANS = Object.freeze([]) as unknown as PaymentPlan[];
const NO_CONTACTS = Object.freeze([]) as unknown as DebtorView['contacts'];
const NO_BALANCES: DebtorView['balances'] = Object.freeze({});

/**
 * Every debtor's standing, balance and next action from the stores. A debtor is the invoices
 * sharing a debtorId (plus those of customers merged into its record by hand); a record without
 * invoices is not listed. Each debtor's facts are computed once and shared by classify and
 * schedule, so the whole ledger is linear in the number of invoices and events.
 */
export function buildLedger(input: LedgerInput): Ledger {
  const clock = zoneClock(input.timeZone);
  const today = clock.dateOf(input.now);
  const todayDay = dayNumber(today);

  const records = new Map<string, DebtorRecord>();
  const mergedInto = new Map<string, string>();
  for (const record of input.records) {
    records.set(record.id, record);
    for (const merged of record.merged ?? []) if (merged !== record.id) mergedInto.set(merged, record.id);
  }
  // A record merged into another is never its own debtor, even if the target's list missed it.
  for (const record of input.records) {
    if (record.mergedInto && record.mergedInto !== record.id && !mergedInto.has(record.id))
      mergedInto.set(record.id, record.mergedInto);
  }
  // Most ledgers have no merged customers: then a customer is its own debtor without a look-up.
  const debtorOf = mergedInto.size === 0 ? (id: string) => id : (id: string) => mergedInto.get(id) ?? id;

  // Debtors numbered in the order their first invoice comes: the order they are listed in.
  const ids: string[] = [];
  const numbers = new Map<string, number>();
  const invoicesBy = Partition.of(input.invoices, (i) => {
    const id = debtorOf(i.debtorId);
    let n = numbers.get(id);
    if (n === undefined) {
      n = ids.length;
      numbers.set(id, n);
      ids.push(id);
    }
    return n;
  });
  // Events and plans of a customer without invoices are not listed.
  const numberOf = (debtorId: string) => numbers.get(debtorOf(debtorId)) ?? -1;
  const eventsBy = Partition.of(input.events, (e) => numberOf(e.debtorId));
  const plansBy = Partition.of(input.plans, (p) => numberOf(p.debtorId));
  const options = {
    defaultTermsDays: input.settings.defaultTermsDays,
    creditPolicySet: input.settings.creditPolicy.trim() !== '',
  };
  let holdsBy: Map<string, Map<string, InvoiceHold>> | undefined;
  for (const hold of input.holds ?? []) {
    if (!holdInForce(hold, today)) continue;
    holdsBy ??= new Map();
    // By the invoice's debtor as the hold names it, then merged like everything else.
    const debtor = debtorOf(hold.debtorId);
    let held = holdsBy.get(debtor);
    if (!held) holdsBy.set(debtor, (held = new Map()));
    held.set(hold.invoiceId, hold);
  }

  const debtors: DebtorView[] = [];
  let dueForCallToday = 0;
  for (let n = 0; n < ids.length; n++) {
    const id = ids[n]!;
    const facts = debtorFacts({
      id,
      invoices: invoicesBy.list(n),
      events: eventsBy.count(n) === 0 ? NO_EVENTS : eventsBy.list(n),
      plans: plansBy.count(n) === 0 ? NO_PLANS : plansBy.list(n),
      record: records.size === 0 ? undefined : records.get(id),
      todayDay,
      today,
      clock,
      holds: holdsBy?.get(id),
    });
    const promises = promiseStates(facts);
    const classification = classify(facts, options, promises);
    const next = nextAction(facts, classification, promises, input.settings);
    // A debtor with an agency, in court or written off is called by no one from Owed.
    const due = facts.recovery === undefined && isDueForCallToday(next, today);
    if (due) dueForCallToday++;
    debtors.push(view(facts, input.settings.homeCurrency, classification, next, due));
  }
  return { today, debtors, dueForCallToday };
}

function view(
  f: DebtorFacts,
  homeCurrency: string,
  classification: DebtorView['classification'],
  next: DebtorView['next'],
  dueForCallToday: boolean,
): DebtorView {
  let latest = f.invoices[0]!;
  let email: string | undefined;
  let phone: string | undefined;
  let emailSeen = -1,
    phoneSeen = -1;
  // A new source's address is shown as new, not drafted to, until the owner confirms it.
  const trust = contactTrust(f.record);
  const news: NewContact[] = [];
  const untrusted = (kind: NewContact['kind'], value: string, source: string) => {
    if (trust.trusted(kind, value, source)) return false;
    news.push({ kind, value, source });
    return true;
  };
  for (const inv of f.invoices) {
    if (inv.seenAt > latest.seenAt) latest = inv;
    if (inv.email && !untrusted('email', inv.email, inv.source) && inv.seenAt > emailSeen) {
      email = inv.email;
      emailSeen = inv.seenAt;
    }
    if (inv.phone && !untrusted('phone', inv.phone, inv.source) && inv.seenAt > phoneSeen) {
      phone = inv.phone;
      phoneSeen = inv.seenAt;
    }
  }
  let contacts = f.record?.contacts ?? NO_CONTACTS;
  if (contacts.some((c) => c.from && !contactTrusted(c, trust))) {
    for (const c of contacts) {
      if (!c.from) continue;
      if (c.email) untrusted('email', c.email, c.from);
      if (c.phone) untrusted('phone', c.phone, c.from);
    }
    contacts = contacts.filter((c) => contactTrusted(c, trust));
  }
  if (contacts.length > 0) {
    // The billing contact first, then whoever has the detail.
    const ranked =
      contacts.length < 2
        ? contacts
        : [...contacts].sort((a, b) => Number(b.role === 'billing') - Number(a.role === 'billing'));
    // The billing address: a billing contact's, else what the invoices show, else anyone's (a senior
    // contact added to be copied must not become the one the reminder is addressed to).
    email = contacts.find((c) => c.role === 'billing' && c.email)?.email ?? email ?? ranked.find((c) => c.email)?.email;
    phone = ranked.find((c) => c.phone)?.phone ?? phone;
  }
  // Each new detail once, those a trusted source also shows left out.
  const known = new Set(
    [
      ...f.invoices.flatMap((i) => [
        i.email && trust.trusted('email', i.email, i.source) ? contactValueKey('email', i.email) : '',
        i.phone && trust.trusted('phone', i.phone, i.source) ? contactValueKey('phone', i.phone) : '',
      ]),
      ...contacts.flatMap((c) => [
        c.email ? contactValueKey('email', c.email) : '',
        c.phone ? contactValueKey('phone', c.phone) : '',
      ]),
    ].filter(Boolean),
  );
  const newContacts = news.filter((n) => {
    const key = contactValueKey(n.kind, n.value);
    if (known.has(key)) return false;
    known.add(key);
    return true;
  });

  // Paused invoices are still owed and listed; only the cadence, fees and calls skip them.
  const open = f.held.length === 0 ? f.open : [...f.open, ...f.held].sort(byDue);
  // Usually everything open is in one currency: then no per-currency table.
  let currency = open.length === 0 ? (latest.currency ?? homeCurrency) : open[0]!.currency;
  let balance = 0;
  let balances = NO_BALANCES;
  for (const inv of open) {
    if (inv.currency !== currency) {
      ({ currency, balance, balances } = largestBalance(open, homeCurrency));
      break;
    }
    balance += inv.balance;
  }

  // The view keeps its lists as long as the ledger lives: compact (the classification is this debtor's own).
  classification.reasons = fitted(classification.reasons);

  // One object shape for every debtor (absent optional fields are undefined): keeps the views fast.
  return {
    id: f.id,
    name: f.record?.name ?? latest.customer,
    email,
    phone,
    contacts,
    newContacts: newContacts.length ? newContacts : undefined,
    balance,
    currency,
    balances,
    openInvoices: fitted(open),
    history: fitted(f.history),
    oldestDue: f.open[0]?.due,
    oldestDaysLate: f.oldestDaysLate,
    overdueDateUnknown: f.overdueDateUnknown,
    classification,
    next,
    dueForCallToday,
    events: f.events,
    plans: f.plans,
    record: f.record,
    holds: f.holds.length === 0 ? undefined : [...f.holds],
    recovery: f.recovery && recoveryView(f, f.recovery),
    loggedPaid: f.loggedPaid > 0 ? f.loggedPaid : undefined,
  };
}

function recoveryView(f: DebtorFacts, recovery: NonNullable<DebtorFacts['recovery']>): RecoveryView {
  const decision = f.events[recovery.index]!;
  let nextOn: string | undefined;
  for (let i = recovery.index; i < f.events.length; i++) nextOn = f.events[i]!.nextOn ?? nextOn;
  return {
    state: recovery.state,
    since: isoDate(f.eventDays[recovery.index]!),
    note: decision.text,
    ...(nextOn ? { nextOn } : {}),
  };
}

/**
 * A list as the view keeps it: a copy of exactly its length. A list grown by push has room for 16
 * more, which the view would keep (and the garbage collector copy) as long as the ledger lives.
 */
function fitted<T>(items: T[]): T[] {
  return items.length === 0 ? items : items.slice();
}

/** Open balances per currency, and the currency with the largest (the home currency on a tie). */
function largestBalance(
  open: readonly Invoice[],
  homeCurrency: string,
): { currency: string; balance: number; balances: Record<string, number> } {
  const balances: Record<string, number> = {};
  for (const inv of open) balances[inv.currency] = (balances[inv.currency] ?? 0) + inv.balance;
  const currencies = Object.keys(balances);
  let currency = currencies[0]!;
  for (const c of currencies)
    if (balances[c]! > balances[currency]! || (balances[c] === balances[currency] && c === homeCurrency)) currency = c;
  return { currency, balance: balances[currency]!, balances };
}
