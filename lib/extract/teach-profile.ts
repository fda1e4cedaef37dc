import { SiteProfile } from './site-profile-schema';
import { detectColumns } from './teach-columns';
import { pickedListAt, taughtProfileDraft, type TaughtInput } from './teach-draft';

export { listAround, pickedListAt, selectorFor, taughtProfileDraft, type TaughtInput } from './teach-draft';

/** The teaching UI's view of the list around `clicked`: the page's half and the background's, in one call. */
export function detectColumnsAt(clicked: Element, opts: { today: string; locale?: string }) {
  const list = pickedListAt(clicked);
  return list && detectColumns(list, opts);
}

/**
 * A site profile from the list the user clicked and the columns they confirmed: saved, exported
 * and shared as JSON, read by the same generic extractor as the built-in ones.
 */
export function buildTaughtProfile(input: TaughtInput): SiteProfile {
  return SiteProfile.parse(taughtProfileDraft(input));
}

/** A profile from shared JSON: parsed and validated, or the reasons it is refused. */
export function parseProfileJson(json: string): { ok: true; profile: SiteProfile } | { ok: false; reason: string } {
  let raw: unknown;
  try {
    raw = JSON.parse(json);
  } catch {
    return { ok: false, reason: 'not JSON' };
  }
  const parsed = SiteProfile.safeParse(raw);
  return parsed.success ? { ok: true, profile: parsed.data } : { ok: false, reason: parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ') };
}
