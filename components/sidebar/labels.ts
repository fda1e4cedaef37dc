import type { NextAction, Standing } from '../../lib/model';

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
};
