import type { Ledger } from '../ledger/build-ledger';
import { defaultSettings, type ContactEventInput, type Settings } from '../model';
import { matchDebtors } from '../match';
import { AddinRequest, type AddinAnswers, type AddinResponse, type DebtorName } from './protocol';

export interface AddinDataSource {
  /** The ledger; its `settings` when the source keeps them beside it. */
  getLedger(): Promise<Ledger & { settings?: Settings }>;
  addEvent(e: ContactEventInput): Promise<void>;
  now?(): number;
  newId?(): string;
}

/**
 * Answers one taskpane request from a ledger: the extension's background and the taskpane's own
 * imported backup both use it, so both expose exactly the same, minimal, data.
 * Never throws: a malformed request or a failure is an `{ ok: false, error }` the taskpane shows.
 */
export async function answerAddinRequest(raw: unknown, source: AddinDataSource): Promise<AddinResponse> {
  const parsed = AddinRequest.safeParse(raw);
  if (!parsed.success) {
    const first = parsed.error.issues[0];
    return {
      ok: false,
      error: `Owed refused a malformed request${first ? ` (${first.path.join('.') || 'request'}: ${first.message})` : ''}.`,
    };
  }
  try {
    return { ok: true, value: await dispatch(parsed.data, source) };
  } catch (e) {
    return { ok: false, error: e instanceof Error ? e.message : String(e) };
  }
}

async function dispatch(req: AddinRequest, source: AddinDataSource): Promise<AddinAnswers[AddinRequest['type']]> {
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
      const ledger = await source.getLedger();
      if (!ledger.debtors.some((d) => d.id === req.debtorId))
        throw new Error('Owed has no debtor with that id: the draft was not logged.');
      const id = source.newId?.() ?? crypto.randomUUID();
      await source.addEvent({
        id,
        debtorId: req.debtorId,
        kind: 'email',
        at: source.now?.() ?? Date.now(),
        template: req.template,
        to: req.to.join(', ').slice(0, 1000),
        cc: req.cc.length ? req.cc.join(', ').slice(0, 2000) : undefined,
        text: `Reminder drafted in Outlook: ${req.subject}`.slice(0, 10_000),
      });
      return { logged: true, eventId: id } satisfies AddinAnswers['log-draft'];
    }
  }
}
