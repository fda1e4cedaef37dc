import { builtInProfilesFor } from '../../lib/extract/read/profiles';
import type { readerProfilesMessages } from '../../lib/messages/reader-profiles';
import { createRouter, type Handlers } from '../../lib/messages/router';
import { taughtProfilesFor, type TeachDeps } from './teach';

/**
 * Answers the reader's 'reader:profiles' (lib/messages/reader-profiles.ts): the user's taught
 * profiles for the page, then the built-in ones. A database that cannot be read leaves the
 * built-in profiles to read the page.
 */
export const readerProfilesHandlers = (
  deps: Pick<TeachDeps, 'listProfiles'>,
): Handlers<keyof typeof readerProfilesMessages> => ({
  'reader:profiles': ({ url }) =>
    taughtProfilesFor(deps, url).then(
      (taught) => [...taught, ...builtInProfilesFor(url)],
      () => builtInProfilesFor(url),
    ),
});

/** Answers 'reader:profiles'; undefined for any other message. */
export const handleReaderProfiles = (message: unknown, deps: Pick<TeachDeps, 'listProfiles'>) =>
  createRouter(readerProfilesHandlers(deps))(message);
