import type { Ledger } from '../ledger/build-ledger';
import { matchDebtors } from '../match';
import { type ContactEvent, type ContactEventInput, defaultSettings, type Settings } from '../model';
import {
  AddinRequest,
  type AddinAnswers,
  type AddinResponse,
  type DebtorName,
  WHOLE_LEDGER_REQUESTS,
} from './protocol';

export interface AddinDataSource {
  /** The ledger; its `settings` when the source keeps them beside it. */
  getLedger(): Promise<Ledger & { settings?: Settings }>;
  /** Adds an event, or replaces the one with the same id. */
  addEvent(e: ContactEventInput): Promise<void>;
  now?(): number;
  newId?(): string;
}

/**
 * 'matched': what the extension's bridge answers, the debtors the open mail's addresses point to
 * and nothing else. 'whole': the pane's own imported backup, which it holds whole anyway.
 */
export type AddinScope = 'matched' | 'whole';

/** Longest excerpt kept of a received mail: a reminder of what it said, not an archive. */
export const EXCERPT_MAX = 500;

/**
 * Answers one taskpane request from a ledger: the extension's background and the taskpane's own
 * imported backup both use it, so both expose exactly the same, minimal, data.
 * Never throws: a malformed request or a failure is an `{ ok: false, error }` the taskpane shows.
 */
export async function answerAddinRequest(
  raw: unknown,
  source: AddinDataSource,
  scope: AddinScope = 'matched',
): Promise<AddinResponse> {
  const parsed = AddinRequest.safeParse(raw);
  if (!parsed.success) {
    const first = parsed.error.issues[0];
    return {
      ok: false,
      error: `Owed refused a malformed request${first ? ` (${first.path.join('.') || 'request'}: ${first.message})` : ''}.`,
    };
  }
  if (scope === 'matched' && (WHOLE_LEDGER_REQUESTS as readonly string[]).includes(parsed.data.type)) {
    return {
      ok: false,
      error: 'The Owed extension shares only the debtors the open message matches, not its list of debtors.',
    };
  }
  try {
    return { ok: true, value: await dispatch(parsed.data, source, scope) };
  } catch (e) {
    return { ok: false, error: e instanceof Error ? e.message : String(e) };
  }
}

/** A write names the addresses it matched on; the debtor must match them again, here. */
async function matchedDebtor(
  source: AddinDataSource,
  req: { debtorId: string; matchedOn: string[]; ownAddresses: string[] },
  what: string,
  scope: AddinScope,
) {
  const ledger = await source.getLedger();
  const debtor = ledger.debtors.find((d) => d.id === req.debtorId);
  if (!debtor) throw new Error(`Owed has no debtor with that id: ${what}.`);
  if (scope === 'whole') return debtor; // the pane's own backup: it may pick any debtor
  const match = matchDebtors(req.matchedOn, ledger.debtors, { ownAddresses: req.ownAddresses });
  const ids =
    match.kind === 'none'
      ? []
      : match.kind === 'single'
        ? [match.match.debtorId]
        : match.matches.map((m) => m.debtorId);
  if (!ids.includes(debtor.id)) throw new Error(`This message's addresses do not match that debtor: ${what}.`);
  return debtor;
}

async function dispatch(
  req: AddinRequest,
  source: AddinDataSource,
  scope: AddinScope,
): Promise<AddinAnswers[AddinRequest['type']]> {
  const now = () => source.now?.() ?? Date.now();
  const newId = () => source.newId?.() ?? crypto.randomUUID();
  switch (req.type) {
    case 'find-debtors': {
      const ledger = await source.getLedger();
      const match = matchDebtors(req.emails, ledger.debtors, { ownAddresses: req.ownAddresses });
      const ids =
        match.kind === 'none'
          ? []
          : match.kind === 'single'
            ? [match.match.debtorId]
            : match.matches.map((m) => m.debtorId);
      return {
        today: ledger.today,
        settings: ledger.settings ?? defaultSettings(),
        match,
        debtors: ids.map((id) => ledger.debtors.find((d) => d.id === id)!).filter(Boolean),
      } satisfies AddinAnswers['find-debtors'];
    }
    case 'list-debtor-names': {
      const ledger = await source.getLedger();
      const debtors: DebtorName[] = ledger.debtors
        .map((d) => ({ id: d.id, name: d.name }))
        .sort((a, b) => a.name.localeCompare(b.name));
      return { debtors } satisfies AddinAnswers['list-debtor-names'];
    }
    case 'get-debtor': {
      const ledger = await source.getLedger();
      const debtor = ledger.debtors.find((d) => d.id === req.debtorId);
      if (!debtor) throw new Error('Owed has no debtor with that id any more.');
      return {
        today: ledger.today,
        settings: ledger.settings ?? defaultSettings(),
        debtor,
      } satisfies AddinAnswers['get-debtor'];
    }
    case 'log-draft': {
      await matchedDebtor(source, req, 'the draft was not logged', scope);
      const id = newId();
      // Drafted is not sent: it moves the cadence only once the owner confirms it ('confirm-sent').
      await source.addEvent({
        id,
        debtorId: req.debtorId,
        kind: 'email',
        at: now(),
        outcome: 'drafted',
        template: req.template,
        to: req.to.join(', ').slice(0, 1000),
        cc: req.cc.length ? req.cc.join(', ').slice(0, 2000) : undefined,
        text: `Reminder drafted in Outlook: ${req.subject}`.slice(0, 10_000),
      });
      return { logged: true, eventId: id } satisfies AddinAnswers['log-draft'];
    }
    case 'confirm-sent': {
      const debtor = await matchedDebtor(source, req, 'nothing was confirmed', scope);
      const event: ContactEvent | undefined = debtor.events.find((e) => e.id === req.eventId);
      if (event?.outcome !== 'drafted')
        throw new Error('That reminder is no longer waiting to be confirmed: nothing was changed.');
      await source.addEvent({ ...event, outcome: 'sent', at: now() });
      return { confirmed: true, eventId: event.id } satisfies AddinAnswers['confirm-sent'];
    }
    case 'log-received': {
      await matchedDebtor(source, req, 'the mail was not logged', scope);
      const id = newId();
      const excerpt = req.excerpt.trim().slice(0, EXCERPT_MAX);
      await source.addEvent({
        id,
        debtorId: req.debtorId,
        kind: 'email',
        at: Math.min(req.at, now()),
        outcome: 'received',
        text: (req.subject.trim() ? `${req.subject.trim()}\n\n${excerpt}` : excerpt).slice(0, 10_000),
      });
      return { logged: true, eventId: id } satisfies AddinAnswers['log-received'];
    }
  }
}
