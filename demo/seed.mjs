// Seeded data for the demo invoicing app: a small wholesale supplier and its customers, with a
// year of invoices laid out relative to `today`. Deterministic: one fixed seed, so the same `today`
// always gives the same data, and another `today` gives the same story shifted in time.
//
// `behaviour` is the ground truth the tests check Owed's classifier against. The pages never show it.

const SEED = 0x0bed5eed;
const DAY_MS = 86_400_000;

/** Where the demo data says "the money is owed to": shown in the app's top bar and on invoices. */
const COMPANY = {
  name: 'Brightside Supply Co.',
  owner: 'Jordan Miles',
  email: 'billing@brightsidesupply.example',
  phone: '(415) 555-0100',
  address: '455 Market St, Suite 1200, San Francisco, CA 94105',
  currency: 'USD',
};

// Domains are under the reserved `.example` TLD and phones in fictional ranges (555-01xx, Ofcom's
// drama numbers, ARCEP's 01 99 00), so a reminder drafted from the demo can never reach a real person.
// base = a typical invoice for this customer, in cents of its currency.
/** @type {Array<[string, string, string, string, string, number, string, string, number]>} */
const CUSTOMERS = [
  // id, name, contact, email, phone, terms, behaviour, currency, base; address is in ADDRESSES
  [
    '1001',
    'Acme Dental Group LLC',
    'Priya Raman',
    'priya.raman@acmedental.example',
    '(415) 555-0101',
    30,
    'on-time',
    'USD',
    180_000,
  ],
  [
    '1002',
    'Northwind Traders Inc.',
    'Tom Becker',
    'ap@northwindtraders.example',
    '(206) 555-0117',
    30,
    'on-time',
    'USD',
    420_000,
  ],
  [
    '1003',
    'Harbor & Pine Architects',
    'Laura Chen',
    'laura@harborandpine.example',
    '(503) 555-0123',
    15,
    'on-time',
    'USD',
    95_000,
  ],
  [
    '1004',
    'Café Lumière',
    'Élodie Martin',
    'compta@cafe-lumiere.example',
    '+33 1 99 00 42 17',
    30,
    'on-time',
    'EUR',
    64_000,
  ],
  [
    '1005',
    'Greenleaf Landscaping',
    'Marcus Hill',
    'marcus@greenleaf.example',
    '(512) 555-0134',
    30,
    'on-time',
    'USD',
    72_000,
  ],
  [
    '1006',
    'Summit Physical Therapy',
    'Dana Kowalski',
    'billing@summitpt.example',
    '(303) 555-0148',
    30,
    'on-time',
    'USD',
    56_000,
  ],
  [
    '1007',
    'Blue Fern Bakery',
    'Sofia Alvarez',
    'sofia@bluefern.example',
    '(617) 555-0152',
    15,
    'on-time',
    'USD',
    31_000,
  ],
  [
    '1008',
    'Redwood Legal Partners LLP',
    'James Okafor',
    'accounts@redwoodlegal.example',
    '(916) 555-0166',
    45,
    'on-time',
    'USD',
    260_000,
  ],
  [
    '1009',
    'Tidewater Marine Supply',
    'Ben Carver',
    'ben.carver@tidewatermarine.example',
    '(757) 555-0171',
    30,
    'on-time',
    'USD',
    150_000,
  ],
  [
    '1010',
    'Copperfield Coffee Roasters',
    'Hannah Lee',
    'hannah@copperfieldcoffee.example',
    '(312) 555-0189',
    30,
    'on-time',
    'USD',
    48_000,
  ],
  [
    '1011',
    'Lindqvist Design Studio',
    'Erik Lindqvist',
    'erik@lindqvist.example',
    '(612) 555-0193',
    30,
    'on-time',
    'USD',
    88_000,
  ],
  [
    '1012',
    'Bobby <b>Tables</b> & Co',
    'Bobby Tables',
    'bobby@tables-and-co.example',
    '(201) 555-0104',
    14,
    'unorganized',
    'USD',
    38_000,
  ],
  [
    '1013',
    'Maple Street Yoga',
    'Jenna Brooks',
    'jenna@maplestreetyoga.example',
    '(802) 555-0111',
    14,
    'unorganized',
    'USD',
    22_000,
  ],
  [
    '1014',
    'Dunmore Printing Co.',
    'Frank Dunmore',
    'frank@dunmoreprinting.example',
    '(570) 555-0125',
    30,
    'unorganized',
    'USD',
    67_000,
  ],
  [
    '1015',
    'Oakridge Veterinary Clinic',
    'Dr. Alan Price',
    'frontdesk@oakridgevet.example',
    '(865) 555-0138',
    30,
    'unorganized',
    'USD',
    54_000,
  ],
  [
    '1016',
    'Sunny Side Daycare',
    'Maria Gonzales',
    'maria@sunnysidedaycare.example',
    '(602) 555-0142',
    14,
    'unorganized',
    'USD',
    29_000,
  ],
  [
    '1017',
    'Thornbury Consulting Ltd',
    'Oliver Hughes',
    'oliver.hughes@thornbury.example',
    '+44 20 7946 0321',
    30,
    'unorganized',
    'GBP',
    115_000,
  ],
  [
    '1018',
    'Hollis Auto Repair',
    'Ray Hollis',
    'ray@hollisauto.example',
    '(614) 555-0157',
    30,
    'unorganized',
    'USD',
    46_000,
  ],
  [
    '1019',
    'Castle Rock Construction Inc.',
    'Derek Malone',
    'dmalone@castlerockbuild.example',
    '(720) 555-0160',
    30,
    'going-out-of-business',
    'USD',
    310_000,
  ],
  [
    '1020',
    'Midtown Furniture Outlet',
    'Gary Feldman',
    'gary@midtownfurniture.example',
    '(404) 555-0174',
    30,
    'going-out-of-business',
    'USD',
    140_000,
  ],
  [
    '1021',
    'Keller Maschinenbau GmbH',
    'Jürgen Keller',
    'buchhaltung@keller-maschinenbau.example',
    '+49 711 555 0182',
    30,
    'going-out-of-business',
    'EUR',
    230_000,
  ],
  [
    '1022',
    'Pioneer Freight Lines LLC',
    'Carla Jennings',
    'cjennings@pioneerfreight.example',
    '(816) 555-0186',
    30,
    'going-out-of-business',
    'USD',
    175_000,
  ],
  [
    '1023',
    'Vertex Software Solutions Inc.',
    'Kevin Marsh',
    'kevin.marsh@vertexsoftware.example',
    '(408) 555-0109',
    30,
    'angry',
    'USD',
    120_000,
  ],
  [
    '1024',
    'Riverside Medical Billing',
    'Angela Torres',
    'atorres@riversidemb.example',
    '(951) 555-0127',
    30,
    'angry',
    'USD',
    85_000,
  ],
  [
    '1025',
    'Crescent City Catering',
    'Louis Broussard',
    'louis@crescentcatering.example',
    '(504) 555-0131',
    15,
    'angry',
    'USD',
    60_000,
  ],
  [
    '1026',
    'Ironclad Security Systems',
    'Nina Patel',
    'nina.patel@ironcladsecurity.example',
    '(702) 555-0145',
    30,
    'angry',
    'USD',
    98_000,
  ],
  [
    '1027',
    'Globex Corporation',
    'Patricia Wong',
    'ap@globex.example',
    '(212) 555-0153',
    30,
    'term-stretcher',
    'USD',
    380_000,
  ],
  [
    '1028',
    'Consolidated Hospital Supply Inc.',
    'Mark Ridley',
    'payables@consolidatedhospital.example',
    '(615) 555-0168',
    30,
    'term-stretcher',
    'USD',
    270_000,
  ],
  [
    '1029',
    'Meridian Property Management',
    'Rachel Stein',
    'rstein@meridianpm.example',
    '(305) 555-0177',
    30,
    'term-stretcher',
    'USD',
    130_000,
  ],
  [
    '1030',
    'BigBox Retail Holdings LLC',
    'Steve Nolan',
    'invoices@bigboxretail.example',
    '(214) 555-0195',
    30,
    'term-stretcher',
    'USD',
    450_000,
  ],
];

/** @type {Record<string, string>} */
const ADDRESSES = {
  1001: '2100 Mission St, Suite 300, San Francisco, CA 94110',
  1002: '88 Pine St, Seattle, WA 98101',
  1003: '415 NW 11th Ave, Portland, OR 97209',
  1004: '18 rue des Martyrs, 75009 Paris, France',
  1005: '7702 Burnet Rd, Austin, TX 78757',
  1006: '1550 Wynkoop St, Denver, CO 80202',
  1007: '12 Tremont St, Boston, MA 02108',
  1008: '980 9th St, Sacramento, CA 95814',
  1009: '301 Waterside Dr, Norfolk, VA 23510',
  1010: '2211 W Fulton St, Chicago, IL 60612',
  1011: '400 1st Ave N, Minneapolis, MN 55401',
  1012: '1 Little Bobby Ln, Hoboken, NJ 07030',
  1013: '45 Maple St, Burlington, VT 05401',
  1014: '212 Blakely St, Dunmore, PA 18512',
  1015: '150 Oak Ridge Tpke, Oak Ridge, TN 37830',
  1016: '3300 N Central Ave, Phoenix, AZ 85012',
  1017: '27 Old Gloucester St, London WC1N 3AX, United Kingdom',
  1018: '880 N High St, Columbus, OH 43215',
  1019: '9100 E Mineral Ave, Centennial, CO 80112',
  1020: '1401 Peachtree St NE, Atlanta, GA 30309',
  1021: 'Industriestraße 14, 70565 Stuttgart, Germany',
  1022: '2600 Guinotte Ave, Kansas City, MO 64120',
  1023: '2860 Zanker Rd, San Jose, CA 95134',
  1024: '3750 University Ave, Riverside, CA 92501',
  1025: '700 Magazine St, New Orleans, LA 70130',
  1026: '6325 S Rainbow Blvd, Las Vegas, NV 89118',
  1027: '500 Fifth Ave, New York, NY 10110',
  1028: '1 Vantage Way, Nashville, TN 37228',
  1029: '801 Brickell Ave, Miami, FL 33131',
  1030: '2200 Ross Ave, Dallas, TX 75201',
};

/** On-time customers with a draft invoice being prepared today. */
const DRAFT_FOR = new Set(['1002', '1009']);

/** mulberry32: tiny, fast, good enough for demo data, and the same on every platform. */
function prng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

const between = (rng, lo, hi) => lo + Math.floor(rng() * (hi - lo + 1));
const amountNear = (rng, base, lo = 0.7, hi = 1.3) => Math.round(base * (lo + rng() * (hi - lo)));

function dayNumber(iso) {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(iso ?? '')) throw new RangeError(`expected a date as YYYY-MM-DD, got ${iso}`);
  const ms = Date.parse(`${iso}T00:00:00Z`);
  if (Number.isNaN(ms) || new Date(ms).toISOString().slice(0, 10) !== iso)
    throw new RangeError(`not a calendar date: ${iso}`);
  return ms / DAY_MS;
}
const isoDay = (n) => new Date(n * DAY_MS).toISOString().slice(0, 10);

// Each plan below lists a customer's invoices as offsets in days from today (negative = past):
// { issued, total, paidOn? (offset), paid? (cents, for partial payments), disputed?, draft? }.
// An invoice without paidOn or paid is unpaid.

function onTimePlan(rng, c) {
  const plan = [];
  const gap = () => between(rng, 75, 110);
  for (let issued = -between(rng, 260, 340); issued < 0; issued += gap()) {
    const due = issued + c.termsDays;
    const early = between(rng, 0, Math.min(10, c.termsDays - 1));
    const paidOn = due - early;
    // Paid on or before due; an invoice not yet due stays open unless it was already paid early.
    plan.push(
      paidOn < 0 ? { issued, total: amountNear(rng, c.base), paidOn } : { issued, total: amountNear(rng, c.base) },
    );
  }
  if (DRAFT_FOR.has(c.id)) plan.push({ issued: 0, total: amountNear(rng, c.base), draft: true });
  return plan;
}

function unorganizedPlan(rng, c) {
  // Now: one or two invoices 3–25 days overdue, a few days apart.
  const lateNow = [between(rng, 3, 12)];
  if (rng() < 0.6) lateNow.push(lateNow[0] + between(rng, 6, 13));
  const plan = lateNow.map((late) => ({ issued: -late - c.termsDays, total: amountNear(rng, c.base) }));
  // Before: regular invoices, each paid in full 3–12 days late.
  const start = -between(rng, 270, 340);
  for (
    let issued = Math.min(...plan.map((p) => p.issued)) - between(rng, 30, 45);
    issued > start;
    issued -= between(rng, 65, 95)
  ) {
    plan.push({ issued, total: amountNear(rng, c.base), paidOn: issued + c.termsDays + between(rng, 3, 12) });
  }
  return plan;
}

function goingOutOfBusinessPlan(rng, c) {
  const plan = [];
  // A year ago: a good payer. Then each invoice paid later than the one before, still in full.
  let issued = -between(rng, 330, 350);
  for (; issued < -240; issued += between(rng, 55, 70)) {
    plan.push({ issued, total: amountNear(rng, c.base), paidOn: issued + c.termsDays - between(rng, 0, 5) });
  }
  let late = between(rng, 4, 8);
  for (; issued < -130; issued += between(rng, 28, 36)) {
    plan.push({ issued, total: amountNear(rng, c.base), paidOn: issued + c.termsDays + late });
    late += between(rng, 8, 14);
  }
  // Now: several invoices 20–100 days overdue, larger each time; the older ones partly paid.
  const overdueDays = [between(rng, 88, 100), between(rng, 62, 74), between(rng, 40, 50), between(rng, 20, 28)];
  if (rng() < 0.5) overdueDays.pop();
  overdueDays.forEach((days, i) => {
    const total = amountNear(rng, c.base * (1 + 0.15 * i), 0.9, 1.1);
    const partial = i < 2 ? { paid: Math.round(total * (0.25 + rng() * 0.35)) } : {};
    plan.push({ issued: -days - c.termsDays, total, ...partial });
  });
  // Still ordering: one open invoice not yet due.
  plan.push({ issued: -between(rng, 4, 18), total: amountNear(rng, c.base * 1.2) });
  return plan;
}

function angryPlan(rng, c) {
  // One larger invoice they dispute and will not pay, long overdue.
  const disputedIssued = -between(rng, 35, 90) - c.termsDays;
  const plan = [{ issued: disputedIssued, total: amountNear(rng, c.base * 3.2, 0.85, 1.15), disputed: true }];
  // Every other invoice paid on time, before and after the dispute.
  for (let issued = -between(rng, 300, 340); issued < 0; issued += between(rng, 60, 90)) {
    if (Math.abs(issued - disputedIssued) < 12) continue;
    const paidOn = issued + c.termsDays - between(rng, 0, 7);
    plan.push(
      paidOn < 0 ? { issued, total: amountNear(rng, c.base), paidOn } : { issued, total: amountNear(rng, c.base) },
    );
  }
  return plan;
}

function termStretcherPlan(rng, c) {
  // Now: one or two invoices 10–50 days past their 30-day terms, and one just sent.
  const lateNow = [between(rng, 10, 28)];
  if (rng() < 0.7) lateNow.push(between(rng, 36, 50));
  const plan = lateNow.map((late) => ({ issued: -late - c.termsDays, total: amountNear(rng, c.base) }));
  plan.push({ issued: -between(rng, 3, 20), total: amountNear(rng, c.base) });
  // Before: paid in full, but only 60–90 days after issue.
  for (let issued = -between(rng, 95, 105); issued > -300; issued -= between(rng, 55, 80)) {
    plan.push({ issued, total: amountNear(rng, c.base), paidOn: issued + between(rng, 60, 90) });
  }
  return plan;
}

const PLANS = {
  'on-time': onTimePlan,
  unorganized: unorganizedPlan,
  'going-out-of-business': goingOutOfBusinessPlan,
  angry: angryPlan,
  'term-stretcher': termStretcherPlan,
};

/**
 * The app's status word. Rule, in order: Draft (not sent yet), Disputed, Paid (nothing left),
 * Partially paid (something paid, something left, whatever the due date), Overdue (nothing paid,
 * past due), Open (nothing paid, not due yet).
 */
function statusOf(p, dueDay) {
  if (p.draft) return 'Draft';
  if (p.disputed) return 'Disputed';
  if (p.paidOn !== undefined) return 'Paid';
  if (p.paid) return 'Partially paid';
  return dueDay < 0 ? 'Overdue' : 'Open';
}

/**
 * What the customer owes on an invoice now, in cents. A draft was never sent, so it is owed by no
 * one yet: 0, as invoicing apps show it, even though nothing has been paid.
 * @param {{ status: string, total: number, paid: number }} invoice
 */
export function amountDue(invoice) {
  return invoice.status === 'Draft' ? 0 : invoice.total - invoice.paid;
}

/**
 * Overdue = something still owed and the due date before today, whatever the status word says
 * ('Overdue', 'Partially paid' or 'Disputed').
 * @param {{ status: string, total: number, paid: number, due: string }} invoice
 * @param {string} today YYYY-MM-DD
 */
export function isOverdue(invoice, today) {
  return amountDue(invoice) > 0 && invoice.due < today;
}

/**
 * The demo's company, customers and invoices as of `today` (YYYY-MM-DD). Money in integer cents.
 * Invoices are sorted by issue date (oldest first) and numbered INV-<year>-<nnnn> in that order.
 * @param {string} today
 */
export function makeDemoData(today) {
  const todayDay = dayNumber(today);
  const customers = [];
  const drafts = [];
  CUSTOMERS.forEach(([id, name, contactName, email, phone, termsDays, behaviour, currency, base], index) => {
    customers.push({ id, name, contactName, email, phone, address: ADDRESSES[id], termsDays, behaviour, currency });
    // One stream per customer: changing one customer's plan does not reshuffle the others.
    const rng = prng(SEED ^ Math.imul(index + 1, 0x9e3779b1));
    for (const p of PLANS[behaviour](rng, { id, termsDays, base }))
      drafts.push({ customerId: id, index, currency, termsDays, p });
  });

  drafts.sort((a, b) => a.p.issued - b.p.issued || a.index - b.index);
  const perYear = new Map();
  const invoices = drafts.map(({ customerId, currency, termsDays, p }) => {
    const issued = isoDay(todayDay + p.issued);
    const year = issued.slice(0, 4);
    const seq = (perYear.get(year) ?? 0) + 1;
    perYear.set(year, seq);
    const dueDay = p.issued + termsDays;
    const paid = p.paidOn !== undefined ? p.total : (p.paid ?? 0);
    const invoice = {
      number: `INV-${year}-${String(seq).padStart(4, '0')}`,
      customerId,
      issued,
      due: isoDay(todayDay + dueDay),
      currency,
      total: p.total,
      paid,
      status: statusOf(p, dueDay),
    };
    if (p.paidOn !== undefined) invoice.paidOn = isoDay(todayDay + p.paidOn);
    return invoice;
  });

  return { company: { ...COMPANY }, customers, invoices };
}
