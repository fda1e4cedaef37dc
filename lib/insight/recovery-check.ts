import { reason, type Money, type Reason, type Settings, type Standing } from '../model';

export type Recovery = 'pursue' | 'agency' | 'court' | 'write-off';

export interface RecoveryCheck {
  recommendation: Recovery;
  /** What each way would bring back, net of its cost, in minor units. */
  net: Record<Recovery, number>;
  /** The numbers, each way's line then the recommendation (lib/i18n puts them in words). */
  explanation: Reason[];
}

/** Hours of the owner's own time each way takes: a few more calls and letters; preparing and attending court. */
export const HOURS_TO_PURSUE = 3;
export const HOURS_FOR_COURT = 8;
/** Past this, a debt is rarely recovered by more reminders alone. */
export const PURSUE_UNTIL_DAYS_LATE = 90;
/** The share of a debt an agency or a court typically recovers from a debtor going out of business. */
export const INSOLVENT_RECOVERY = 0.2;

/**
 * Pursue, a collection agency, court or write-off, by what each would bring back: the agency keeps
 * its percentage, court costs its fixed fees plus the owner's time, pursuing costs the owner's time.
 * Early debts are pursued while that pays (not once the final notice went out); later ones go to whichever of agency or court nets more;
 * when nothing nets anything, writing it off saves time.
 */
export function recoveryCheck(
  amount: number,
  recovery: Settings['recovery'],
  options: {
    currency?: string;
    daysLate?: number;
    finalNoticeSent?: boolean;
    /** The debtor's class: an agency or a court recovers little from a business going under. */
    standing?: Standing;
  } = {},
): RecoveryCheck {
  const currency = options.currency ?? 'USD';
  const m = (minor: number): Money => ({ minor, currency });
  const pursueCost = HOURS_TO_PURSUE * recovery.hourlyValue;
  const courtCost = recovery.courtFixedCost + HOURS_FOR_COURT * recovery.hourlyValue;
  // What can still be recovered: all of it from a debtor who can pay, a fraction from one going
  // out of business (a judgment against an insolvent company is rarely collected).
  const insolvent = options.standing === 'going-out-of-business';
  const recoverable = insolvent ? Math.round(amount * INSOLVENT_RECOVERY) : amount;
  const net: Record<Recovery, number> = {
    pursue: amount - pursueCost,
    agency: Math.round((recoverable * (100 - recovery.agencyFeePercent)) / 100),
    court: recoverable - courtCost,
    'write-off': 0,
  };
  const explanation = [
    reason('recovery-pursue', { hours: HOURS_TO_PURSUE, cost: m(pursueCost), keep: m(net.pursue), amount: m(amount) }),
    reason('recovery-agency', { percent: recovery.agencyFeePercent, get: m(net.agency) }),
    reason('recovery-court', {
      fees: m(recovery.courtFixedCost),
      hours: HOURS_FOR_COURT,
      time: m(HOURS_FOR_COURT * recovery.hourlyValue),
      net: m(net.court),
    }),
  ];
  if (insolvent)
    explanation.push(
      reason('recovery-insolvent', { percent: Math.round(INSOLVENT_RECOVERY * 100), recoverable: m(recoverable) }),
    );
  let recommendation: Recovery;
  if (amount <= 0 || Math.max(net.pursue, net.agency, net.court) <= 0) recommendation = 'write-off';
  else if (net.pursue > 0 && !options.finalNoticeSent && (options.daysLate ?? 0) < PURSUE_UNTIL_DAYS_LATE)
    recommendation = 'pursue';
  else if (net.court > net.agency) recommendation = 'court';
  else if (net.agency > 0) recommendation = 'agency';
  else recommendation = 'write-off';
  explanation.push(reason('recovery-recommend', { choice: recommendation }));
  return { recommendation, net, explanation };
}
