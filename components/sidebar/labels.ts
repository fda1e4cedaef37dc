import type { ContactKind, ContactRole, NextAction, Standing } from '../../lib/model';

export const STANDING_LABEL: Record<Standing, string> = {
  unorganized: 'Unorganized',
  'going-out-of-business': 'Going out of business',
  angry: 'Angry',
  'good-standing': 'In good standing',
};

export const ACTION_LABEL: Record<NextAction['action'], string> = {
  reminder: 'Send a friendly reminder',
  email: 'Send a reminder email',
  call: 'Call',
  letter: 'Send a letter',
  escalate: 'Escalate',
  'certified-letter': 'Send a certified letter',
  'final-notice': 'Send the final notice',
  'call-broken-promise': 'Call: promise broken',
  'call-missed-installment': 'Call: instalment missed',
  'resolve-dispute': 'Resolve the dispute',
  decide: 'Decide: agency, court or write-off',
  'call-back': 'Call back',
  'satisfaction-check': 'Check they are satisfied',
  'send-credit-policy': 'Send the credit policy',
  'agency-check-in': 'Check in with the agency',
  'court-date': 'Court date',
  'write-off-review': 'Written off',
};

export const KIND_LABEL: Record<ContactKind, string> = {
  email: 'Email',
  call: 'Call',
  letter: 'Letter',
  'certified-letter': 'Certified letter',
  visit: 'Visit',
  promise: 'Promise to pay',
  dispute: 'Dispute',
  payment: 'Payment',
  plan: 'Payment plan',
  note: 'Note',
};

export const ROLE_LABEL: Record<ContactRole, string> = {
  billing: 'Billing',
  'decision-maker': 'Decision maker',
  'senior-leadership': 'Senior leadership',
  other: 'Other',
};

/** Outcome ids the log stores (KNOWN_OUTCOMES), as a person reads them. */
export const OUTCOME_LABEL: Record<string, string> = {
  reached: 'Reached them',
  'no-answer': 'No answer',
  voicemail: 'Left a voicemail',
  avoided: 'Avoided the call',
  promised: 'Promised to pay',
  disputes: 'Disputes the invoice',
  'never-received': 'Says they never received it',
  dissatisfied: 'Unhappy with the order or service',
  'asked-plan': 'Asked for a payment plan',
  'asked-copy': 'Asked for a copy of the invoice',
  'asked-time': 'Asked for more time',
  'cash-flow': 'Cash-flow problem',
  bounced: 'Payment bounced',
  hostile: 'Hostile',
  closing: 'Closing down',
  paid: 'Paid',
  sent: 'Sent',
  delivered: 'Delivered',
  returned: 'Returned',
  drafted: 'Drafted, not yet sent',
  received: 'Mail from them',
  'order-delivered': 'Order delivered',
  agency: 'Handed to a collection agency',
  court: 'Taken to court',
  'write-off': 'Written off',
  'recovery-ended': 'Back to the normal follow-up',
  skipped: 'Step skipped',
  'policy-sent': 'Credit policy sent',
  'policy-acknowledged': 'Credit policy acknowledged',
};

export const outcomeLabel = (outcome: string | undefined): string =>
  outcome === undefined ? '' : (OUTCOME_LABEL[outcome] ?? outcome);

/** Which group of today's work a next action belongs to. */
export type TodayGroup = 'calls' | 'emails' | 'letters' | 'decisions';
export const ACTION_GROUP: Record<NextAction['action'], TodayGroup> = {
  call: 'calls',
  'call-broken-promise': 'calls',
  'call-missed-installment': 'calls',
  reminder: 'emails',
  email: 'emails',
  escalate: 'emails',
  letter: 'letters',
  'certified-letter': 'letters',
  'final-notice': 'letters',
  'resolve-dispute': 'decisions',
  decide: 'decisions',
  'call-back': 'calls',
  'satisfaction-check': 'letters',
  'send-credit-policy': 'emails',
  'agency-check-in': 'decisions',
  'court-date': 'decisions',
  'write-off-review': 'decisions',
};
