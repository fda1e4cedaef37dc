import type { ContactEvent } from '../model';
import { QUESTIONS } from '../call-script/questions';
import { fold, type Voice } from './words';

/**
 * What one logged event says about the debtor, and in whose voice. Only the debtor's own words
 * and behaviour count: what the owner noted after a call or a visit, a dispute or promise they
 * logged, a mail the debtor sent (outcome 'received'). Owed's own lines never count: the subject
 * of a reminder it drafted or sent, the line logged for a payment-plan offer or an instalment, a
 * decision to escalate, the call script's answer labels (read back as the outcomes they stand for).
 */
export interface EventWords {
  /** The folded free text to read for signs; '' when the event holds none of the debtor's words. */
  text: string;
  voice: Voice;
  /** Outcomes the call script recorded in the text besides the event's own outcome. */
  scriptOutcomes: readonly string[];
}

const NO_WORDS: EventWords = Object.freeze({ text: '', voice: 'owner', scriptOutcomes: Object.freeze([]) });

const WRITTEN = new Set(['email', 'letter', 'certified-letter']);
/** Notes Owed logs for a decision or a state (escalation, skipped step), not about what the debtor said. */
const OWED_NOTES = new Set(['pursue', 'agency', 'court', 'write-off', 'skipped', 'recovery-ended', 'next-date']);

/** "question-id: answer label" lines the call script writes, by the whole line. */
const SCRIPT_LINES = new Map<string, string | undefined>();
for (const q of QUESTIONS) for (const a of q.answers) SCRIPT_LINES.set(`${q.id}: ${a.label}`, a.outcome);

/** An event's text without the call script's answer lines: what the owner or the debtor wrote, to quote. */
export function ownText(e: ContactEvent): string {
  if (e.kind !== 'call' || !e.text.includes(': ')) return e.text;
  const kept: string[] = [];
  for (const line of e.text.split('\n'))
    if (!SCRIPT_LINES.has(line)) kept.push(line.startsWith('Note: ') ? line.slice(6) : line);
  return kept.join(' ');
}

export function eventWords(e: ContactEvent, outcome: string): EventWords {
  if (e.text === '') return NO_WORDS;
  if (WRITTEN.has(e.kind))
    return outcome === 'received'
      ? { text: fold(e.text), voice: 'debtor', scriptOutcomes: NO_WORDS.scriptOutcomes }
      : NO_WORDS;
  if (e.template !== undefined || e.kind === 'plan' || e.kind === 'payment' || OWED_NOTES.has(outcome)) return NO_WORDS;
  if (e.kind !== 'call' || !e.text.includes(': '))
    return { text: fold(e.text), voice: 'owner', scriptOutcomes: NO_WORDS.scriptOutcomes };
  // A call logged by the script: its answer lines are Owed's labels; only the note is the owner's.
  let scriptOutcomes: string[] | undefined;
  const kept: string[] = [];
  for (const line of e.text.split('\n')) {
    if (SCRIPT_LINES.has(line)) {
      const o = SCRIPT_LINES.get(line);
      if (o !== undefined) (scriptOutcomes ??= []).push(o);
    } else kept.push(line.startsWith('Note: ') ? line.slice(6) : line);
  }
  return {
    text: kept.length === 0 ? '' : fold(kept.join('\n')),
    voice: 'owner',
    scriptOutcomes: scriptOutcomes ?? NO_WORDS.scriptOutcomes,
  };
}
