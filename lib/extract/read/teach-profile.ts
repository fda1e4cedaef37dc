import { SiteProfile, UserProfile } from '../wire/site-profile-schema';
import { unpackList } from '../wire/capture-wire';
import { resolveList } from './resolve-list';
import { detectColumns } from './teach-columns';
import { taughtProfileDraft, type TaughtInput } from './teach-draft';
import { pickedAt } from '../page/teach-pick';

/** The teaching UI's view of the list around `clicked`: the page's half and the background's, in one call. */
export function detectColumnsAt(clicked: Element, opts: { today: string; locale?: string }) {
  const picked = pickedAt(clicked);
  return picked && detectColumns(picked.list, opts);
}

/**
 * A site profile from the list the user clicked and the columns they confirmed (both halves in one
 * call): saved, exported and shared as JSON, read by the same generic extractor as the built-in ones.
 */
export function buildTaughtProfile(
  input: Omit<TaughtInput, 'headers' | 'selector'> & { clicked: Element },
): SiteProfile {
  const picked = pickedAt(input.clicked);
  const headers = picked ? resolveList(unpackList(picked.list)).headers : [];
  return SiteProfile.parse(taughtProfileDraft({ ...input, headers, selector: picked?.selector }));
}

/** A profile from shared JSON: parsed and validated, or the reasons it is refused. */
export function parseProfileJson(json: string): { ok: true; profile: SiteProfile } | { ok: false; reason: string } {
  let raw: unknown;
  try {
    raw = JSON.parse(json);
  } catch {
    return { ok: false, reason: 'not JSON' };
  }
  // Shared JSON is from outside: it must name its sites (UserProfile).
  const parsed = UserProfile.safeParse(raw);
  return parsed.success
    ? { ok: true, profile: parsed.data }
    : { ok: false, reason: parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ') };
}
