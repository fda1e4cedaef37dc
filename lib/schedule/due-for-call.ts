import type { NextAction } from '../model';

/** The badge's rule: the next action is a call and its date is today or earlier (ISO dates compare as strings). */
export const isDueForCallToday = (next: NextAction | null, today: string): boolean =>
  next?.isCall === true && next.date <= today;
