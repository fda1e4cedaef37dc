import type { ReasonKind } from '../model';

/** Every message a catalogue holds: one per kind of reason, and the parts they share. */
export type MessageKey = ReasonKind | 'list-more';

/**
 * One language's words: an ICU MessageFormat string per key (see en.ts for the conventions). Each
 * language is one file holding every key with the same placeholders (test/unit/i18n checks it).
 */
export type Catalogue = Readonly<Record<MessageKey, string>>;
