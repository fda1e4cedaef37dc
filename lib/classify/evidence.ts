import type { Reason } from '../model';

/** One observation that points to a class, with how much it weighs and why (as data). */
export interface Evidence {
  weight: number;
  reason: Reason;
}

/** Adds evidence that repeats with diminishing weight: the first counts fully, later ones half. */
export const repeated = (count: number, first: number, cap: number): number =>
  count === 0 ? 0 : Math.min(cap, first + (count - 1) * (first / 2));
