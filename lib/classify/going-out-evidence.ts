import { dayOf, excerpt, numbersOf } from './describe';
import { reason, type Invoice, type Voice } from '../model';
import type { DebtorFacts } from './debtor-facts';
import { median } from './median';
import { repeated, type Evidence } from './evidence';
import { ASKS_PLAN, ASKS_TIME, BOUNCED, CASH_FLOW, CLOSING, PAYMENT_WORD, fold } from './words';
import { ownText } from './debtor-words';
import { dayNumber } from '../time/calendar';

/**
 * Going out of business: a cash-flow problem. A good payer turned late, days-to-pay lengthening,
 * partial payments, a growing balance, asking for time or instalments, a bounced payment, noted
 * signs of closing.
 */
export function goingOutEvidence(f: DebtorFacts, found: Evidence[] = []): Evidence[] {
  turnedLate(f, found);
  lengthening(f, found);
  // A part payment or an applied credit note is a weak sign on its own: several make a pattern.
  if (f.partlyPaid.length > 0) {
    found.push({
      weight: f.partlyPaid.length === 1 ? 0.75 : repeated(f.partlyPaid.length, 1, 2.5),
      reason: reason('partly-paid', { count: f.partlyPaid.length, invoices: numbersOf(f.partlyPaid) }),
    });
  }
  growingBalance(f, found);

  let cash = 0,
    cashDay = 0,
    asked = 0,
    askedDay = 0,
    askedTimeOnly = false,
    bounced = 0,
    bouncedDay = 0,
    closing = 0,
    closingDay = 0,
    closingWords = '',
    closingVoice: Voice = 'owner';
  for (let i = 0; i < f.events.length; i++) {
    const e = f.events[i]!;
    const day = f.eventDays[i]!;
    const outcome = f.eventOutcomes[i]!;
    const text = f.eventTexts[i]!;
    const voice = f.eventVoices[i]!;
    const script = f.eventScriptOutcomes[i]!;
    const said = (o: string) => outcome === o || script.includes(o);
    // One call can bring several signs (the outcome holds the main one, the text the others).
    if (said('cash-flow') || CASH_FLOW.test(text, voice)) {
      cash++;
      cashDay = day;
    }
    const time = said('asked-time') || ASKS_TIME.test(text, voice);
    if (said('asked-plan') || time || ASKS_PLAN.test(text, voice)) {
      asked++;
      askedDay = day;
      askedTimeOnly = time && !said('asked-plan') && !ASKS_PLAN.test(text, voice);
    }
    // The bank's word on a payment logged, or a note saying a payment (not a mail) bounced.
    const paymentText = e.kind === 'payment' && e.text !== '' ? fold(e.text) : '';
    if (
      said('bounced') ||
      (paymentText !== '' && BOUNCED.test(paymentText)) ||
      (text !== '' && PAYMENT_WORD.test(text) && BOUNCED.test(text))
    ) {
      bounced++;
      bouncedDay = day;
    }
    if (said('closing') || CLOSING.test(text, voice)) {
      closing++;
      closingDay = day;
      closingWords = text === '' ? '' : ownText(e);
      closingVoice = voice === 'debtor' ? 'debtor' : 'owner';
    }
  }
  if (cash > 0)
    found.push({ weight: repeated(cash, 2.5, 4), reason: reason('cash-tight', { on: dayOf(cashDay), count: cash }) });
  if (closing > 0)
    found.push({
      weight: repeated(closing, 3, 4.5),
      reason: closingWords
        ? reason('closing-words', { on: dayOf(closingDay), words: excerpt(closingWords), voice: closingVoice })
        : reason('closing-noted', { on: dayOf(closingDay) }),
    });
  if (bounced > 0)
    found.push({
      weight: repeated(bounced, 3, 4.5),
      reason: reason('bounced', { count: bounced, lastOn: dayOf(bouncedDay) }),
    });
  if (asked > 0)
    found.push({
      weight: repeated(asked, 2.5, 4),
      reason: reason(askedTimeOnly ? 'asked-time' : 'asked-plan', { on: dayOf(askedDay), count: asked }),
    });
  const active = f.plans.length === 0 ? undefined : f.plans.find((p) => p.status === 'active');
  if (active) found.push({ weight: 1, reason: reason('on-plan', { installments: active.installments.length }) });
  return found;
}

/** Used to pay on time, now late: the first half of the history on time, the recent part late. */
function turnedLate(f: DebtorFacts, found: Evidence[]): void {
  let count = 0;
  for (const p of f.paid) if (p.daysLate !== undefined) count++;
  if (count < 2) return;
  // "Now" is what is open when it is late enough; otherwise the last two payments, given a history.
  const lateNow = undisputedDaysLate(f);
  const openLate = lateNow >= 15;
  if (!openLate && count < 4) return;
  const earlier = openLate ? count : count - 2;
  let seen = 0,
    onTime = 0,
    last = 0,
    beforeLast = 0;
  for (const p of f.paid) {
    if (p.daysLate === undefined) continue;
    if (seen < earlier && p.daysLate <= 2) onTime++;
    seen++;
    beforeLast = last;
    last = p.daysLate;
  }
  // The median of the last two payments' lateness is their mean.
  const nowLate = openLate ? lateNow : (beforeLast + last) / 2;
  if (onTime * 4 < earlier * 3 || nowLate < 15) return;
  found.push({
    weight: 2.5,
    reason: reason('turned-late', { onTime: earlier, days: Math.round(nowLate) }),
  });
}

/**
 * How late the oldest overdue invoice is, leaving out those the app marks disputed: a disputed
 * invoice is late because of the dispute (angry evidence), not because cash is short.
 */
function undisputedDaysLate(f: DebtorFacts): number {
  if (f.disputedByStatus.length === 0) return f.oldestDaysLate;
  for (const inv of f.overdue) {
    if (inv.due === undefined || f.disputedByStatus.includes(inv)) continue;
    return Math.max(0, f.todayDay - dayNumber(inv.due));
  }
  return 0;
}

/** Days to pay rising over the history (first half against second half), current lateness included. */
function lengthening(f: DebtorFacts, found: Evidence[]): void {
  // Days to pay in the order they were paid; without an issue date, lateness plus the usual terms.
  const days: number[] = [];
  let firstDay = 0,
    lastDay = 0,
    longest = -Infinity;
  for (const p of f.paid) {
    const d = p.daysToPay ?? (p.daysLate === undefined ? undefined : p.daysLate + (f.termsDays ?? 30));
    if (d === undefined) continue;
    if (days.length === 0) firstDay = p.paidDay;
    lastDay = p.paidDay;
    days.push(d);
    if (d > longest) longest = d;
  }
  if (days.length === 0) return;
  // An open invoice older than anything paid so far is part of the trend.
  for (const inv of f.overdue) {
    if (inv.issued === undefined || f.disputedByStatus.includes(inv)) continue;
    const age = f.todayDay - dayNumber(inv.issued);
    if (age > longest) {
      days.push(age);
      lastDay = f.todayDay;
    }
  }
  if (days.length < 4) return;
  const half = days.length >> 1;
  const before = median(days, 0, half);
  const after = median(days, days.length - half);
  if (after - before < 15 || after < before * 1.5) return;
  const months = Math.max(1, Math.round((lastDay - firstDay) / 30.4));
  found.push({
    weight: 2,
    reason: reason('days-to-pay-rose', { from: Math.round(before), to: Math.round(after), months }),
  });
}

/** Several overdue invoices spread over months: new work keeps being added to an unpaid balance. */
function growingBalance(f: DebtorFacts, found: Evidence[]): void {
  // Those with a due date (oldest first, as overdue is), the total in the oldest one's currency.
  let dated = 0,
    total = 0;
  let oldest: Invoice | undefined, newest: Invoice | undefined;
  for (const inv of f.overdue) {
    if (inv.due === undefined) continue;
    dated++;
    oldest ??= inv;
    newest = inv;
    if (inv.currency === oldest.currency) total += inv.balance;
  }
  if (dated < 3) return;
  const first = dayNumber(oldest!.due!);
  const last = dayNumber(newest!.due!);
  if (last - first < 45) return;
  found.push({
    weight: 1.5,
    reason: reason('balance-growing', {
      count: dated,
      since: dayOf(first),
      total: { minor: total, currency: oldest!.currency },
    }),
  });
}
