import type { CadenceAction, ContactKind } from '../model';

/**
 * Which logged contacts count as a cadence step done: an email step is done by an email or a
 * letter, a call by a call or a visit, an escalation by whatever form it takes for the class
 * (email with cc, certified letter, plan offer).
 */
const WRITTEN: ContactKind[] = ['email', 'letter', 'certified-letter'];

export const MATCHING_KINDS: Record<CadenceAction, ReadonlySet<ContactKind>> = {
  reminder: new Set(WRITTEN),
  email: new Set(WRITTEN),
  call: new Set<ContactKind>(['call', 'visit']),
  letter: new Set<ContactKind>(['letter', 'certified-letter']),
  escalate: new Set<ContactKind>([...WRITTEN, 'plan']),
  'certified-letter': new Set<ContactKind>(['certified-letter']),
  'final-notice': new Set(WRITTEN),
};

/** Contacts that answer a broken promise or a missed instalment: someone spoke to them. */
export const CALL_KINDS: ReadonlySet<ContactKind> = new Set<ContactKind>(['call', 'visit']);
