// The demo app's pages, rendered on the server as an ordinary invoicing app would. Every value is
// escaped with `h`; markup is only what a real app would have (no hooks for Owed).
import { amountDue, isOverdue } from './seed.mjs';
import { daysBetween, escapeHtml as h, formatDate, formatMoney } from './format.mjs';
import {
  AGEING_BUCKETS,
  PAGE_SIZE,
  STATUS_FILTERS,
  customerBalance,
  customersById,
  listInvoices,
  totalsByCurrency,
} from './queries.mjs';

const ICONS = {
  dashboard: '<path d="M3 13h8V3H3zm0 8h8v-6H3zm10 0h8V11h-8zm0-18v6h8V3z"/>',
  invoices: '<path d="M6 2h9l5 5v15H6zm8 1.5V8h4.5M9 12h8M9 16h8M9 8h3"/>',
  customers:
    '<path d="M9 11a4 4 0 1 0 0-8 4 4 0 0 0 0 8zm-7 10v-1a6 6 0 0 1 12 0v1M16 3.5a4 4 0 0 1 0 7.5M22 21v-1a6 6 0 0 0-4-5.6"/>',
  reports: '<path d="M4 20V10m6 10V4m6 16v-7m6 7H2"/>',
};

const NAV = [
  { key: 'dashboard', href: '/', label: 'Dashboard' },
  { key: 'invoices', href: '/invoices', label: 'Invoices' },
  { key: 'customers', href: '/customers', label: 'Customers' },
  { key: 'reports', href: '/reports', label: 'Reports' },
];

const icon = (name) =>
  `<svg class="nav-icon" viewBox="0 0 24 24" aria-hidden="true" fill="none" stroke="currentColor" stroke-width="1.8" stroke-linecap="round" stroke-linejoin="round">${ICONS[name]}</svg>`;

const initials = (name) =>
  name
    .split(/\s+/)
    .map((w) => w[0])
    .join('')
    .slice(0, 2)
    .toUpperCase();

/** The frame every page shares: top bar, sidebar, main area. */
export function layout({ company, title, active, body }) {
  const nav = NAV.map(
    (item) =>
      `<li><a href="${item.href}" class="nav-link${item.key === active ? ' active' : ''}"${item.key === active ? ' aria-current="page"' : ''}>${icon(item.key)}<span>${h(item.label)}</span></a></li>`,
  ).join('');
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${h(title)} · ${h(company.name)}</title>
<link rel="icon" href="/assets/favicon.svg" type="image/svg+xml">
<link rel="stylesheet" href="/assets/app.css">
<script src="/assets/app.js" defer></script>
</head>
<body>
<header class="topbar">
  <a class="brand" href="/"><span class="brand-mark" aria-hidden="true"></span><span class="brand-name">${h(company.name)}</span></a>
  <form class="topbar-search" action="/invoices" method="get" role="search">
    <input type="search" name="q" placeholder="Search invoices or customers" aria-label="Search invoices or customers">
  </form>
  <div class="user"><span class="avatar" aria-hidden="true">${h(initials(company.owner))}</span><span class="user-name">${h(company.owner)}</span></div>
</header>
<div class="shell">
  <nav class="sidebar" aria-label="Main">
    <ul>${nav}</ul>
    <p class="sidebar-foot">Demo workspace</p>
  </nav>
  <main class="main" id="main">
${body}
  </main>
</div>
</body>
</html>`;
}

const STATUS_CLASS = {
  Paid: 'paid',
  'Partially paid': 'partial',
  Overdue: 'overdue',
  Open: 'open',
  Disputed: 'disputed',
  Draft: 'draft',
};

const NEW_INVOICE =
  '<button class="btn btn-primary" type="button" disabled title="Not available in the demo">+ New invoice</button>';

const statusPill = (status) => `<span class="pill pill-${STATUS_CLASS[status] ?? 'draft'}">${h(status)}</span>`;

const INVOICE_HEADERS = ['Number', 'Customer', 'Issue date', 'Due date', 'Total', 'Amount due', 'Status', 'Paid on'];
const NUMERIC = new Set(['Total', 'Amount due']);

/** One row of an invoice table; `inv.customer` is the invoice's customer. */
function invoiceRow(inv, today) {
  const late = isOverdue(inv, today);
  return `<tr${late ? ' class="is-late"' : ''}>
<td><a class="invoice-number" href="/invoices/${encodeURIComponent(inv.number)}">${h(inv.number)}</a></td>
<td><a href="/customers/${encodeURIComponent(inv.customer.id)}">${h(inv.customer.name)}</a></td>
<td>${h(formatDate(inv.issued))}</td>
<td${late ? ' class="late"' : ''}>${h(formatDate(inv.due))}</td>
<td class="num">${h(formatMoney(inv.total, inv.currency))}</td>
<td class="num">${h(formatMoney(amountDue(inv), inv.currency))}</td>
<td>${statusPill(inv.status)}</td>
<td>${h(formatDate(inv.paidOn))}</td>
</tr>`;
}

/** `<tr>`s only: what "Load more" appends. */
export function invoiceRows(invoices, today) {
  return invoices.map((inv) => invoiceRow(inv, today)).join('\n');
}

function invoiceTable(invoices, today, { id = 'invoices' } = {}) {
  const head = INVOICE_HEADERS.map((t) => `<th scope="col"${NUMERIC.has(t) ? ' class="num"' : ''}>${h(t)}</th>`).join(
    '',
  );
  const rows = invoices.length
    ? invoiceRows(invoices, today)
    : `<tr class="empty"><td colspan="${INVOICE_HEADERS.length}">No invoices match.</td></tr>`;
  return `<table class="data-table" id="${h(id)}">
<thead><tr>${head}</tr></thead>
<tbody>
${rows}
</tbody>
</table>`;
}

const queryString = (params) => {
  const q = new URLSearchParams(Object.entries(params).filter(([, v]) => v !== undefined && v !== '' && v !== 'all'));
  const s = q.toString();
  return s ? `?${s}` : '';
};

export function invoicesPage(data, today, { status, search, pages }) {
  const all = listInvoices(data, today, { status, search });
  const shown = all.slice(0, pages * PAGE_SIZE);
  const tabs = STATUS_FILTERS.map((f) => {
    const count = listInvoices(data, today, { status: f.key, search }).length;
    const current = f.key === status;
    return `<a class="tab${current ? ' active' : ''}" href="/invoices${queryString({ status: f.key, q: search })}"${current ? ' aria-current="page"' : ''}>${h(f.label)} <span class="tab-count">${count}</span></a>`;
  }).join('');
  const more =
    shown.length < all.length
      ? `<a class="btn btn-secondary" id="load-more" href="/invoices${queryString({ status, q: search, page: pages + 1 })}">Load more</a>`
      : '';
  const body = `
<div class="page-head">
  <div><h1>Invoices</h1><p class="muted">Everything you have billed, newest first.</p></div>
  ${NEW_INVOICE}
</div>
<div class="toolbar">
  <nav class="tabs" aria-label="Filter by status">${tabs}</nav>
  <form class="search" action="/invoices" method="get" role="search">
    ${status !== 'all' ? `<input type="hidden" name="status" value="${h(status)}">` : ''}
    <input type="search" name="q" value="${h(search)}" placeholder="Number or customer" aria-label="Search invoices">
    <button class="btn btn-secondary" type="submit">Search</button>
  </form>
</div>
<section class="card table-card">
${invoiceTable(shown, today)}
<div class="table-foot">
  <span class="muted" id="showing">Showing ${shown.length} of ${all.length} invoices</span>
  ${more}
</div>
</section>`;
  return layout({ company: data.company, title: 'Invoices', active: 'invoices', body });
}

export function invoicePage(data, today, number) {
  const inv = data.invoices.find((i) => i.number === number);
  if (!inv) return undefined;
  const customer = customersById(data).get(inv.customerId);
  const due = amountDue(inv);
  const month = new Date(`${inv.issued}T00:00:00Z`).toLocaleString('en-US', {
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  });
  const money = (cents) => h(formatMoney(cents, inv.currency));
  const late = isOverdue(inv, today)
    ? `<p class="notice notice-late">${daysBetween(inv.due, today)} days past due</p>`
    : '';
  const body = `
<div class="page-head">
  <div><p class="crumbs"><a href="/invoices">Invoices</a> /</p><h1>${h(inv.number)} ${statusPill(inv.status)}</h1></div>
  <div class="actions"><a class="btn btn-secondary" href="/customers/${encodeURIComponent(customer.id)}">View customer</a></div>
</div>
${late}
<article class="card invoice-doc">
  <header class="doc-head">
    <div><h2>${h(data.company.name)}</h2><p class="muted">${h(data.company.address)}<br>${h(data.company.email)} · ${h(data.company.phone)}</p></div>
    <dl class="doc-meta">
      <dt>Invoice</dt><dd>${h(inv.number)}</dd>
      <dt>Issue date</dt><dd>${h(formatDate(inv.issued))}</dd>
      <dt>Due date</dt><dd>${h(formatDate(inv.due))}</dd>
      <dt>Terms</dt><dd>Net ${h(customer.termsDays)}</dd>
    </dl>
  </header>
  <section class="bill-to">
    <h3>Bill to</h3>
    <p><a href="/customers/${encodeURIComponent(customer.id)}">${h(customer.name)}</a><br>${h(customer.contactName)}<br>${h(customer.address)}</p>
  </section>
  <table class="lines">
    <thead><tr><th scope="col">Description</th><th scope="col" class="num">Qty</th><th scope="col" class="num">Rate</th><th scope="col" class="num">Amount</th></tr></thead>
    <tbody><tr><td>Supplies and delivery, ${h(month)}</td><td class="num">1</td><td class="num">${money(inv.total)}</td><td class="num">${money(inv.total)}</td></tr></tbody>
  </table>
  <dl class="doc-totals">
    <dt>Total</dt><dd>${money(inv.total)}</dd>
    <dt>Paid${inv.paidOn ? ` on ${h(formatDate(inv.paidOn))}` : ''}</dt><dd>${money(inv.paid)}</dd>
    <dt class="strong">Amount due</dt><dd class="strong">${money(due)}</dd>
  </dl>
</article>`;
  return layout({ company: data.company, title: inv.number, active: 'invoices', body });
}

export function customersPage(data, today) {
  const rows = [...data.customers]
    .sort((a, b) => a.name.localeCompare(b.name))
    .map((c) => {
      const { open, overdue } = customerBalance(data, c.id, today);
      return `<tr>
<td><a href="/customers/${encodeURIComponent(c.id)}">${h(c.name)}</a></td>
<td>${h(c.contactName)}</td>
<td><a href="mailto:${h(c.email)}">${h(c.email)}</a></td>
<td>${h(c.phone)}</td>
<td class="num${overdue > 0 ? ' late' : ''}">${h(formatMoney(open, c.currency))}</td>
</tr>`;
    })
    .join('\n');
  const body = `
<div class="page-head">
  <div><h1>Customers</h1><p class="muted">${data.customers.length} customers</p></div>
  <button class="btn btn-primary" type="button" disabled title="Not available in the demo">+ New customer</button>
</div>
<section class="card table-card">
<table class="data-table" id="customers">
<thead><tr><th scope="col">Name</th><th scope="col">Contact</th><th scope="col">Email</th><th scope="col">Phone</th><th scope="col" class="num">Open balance</th></tr></thead>
<tbody>
${rows}
</tbody>
</table>
</section>`;
  return layout({ company: data.company, title: 'Customers', active: 'customers', body });
}

export function customerPage(data, today, id) {
  const customer = data.customers.find((c) => c.id === id);
  if (!customer) return undefined;
  const { open, overdue } = customerBalance(data, id, today);
  const invoices = data.invoices
    .filter((i) => i.customerId === id)
    .map((i) => ({ ...i, customer }))
    .sort((a, b) => (a.issued === b.issued ? b.number.localeCompare(a.number) : b.issued < a.issued ? -1 : 1));
  const money = (cents) => h(formatMoney(cents, customer.currency));
  const body = `
<div class="page-head">
  <div><p class="crumbs"><a href="/customers">Customers</a> /</p><h1>${h(customer.name)}</h1></div>
  ${NEW_INVOICE}
</div>
<div class="customer-grid">
  <section class="card contact-card">
    <h2>Contact</h2>
    <dl class="details">
      <dt>Contact name</dt><dd>${h(customer.contactName)}</dd>
      <dt>Email</dt><dd><a href="mailto:${h(customer.email)}">${h(customer.email)}</a></dd>
      <dt>Phone</dt><dd><a href="tel:${h(customer.phone.replace(/[^\d+]/g, ''))}">${h(customer.phone)}</a></dd>
      <dt>Address</dt><dd>${h(customer.address)}</dd>
      <dt>Payment terms</dt><dd>Net ${h(customer.termsDays)}</dd>
      <dt>Currency</dt><dd>${h(customer.currency)}</dd>
    </dl>
  </section>
  <section class="card stat-card"><h2>Open balance</h2><p class="stat">${money(open)}</p></section>
  <section class="card stat-card"><h2>Overdue</h2><p class="stat${overdue > 0 ? ' late' : ''}">${money(overdue)}</p></section>
</div>
<h2 class="section-title">Invoices</h2>
<section class="card table-card">
${invoiceTable(invoices, today)}
</section>`;
  return layout({ company: data.company, title: customer.name, active: 'customers', body });
}

export function dashboardPage(data, today) {
  const byId = customersById(data);
  const owed = data.invoices.filter((i) => amountDue(i) > 0);
  const late = owed.filter((i) => isOverdue(i, today));
  // Dollars first and large; other currencies smaller beside them, never added to dollars.
  const moneyList = (pairs) =>
    pairs
      .map(
        ([currency, cents], i) =>
          `<span${i > 0 ? ' class="other-currency"' : ''}>${h(formatMoney(cents, currency))}</span>`,
      )
      .join('');
  const paidRecently = data.invoices.filter((i) => i.paidOn && daysBetween(i.paidOn, today) <= 30);

  // Ageing in dollars only: adding euros to dollars would be wrong.
  const usd = owed.filter((i) => i.currency === 'USD');
  const buckets = AGEING_BUCKETS.map((b) => {
    const cents = usd
      .filter((i) => {
        const d = daysBetween(i.due, today);
        return d >= b.min && d <= b.max;
      })
      .reduce((s, i) => s + amountDue(i), 0);
    return { ...b, cents };
  });
  const largest = Math.max(1, ...buckets.map((b) => b.cents));
  const ageing = buckets
    .map(
      (b, i) =>
        `<li><span class="bar-label">${h(b.label)}</span><span class="bar"><span class="bar-fill bar-${i}" style="width:${((b.cents / largest) * 100).toFixed(1)}%"></span></span><span class="bar-value">${h(formatMoney(b.cents, 'USD'))}</span></li>`,
    )
    .join('');

  const lateByCustomer = new Map();
  for (const inv of late) lateByCustomer.set(inv.customerId, (lateByCustomer.get(inv.customerId) ?? 0) + 1);
  const topLate = [...lateByCustomer.keys()]
    .map((id) => ({ customer: byId.get(id), ...customerBalance(data, id, today), count: lateByCustomer.get(id) }))
    .sort((a, b) => b.overdue - a.overdue)
    .slice(0, 6)
    .map(
      (r) =>
        `<li><a href="/customers/${encodeURIComponent(r.customer.id)}">${h(r.customer.name)}</a><span class="muted">${r.count} invoice${r.count === 1 ? '' : 's'}</span><span class="late">${h(formatMoney(r.overdue, r.customer.currency))}</span></li>`,
    )
    .join('');

  const body = `
<div class="page-head">
  <div><h1>Dashboard</h1><p class="muted">As of ${h(formatDate(today))}</p></div>
  ${NEW_INVOICE}
</div>
<div class="stats">
  <a class="card stat-card" href="/invoices"><h2>Outstanding</h2><p class="stat">${moneyList(totalsByCurrency(owed, amountDue))}</p><p class="muted">${owed.length} unpaid invoices</p></a>
  <a class="card stat-card" href="/invoices?status=overdue"><h2>Overdue</h2><p class="stat late">${moneyList(totalsByCurrency(late, amountDue))}</p><p class="muted">${late.length} invoices past due</p></a>
  <a class="card stat-card" href="/invoices?status=paid"><h2>Paid in the last 30 days</h2><p class="stat">${moneyList(totalsByCurrency(paidRecently, (i) => i.total))}</p><p class="muted">${paidRecently.length} invoices</p></a>
</div>
<div class="dash-grid">
  <section class="card">
    <h2>Receivables by age <span class="muted">(USD)</span></h2>
    <ul class="ageing">${ageing}</ul>
  </section>
  <section class="card">
    <h2>Largest overdue balances</h2>
    <ul class="top-late">${topLate}</ul>
    <p><a href="/invoices?status=overdue">View overdue invoices →</a></p>
  </section>
</div>
<p class="dash-links"><a class="btn btn-secondary" href="/invoices">All invoices</a></p>`;
  return layout({ company: data.company, title: 'Dashboard', active: 'dashboard', body });
}

export function reportsPage(data) {
  const body = `
<div class="page-head"><div><h1>Reports</h1><p class="muted">Sales, tax and receivables reports.</p></div></div>
<section class="card empty-state"><h2>Reports are not part of this demo</h2><p class="muted">The dashboard shows receivables by age. <a href="/">Go to the dashboard</a>.</p></section>`;
  return layout({ company: data.company, title: 'Reports', active: 'reports', body });
}

export function notFoundPage(data, path) {
  const body = `
<section class="card empty-state">
  <h1>Page not found</h1>
  <p class="muted">There is nothing at <code>${h(path)}</code>.</p>
  <p><a class="btn btn-primary" href="/">Back to the dashboard</a></p>
</section>`;
  return layout({ company: data.company, title: 'Not found', active: '', body });
}
