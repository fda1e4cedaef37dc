import { z } from 'zod';

/**
 * The reader content script asks the background, at start and when the user taught or deleted
 * one, which site profiles read this page: the user's taught ones for the site first (they win),
 * then the built-in ones for it. The answer is an OwedResponse<SiteProfile[]>.
 */
export const ReaderProfilesRequest = z.object({ type: z.literal('reader:profiles'), url: z.string().max(4000) });
export type ReaderProfilesRequest = z.infer<typeof ReaderProfilesRequest>;
