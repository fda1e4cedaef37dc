import { answerAddinRequest } from '../../../lib/bridge/answer-request';
import type { ContactEventInput, DebtorView } from '../../../lib/model';
import { defaultSettings } from '../../../lib/model';
import type { OwedData } from '../../../outlook-addin/src/data/owed-data';
import type { MailAdapter, MailContext, OutgoingDraft } from '../../../outlook-addin/src/office/mail-adapter';

/** A MailAdapter that records what the taskpane asked Outlook to do. */
export function fakeMail(context: MailContext | null, problem: string | null = null) {
  const done: { replies: string[]; newMessages: Omit<OutgoingDraft, 'text'>[]; filled: OutgoingDraft[] } = {
    replies: [],
    newMessages: [],
    filled: [],
  };
  const mail: MailAdapter = {
    requirementProblem: () => problem,
    readContext: async () => context,
    onItemChanged: () => () => {},
    replyWithHtml: async (html) => void done.replies.push(html),
    newMessage: async (d) => void done.newMessages.push(d),
    fillDraft: async (d) => void done.filled.push(d),
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
    exportedAt: kind === 'backup' ? Date.UTC(2026, 10, 20) : undefined,
    async request(request) {
      const r = await answerAddinRequest(request, source);
      if (!r.ok) throw new Error(r.error);
      return r.value as never;
    },
  };
  return { data, events };
}
