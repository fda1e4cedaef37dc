import { builtInProfilesFor } from '../../lib/extract/profiles';
import type { SiteProfile } from '../../lib/extract/site-profile';
import { ReaderProfilesRequest } from '../../lib/messages/reader-profiles';
import type { OwedResponse } from '../../lib/messages/requests';
import { taughtProfilesFor, type TeachDeps } from './teach';

/**
 * Answers the reader's 'reader:profiles' (lib/messages/reader-profiles.ts): the user's taught
 * profiles for the page, then the built-in ones; undefined for any other message.
 */
export function handleReaderProfiles(
  message: unknown,
  deps: Pick<TeachDeps, 'listProfiles'>,
): Promise<OwedResponse<SiteProfile[]>> | undefined {
  if ((message as { type?: unknown } | null)?.type !== 'reader:profiles') return undefined;
  const parsed = ReaderProfilesRequest.safeParse(message);
  if (!parsed.success)
    return Promise.resolve({ ok: false, error: 'Owed refused a malformed request for site profiles.' });
  const { url } = parsed.data;
  // A database that cannot be read leaves the built-in profiles to read the page.
  return taughtProfilesFor(deps, url).then(
    (taught) => ({ ok: true, value: [...taught, ...builtInProfilesFor(url)] }),
    () => ({ ok: true, value: builtInProfilesFor(url) }),
  );
}
