import { z } from 'zod';
import type { AddinRequest, AddinResponse } from '../bridge/protocol';
import { family, reply } from './define';

/**
 * The Outlook taskpane's requests, relayed by the bridge content script on the add-in's origin
 * only. The bridge checks each with the zod/mini schemas of lib/bridge/protocol.ts before it
 * relays it, and the background's answerAddinRequest checks it again: the map carries it as is.
 */
export const addinMessages = family(
  {
    malformed: () => 'Owed refused a malformed request.',
    failed: (message) => message,
    refused: 'Owed answers add-in requests only from its Outlook taskpane.',
  },
  {
    addin: {
      from: ['addin'],
      payload: z.object({ request: z.custom<AddinRequest>() }),
      // The pane's own answer, passed on whole: a value, or a refusal (which may ask for the user's consent).
      reply: reply<AddinResponse>(),
    },
  },
);
