import type { Catalogue } from './catalogue';

/**
 * English. ICU MessageFormat: `{on, date, day}` is a day ("3 Nov", with the year when it is not
 * this year), `{n, plural, one {…} other {…}}` a plural by Intl.PluralRules, `{x, select, …}` a
 * closed choice (its ids written with "_" for "-"); an optional value that is absent selects `none`. Money, ranges and invoice lists
 * arrive already written in the owner's locale; nested reasons arrive in words.
 */
export const en: Catalogue = {
  // Parts the others are made of.
  'list-more': '{shown} and {more} more',

  // The class and its evidence.
  override:
    'Your choice on {on, date, day}: {chosen, select, angry {angry} going_out_of_business {going out of business} unorganized {unorganized} other {in good standing}}{note, select, none {} other { ({note})}}; the rules say {rules, select, angry {angry} going_out_of_business {going out of business} unorganized {unorganized} other {in good standing}}',
  also: 'also: {reason}',
  'nothing-overdue': 'nothing overdue',
  'open-invoices':
    '{count, plural, one {# open invoice} other {# open invoices}}{nextDue, select, none {} other {, next due {nextDue, date, day}}}',
  'paid-all-on-time': '{count, plural, one {paid the last invoice on time} other {paid the last # invoices on time}}',
  'paid-some-on-time': 'paid {onTime} of the last {count, plural, one {invoice} other {# invoices}} on time',
  'paused-only':
    'nothing overdue besides {count, plural, one {# paused invoice} other {# paused invoices}} ({invoices})',
  'overdue-and-paused':
    '{count, plural, one {# invoice} other {# invoices}} overdue and paused ({invoices}), the oldest {days, plural, one {# day} other {# days}} late',
  'overdue-no-date': '{count, plural, one {# invoice} other {# invoices}} overdue ({invoices}), due date not shown',
  overdue:
    '{count, plural, one {# invoice} other {# invoices}} overdue ({invoices}), the oldest {days, plural, one {# day} other {# days}} late',
  'disputed-in-app': '{invoices} marked “{status}” in the invoicing app',
  'disputes-paused':
    'disputes {invoices}{words, select, none {} other {: “{words}”}} (paused until {until, date, day})',
  disputed:
    'disputed {invoices, select, none {an invoice} other {{invoices}}} on {on, date, day}{words, select, none {} other {: “{words}”}}{count, plural, one {} other { (# disputes in all)}}',
  'never-received':
    'said they never received {invoices, select, none {an invoice} other {{invoices}}} ({on, date, day})',
  dissatisfied: 'complained about the order or service on {on, date, day}{words, select, none {} other {: “{words}”}}',
  hostile:
    'hostile on {on, date, day}{words, select, none {} other {: “{words}”}}{count, plural, one {} other { (# times)}}',
  'avoided-calls': 'avoided {count, plural, one {# call} other {# calls}} (last on {lastOn, date, day})',
  'silent-after-reminders':
    'no answer to {reminders, plural, =0 {{calls, plural, one {# call} other {# calls}} in a row} one {# reminder{calls, plural, =0 {} one { and # call} other { and # calls}}} other {# reminders{calls, plural, =0 {} one { and # call} other { and # calls}}}} since {since, date, day}, {days, plural, one {# day} other {# days}} late',
  'broke-promises':
    '{count, plural, one {broke a promise to pay by {by, date, day}} other {broke # promises to pay (latest: by {by, date, day})}}',
  'partly-paid':
    '{count, plural, one {{invoices} partly paid or credited (a weak sign on its own)} other {# invoices partly paid or credited ({invoices})}}',
  'cash-tight': 'said cash is tight on {on, date, day}{count, plural, one {} other { (# times)}}',
  'asked-time': 'asked for more time to pay on {on, date, day}{count, plural, one {} other { (# such requests)}}',
  'asked-plan': 'asked to pay in instalments on {on, date, day}{count, plural, one {} other { (# such requests)}}',
  bounced:
    '{count, plural, one {a payment bounced on {lastOn, date, day}} other {# payments bounced, the last on {lastOn, date, day}}}',
  'closing-words': '{voice, select, debtor {wrote} other {noted}} “{words}” on {on, date, day}',
  'closing-noted': 'signs of closing noted on {on, date, day}',
  'on-plan': 'on a payment plan of {installments, plural, one {# instalment} other {# instalments}}',
  'turned-late': 'used to pay on time ({onTime, plural, one {# invoice} other {# invoices}}), now {days} days late',
  'days-to-pay-rose': 'days to pay rose from {from} to {to} over {months, plural, one {# month} other {# months}}',
  'balance-growing':
    'balance keeps growing: {count, plural, one {# overdue invoice} other {# overdue invoices}} since {since, date, day}, {total} in all',
  'paid-late-run':
    '{count, plural, one {paid the last invoice {days} days late} other {paid the last # invoices {days} days late}}',
  'paid-after-reminder-always':
    'always paid after a reminder ({count, plural, one {# late invoice} other {# late invoices}})',
  'paid-after-reminder-some': 'paid {reminded} of {count} late invoices after a reminder',
  'answered-calls': 'answered {answered} of {calls, plural, one {# call} other {# calls}}',
  'kept-promises': 'kept {count, plural, one {# promise} other {# promises}} to pay',
  'only-days-late':
    'only {days, plural, one {# day} other {# days}} late on {invoice}{clean, select, true {, no sign of a dispute or cash trouble} other {}}',
  'late-on':
    'late on {invoices}{days, select, none {} other { ({days, plural, one {# day} other {# days}})}}{clean, select, true {, no sign of a dispute or cash trouble} other {}}',

  // The flags.
  'term-stretcher': 'pays {days} days after issue (median {median}) on {terms}-day terms, over {count} invoices',
  'upfront-set': 'set by you on {on, date, day}{note, select, none {} other {: {note}}}',
  'upfront-proposed':
    'proposed: {invoice} was recovered only {days} days late, on {on, date, day}; ask for payment up front',
  'credit-hold': 'on credit hold since {since, date, day}{note, select, none {} other {: {note}}}',
  'credit-warning':
    '{invoice} was issued on credit{terms, select, none {{due, select, none {} other {, due {due, date, day}}}} other { on {terms}-day terms}} while this customer is {flag, select, credit_hold {on credit hold} other {upfront only}} (since {since, date, day})',
  'policy-never-acknowledged': 'has not acknowledged your credit policy: send it',
  'policy-acknowledged-long-ago': 'acknowledged your credit policy on {on, date, day}, over a year ago: send it again',

  // Why the next step.
  'call-back': 'you set {on, date, day} to call back (logged {loggedOn, date, day})',
  'agency-check-in':
    'handed to a collection agency on {since, date, day}: {every, select, none {check in on the date set} other {check in every {every} days}}',
  'court-date': 'taken to court on {since, date, day}: court date {on, date, day}',
  'court-date-unset': 'taken to court on {since, date, day}: no court date set yet, ask the court or your lawyer',
  'satisfaction-check':
    'delivered on {deliveredOn, date, day}{invoices, select, none {} other { ({invoices})}}: check they are satisfied before the invoice falls due',
  'dispute-logged':
    '{neverReceived, select, true {says they never received} other {disputes}} {invoice} since {since, date, day}{words, select, none {} other { ({words})}}: settle that by {until, date, day}; the other invoices keep their cadence',
  'dispute-paused':
    '{invoice} is disputed{words, select, none {} other { ({words})}} and paused until {until, date, day}: resolve it by then',
  'dispute-open':
    '{neverReceived, select, true {says they never received} other {disputes}} {invoices, select, none {an invoice} other {{invoices}}} since {since, date, day}: settle that first',
  'dispute-open-in-app': '{invoices} marked disputed in the invoicing app: settle that first',
  'missed-installment': 'instalment of {amount} due {due, date, day} not paid',
  'broken-promise': 'promised to pay by {by, date, day}, not paid',
  'promise-pending': 'promised to pay by {by, date, day}: call if it has not arrived',
  'plan-installment': 'payment plan: instalment of {amount} due {due, date, day}; call if it does not arrive',
  decide:
    '{last, select, final_notice {final notice} other {last step ({last})}} sent on {sentOn, date, day} and still unpaid: decide between a collection agency, court or writing it off. {check}',
  'pre-due': '{invoice} is due {due, date, day}: friendly reminder before the due date',
  step: '{done, select, none {} other {{done}; next, }}{when}: {what, select, reminder {friendly reminder before the due date} email {reminder email} call {phone call} letter {letter} certified_letter {certified letter} final_notice {final notice before agency, court or write-off} escalate_certified_letter {certified letter, copy senior leadership} escalate_payment_plan {offer a payment plan backed by a promissory note} escalate_copy_leadership {email copying senior leadership} other {escalate}}',
  'step-overdue': 'overdue: the {step}, due {due, date, day}, was not done (do it, or skip it on purpose); {when}',
  'step-done':
    '{action, select, reminder {friendly reminder before the due date} email {reminder email} call {phone call} letter {letter} certified_letter {certified letter} final_notice {final notice before agency, court or write-off} other {escalate}} done on {on, date, day}',
  'step-name':
    '{unit, select, before_due {reminder before the due date} other {{count}-{unit} {action, select, reminder {reminder} email {email} call {call} letter {letter} escalate {escalation} certified_letter {certified letter} other {final notice}}}}',
  'when-guessed': '{invoice} is overdue (due date not shown, seen overdue since {seenSince, date, day})',
  'when-due': '{invoice} is due {due, date, day}',
  'when-late': '{invoice} {ahead, select, true {will be} other {is}} {days, plural, one {# day} other {# days}} late',

  // The recovery check.
  'recovery-pursue': 'Chasing it yourself costs about {hours} hours ({cost}): you would keep {keep} of {amount}.',
  'recovery-agency': 'A collection agency keeps {percent}%: you would get {get}.',
  'recovery-court':
    'Court costs about {fees} in fees plus {hours} hours of your time ({time}): you would net {net}, if they can pay.',
  'recovery-insolvent':
    'They show signs of going out of business: an agency or a court would likely recover about {percent}% ({recoverable}), and suing an insolvent debtor is rarely worth it; a payment plan or a claim in the insolvency is often better.',
  'recovery-recommend':
    'Recommendation: {choice, select, pursue {keep pursuing it yourself: it is still worth your time} agency {hand it to a collection agency: it nets the most for the least of your time} court {take it to court (small claims): it nets more than an agency} other {write it off: recovering it would cost more than it brings back}}.',
};
