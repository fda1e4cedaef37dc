import { z } from 'zod';
import type { SiteProfile } from '../extract/page/site-profile';
import { family, fromReader, REFUSED, reply } from './define';

/**
 * The reader content script asks the background, at start and when the user taught or deleted
 * one, which site profiles read this page: the user's taught ones for the site first (they win),
 * then the built-in ones for it.
 */
export const readerProfilesMessages = family(
  {
    malformed: () => 'Owed refused a malformed request for site profiles.',
    failed: (message) => message,
    refused: REFUSED,
  },
  {
    'reader:profiles': {
      from: fromReader,
      payload: z.object({ url: z.string().max(4000) }),
      reply: reply<SiteProfile[]>(),
    },
    /**
     * May the reader read this page as it loads? Yes only when the user approved the sender's
     * origin (the browser's sender.url); until then the reader waits for 'reader:approved'.
     */
    'reader:may-read': { from: fromReader, payload: z.object({}), reply: reply<boolean>() },
  },
);
