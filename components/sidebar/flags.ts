import type { Classification, Reason } from '../../lib/model';

const FLAG_LABEL = {
  termStretcher: 'Term-stretcher',
  upfrontOnly: 'Upfront only',
  creditHold: 'Credit hold',
  creditWarning: 'New invoice on credit',
  creditPolicy: 'Credit policy to send',
} as const;

/** The flags set beside the class, with the reason each was set. */
export function flagList(
  flags: Classification['flags'],
): { key: keyof typeof FLAG_LABEL; label: string; why: Reason }[] {
  return (Object.keys(FLAG_LABEL) as (keyof typeof FLAG_LABEL)[])
    .filter((k) => flags[k])
    .map((k) => ({ key: k, label: FLAG_LABEL[k], why: flags[k]! }));
}
