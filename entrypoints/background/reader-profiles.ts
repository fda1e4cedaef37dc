import { builtInProfilesFor } from '../../lib/extract/read/profiles';
import type { readerProfilesMessages } from '../../lib/messages/reader-profiles';
import { createRouter, type Handlers } from '../../lib/messages/router';
import { type ReadApprovals, webOrigin } from '../../lib/sites/read-approvals';
import { taughtProfilesFor, type TeachDeps } from './teach';

/**
 * Answers the reader's 'reader:profiles' (lib/messages/reader-profiles.ts): the user's taught
 * profiles for the page, then the built-in ones. A database that cannot be read leaves the
 * built-in profiles to read the page. 'reader:may-read': whether the user approved the sender's
 * origin (as the browser names it).
 */
export const readerProfilesHandlers = (
  deps: Pick<TeachDeps, 'listProfiles'>,
  approvals: Pick<ReadApprovals, 'has'>,
): Handlers<keyof typeof readerProfilesMessages> => ({
  'reader:may-read': async (_, sender) => {
    const origin = webOrigin(sender.url);
    return origin !== undefined && (await approvals.has(origin));
  },
  'reader:profiles': ({ url }) =>
    taughtProfilesFor(deps, url).then(
      (taught) => [...taught, ...builtInProfilesFor(url)],
      () => builtInProfilesFor(url),
    ),
});

/** Answers 'reader:profiles'; undefined for any other message. */
export const handleReaderProfiles = (message: unknown, deps: Pick<TeachDeps, 'listProfiles'>) =>
  createRouter({ 'reader:profiles': readerProfilesHandlers(deps, { has: async () => false })['reader:profiles'] })(
    message,
  );
