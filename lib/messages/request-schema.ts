import { z } from 'zod';
import type { MessageSpec } from './define';

type Whole<M extends Record<string, MessageSpec>> = {
  [K in keyof M & string]: { type: K } & z.output<M[K]['payload']>;
}[keyof M & string];

/** A family's messages as one schema of whole messages (`type` and payload), for callers that check a message at once. */
export function requestSchema<M extends Record<string, MessageSpec>>(messages: M): z.ZodType<Whole<M>> {
  const [first, ...rest] = Object.entries(messages).map(([type, m]) => m.payload.extend({ type: z.literal(type) }));
  return z.discriminatedUnion('type', [first!, ...rest]) as unknown as z.ZodType<Whole<M>>;
}
