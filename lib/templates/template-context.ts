import type { DebtorView, Invoice, PaymentPlan, Settings } from '../model';
import { addDays, dayNumber } from '../time/calendar';
import { lateFeeFor } from '../late-payment/late-fee';

/** One invoice as a template sees it: every value already formatted for the reader. */
export interface InvoiceLine {
  number: string;
  issued: string;
  due: string;
  total: string;
  balance: string;
  /** 0 when not late (a section on it is then skipped). */
  daysLate: number;
  fee: string;
}

export interface InstallmentLine {
  number: number;
  due: string;
  amount: string;
}

/** Everything a template may insert. Keys are the placeholders; see exampleContext for all of them. */
export interface TemplateContext {
  [key: string]: unknown;
  customer: { name: string; contactName: string; email: string; phone: string };
  sender: { name: string; company: string; email: string; phone: string; address: string };
  /** The sender's name, company, phone, email and address on separate lines, empty ones left out. */
  signature: string;
  invoices: InvoiceLine[];
  invoiceCount: number;
  /** What is owed, per currency ("€1,200.00 + $300.00"). */
  total: string;
  oldestDue: string;
  /** Days the oldest open invoice is late. */
  daysLate: number;
  today: string;
  /** The late fee: total and wording; absent (section skipped) when none applies. */
  fee: { amount: string; wording: string; basis: string; totalWithFee: string } | false;
  /** The payment plan on the table: the active or proposed one, else three monthly parts from in two weeks. */
  plan: { count: number; total: string; firstDue: string; installments: InstallmentLine[]; signed: boolean };
  creditPolicy: string;
}

export interface ContextOptions {
  settings: Settings;
  /** YYYY-MM-DD in the user's zone. */
  today: string;
  /** BCP 47; defaults to settings.locale, else English. */
  locale?: string;
  /** Only these invoices (by number), e.g. the one an email is about. */
  invoiceNumbers?: string[];
}

/** Formats money and dates for one locale, formatters created once. */
export function formatters(locale: string) {
  const money = new Map<string, Intl.NumberFormat>();
  let dateFormat: Intl.DateTimeFormat;
  try {
    dateFormat = new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone: 'UTC' });
  } catch {
    dateFormat = new Intl.DateTimeFormat('en', { dateStyle: 'long', timeZone: 'UTC' });
  }
  return {
    money(minor: number, currency: string): string {
      let f = money.get(currency);
      if (!f) {
        try {
          f = new Intl.NumberFormat(locale, { style: 'currency', currency });
        } catch {
          f = new Intl.NumberFormat('en', { style: 'currency', currency });
        }
        money.set(currency, f);
      }
      return f.format(minor / 10 ** (f.resolvedOptions().maximumFractionDigits ?? 2));
    },
    date: (iso: string | undefined): string => (iso ? dateFormat.format(Date.parse(`${iso}T00:00:00Z`)) : ''),
  };
}

export function templateContext(view: DebtorView, options: ContextOptions): TemplateContext {
  const { settings, today } = options;
  const locale = options.locale || settings.locale || 'en';
  const fmt = formatters(locale);
  const todayDay = dayNumber(today);
  // Paused invoices (disputed, on hold) are left out of reminders and fees unless asked for by number.
  const held = new Set((view.holds ?? []).map((h) => h.invoiceId));
  const chosen = options.invoiceNumbers
    ? view.openInvoices.filter((i) => options.invoiceNumbers!.includes(i.number))
    : held.size === 0
      ? view.openInvoices
      : view.openInvoices.filter((i) => !held.has(i.id));

  const byCurrency = new Map<string, number>();
  const feeByCurrency = new Map<string, number>();
  const feeBases = new Set<string>();
  const invoices = chosen.map((inv: Invoice): InvoiceLine => {
    const daysLate = inv.due ? Math.max(0, todayDay - dayNumber(inv.due)) : 0;
    const fee = held.has(inv.id) ? null : lateFeeFor(settings.lateFee, inv, daysLate);
    byCurrency.set(inv.currency, (byCurrency.get(inv.currency) ?? 0) + inv.balance);
    let feeText = '';
    if (fee && (fee.amount > 0 || fee.extra)) {
      if (fee.amount > 0) feeByCurrency.set(inv.currency, (feeByCurrency.get(inv.currency) ?? 0) + fee.amount);
      // The law's fixed sum in its own currency (EU €40 on a dollar invoice) is added as a sum of its own.
      if (fee.extra)
        feeByCurrency.set(fee.extra.currency, (feeByCurrency.get(fee.extra.currency) ?? 0) + fee.extra.amount);
      feeBases.add(fee.basis);
      feeText = [
        fee.amount > 0 ? fmt.money(fee.amount, inv.currency) : '',
        fee.extra ? fmt.money(fee.extra.amount, fee.extra.currency) : '',
      ]
        .filter(Boolean)
        .join(' + ');
    }
    return {
      number: inv.number,
      issued: fmt.date(inv.issued),
      due: inv.due ? fmt.date(inv.due) : 'not shown',
      total: inv.total === undefined ? '' : fmt.money(inv.total, inv.currency),
      balance: fmt.money(inv.balance, inv.currency),
      daysLate,
      fee: feeText,
    };
  });
  const sum = (m: Map<string, number>) => [...m].map(([c, v]) => fmt.money(v, c)).join(' + ');
  const withFee = new Map(byCurrency);
  for (const [c, v] of feeByCurrency) withFee.set(c, (withFee.get(c) ?? 0) + v);

  const contact = view.contacts.find((c) => c.role === 'billing' && c.name) ?? view.contacts.find((c) => c.name);
  const s = settings.sender;
  const oldest = chosen.find((i) => i.due)?.due;
  return {
    customer: {
      name: view.name,
      contactName: contact?.name ?? view.name,
      email: view.email ?? '',
      phone: view.phone ?? '',
    },
    sender: { ...s },
    signature: [s.name, s.company, s.phone, s.email, s.address].filter((l) => l.trim() !== '').join('\n'),
    invoices,
    invoiceCount: invoices.length,
    total: sum(byCurrency),
    oldestDue: fmt.date(oldest),
    daysLate: oldest ? Math.max(0, todayDay - dayNumber(oldest)) : view.oldestDaysLate,
    today: fmt.date(today),
    fee:
      feeByCurrency.size === 0
        ? false
        : {
            amount: sum(feeByCurrency),
            wording: settings.lateFee.wording,
            basis: [...feeBases].join('; '),
            totalWithFee: sum(withFee),
          },
    plan: planLines(view, byCurrency, today, fmt),
    creditPolicy: settings.creditPolicy,
  };
}

function planLines(
  view: DebtorView,
  owed: Map<string, number>,
  today: string,
  fmt: ReturnType<typeof formatters>,
): TemplateContext['plan'] {
  const existing: PaymentPlan | undefined =
    view.plans.find((p) => p.status === 'active') ?? view.plans.find((p) => p.status === 'proposed');
  if (existing) {
    const total = existing.installments.reduce((t, i) => t + i.amount, 0);
    return {
      count: existing.installments.length,
      total: fmt.money(total, existing.currency),
      firstDue: fmt.date(existing.installments[0]!.due),
      installments: existing.installments.map((i, n) => ({
        number: n + 1,
        due: fmt.date(i.due),
        amount: fmt.money(i.amount, existing.currency),
      })),
      signed: existing.promissoryNote.signed,
    };
  }
  // A suggestion the user can change: the main currency's balance in three monthly parts.
  const currency = view.currency;
  const total = owed.get(currency) ?? view.balance;
  const part = Math.floor(total / 3);
  const amounts = [part, part, total - 2 * part];
  return {
    count: 3,
    total: fmt.money(total, currency),
    firstDue: fmt.date(addDays(today, 14)),
    installments: amounts.map((amount, n) => ({
      number: n + 1,
      due: fmt.date(addDays(today, 14 + 30 * n)),
      amount: fmt.money(amount, currency),
    })),
    signed: false,
  };
}
