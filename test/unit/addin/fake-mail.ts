import { answerAddinRequest } from '../../../lib/bridge/answer-request';
import type { ContactEventInput, DebtorView } from '../../../lib/model';
import { defaultSettings } from '../../../lib/model';
import type { OwedData } from '../../../outlook-addin/src/data/owed-data';
import type { MailAdapter, MailContext, OutgoingDraft } from '../../../outlook-addin/src/office/mail-adapter';

/** A MailAdapter that records what the taskpane asked Outlook to do. */
export function fakeMail(context: (MailContext & { text?: string }) | null, problem: string | null = null) {
  const done: { replies: string[]; newMessages: Omit<OutgoingDraft, 'text'>[]; filled: OutgoingDraft[] } = {
    replies: [],
    newMessages: [],
    filled: [],
  };
  const mail: MailAdapter = {
    requirementProblem: () => problem,
    readContext: async () => context,
    onItemChanged: () => () => {},
    readTextStart: async (max) => (context?.text ?? '').slice(0, max),
    replyWithHtml: async (d) => void done.replies.push(d.html),
    newMessage: async (d) => void done.newMessages.push(d),
    fillDraft: async (d) => {
      done.filled.push(d);
      return { applied: ['the reminder at the top of the body'], keptSubject: Boolean(context?.subject) };
    },
  };
  return { mail, done };
}

/** Owed data answered by the real bridge logic over an in-memory ledger. */
export function fakeData(debtors: DebtorView[], kind: OwedData['kind'] = 'extension') {
  const events: ContactEventInput[] = [];
  const source = {
    getLedger: async () => ({
      today: '2026-11-23',
      debtors,
      dueForCallToday: 0,
      settings: { ...defaultSettings(), sender: { ...defaultSettings().sender, name: 'Jo Owner' } },
    }),
    addEvent: async (e: ContactEventInput) => void events.push(e),
  };
  const data: OwedData = {
    kind,
    // The extension answers matched debtors only; a backup in the pane answers whole.
    exportedAt: kind === 'backup' ? Date.UTC(2026, 10, 20) : undefined,
    async request(request) {
      const r = await answerAddinRequest(request, source, kind === 'backup' ? 'whole' : 'matched');
      if (!r.ok) throw new Error(r.error);
      return r.value as never;
    },
  };
  return { data, events };
}
