import { useCallback, useEffect, useState } from 'react';
import type { DebtorName, DebtorsAnswer } from '../../../lib/bridge/protocol';
import { normalizeEmail } from '../../../lib/match';
import type { DebtorView, Settings } from '../../../lib/model';
import { planDraft } from '../drafting/reminder-draft';
import { recommendedTemplateId, templateChoices } from '../drafting/templates-port';
import type { MailAdapter, MailContext } from '../office/mail-adapter';
import type { OwedData } from '../data/owed-data';
import { DataSourceNote } from './DataSourceNote';
import { DebtorPicker } from './DebtorPicker';
import { DebtorSummary } from './DebtorSummary';
import { DraftPanel } from './DraftPanel';
import { Problem } from './Problem';

export interface BackupImporter {
  import(text: string): Promise<unknown>;
  source(): Promise<OwedData | null>;
}

export interface TaskpaneProps {
  mail: MailAdapter;
  /** Finds the extension's bridge (null when absent). */
  connect(): Promise<OwedData | null>;
  backups: BackupImporter;
  now?: () => number;
}

interface Shown {
  view: DebtorView;
  matchedAddress?: string;
  today: string;
  settings: Settings;
}

type State =
  | { phase: 'starting' }
  | { phase: 'unsupported'; message: string }
  | { phase: 'no-data' }
  | { phase: 'no-item' }
  | { phase: 'matching' }
  | { phase: 'ambiguous'; answer: DebtorsAnswer }
  | { phase: 'unmatched'; addresses: string[]; names: DebtorName[] }
  | { phase: 'shown'; shown: Shown }
  | { phase: 'failed'; message: string };

/** The taskpane: checks Outlook, finds Owed's data, matches the message, shows the debtor, drafts. */
export function Taskpane({ mail, connect, backups, now = Date.now }: TaskpaneProps) {
  const [data, setData] = useState<OwedData | null>(null);
  const [state, setState] = useState<State>({ phase: 'starting' });
  const [context, setContext] = useState<MailContext | null>(null);
  const [status, setStatus] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    const problem = mail.requirementProblem();
    if (problem) return setState({ phase: 'unsupported', message: problem });
    let live = true;
    (async () => {
      const source = (await connect()) ?? (await backups.source());
      if (!live) return;
      setData(source);
      if (!source) setState({ phase: 'no-data' });
    })().catch((e) => live && setState({ phase: 'failed', message: String(e instanceof Error ? e.message : e) }));
    return () => void (live = false);
  }, [mail, connect, backups]);

  const match = useCallback(async () => {
    if (!data) return;
    setStatus(null);
    const ctx = await mail.readContext();
    setContext(ctx);
    if (!ctx) return setState({ phase: 'no-item' });
    setState({ phase: 'matching' });
    // Internal Exchange senders can come as X.500 names, not addresses: only addresses are asked about.
    const addresses = (list: (string | undefined)[]) =>
      list.map((a) => (a ? normalizeEmail(a) : null)).filter((a): a is string => a !== null);
    const own = addresses([ctx.userEmail]);
    const from = addresses([ctx.from]);
    const recipients = addresses([...ctx.to, ...ctx.cc]);
    // Read mode: the sender first; the recipients only when the sender is nobody Owed knows (a sent item).
    const attempts = ctx.mode === 'read' && from.length ? [from, recipients] : [recipients];
    let answer: DebtorsAnswer | null = null;
    for (const emails of attempts) {
      if (emails.length === 0) continue;
      answer = await data.request({ type: 'find-debtors', emails, ownAddresses: own });
      if (answer.match.kind !== 'none') break;
    }
    if (!answer || answer.match.kind === 'none') {
      const { debtors } = await data.request({ type: 'list-debtor-names' });
      return setState({ phase: 'unmatched', addresses: [...from, ...recipients], names: debtors });
    }
    if (answer.match.kind === 'ambiguous') return setState({ phase: 'ambiguous', answer });
    setState({
      phase: 'shown',
      shown: {
        view: answer.debtors[0]!,
        matchedAddress: answer.match.match.address,
        today: answer.today,
        settings: answer.settings,
      },
    });
  }, [data, mail]);

  useEffect(() => {
    if (!data) return;
    const fail = (e: unknown) => setState({ phase: 'failed', message: e instanceof Error ? e.message : String(e) });
    match().catch(fail);
    return mail.onItemChanged(() => void match().catch(fail));
  }, [data, mail, match]);

  const pick = async (debtorId: string, matchedAddress?: string) => {
    if (!data) return;
    try {
      const { debtor, today, settings } = await data.request({ type: 'get-debtor', debtorId });
      setState({ phase: 'shown', shown: { view: debtor, matchedAddress, today, settings } });
    } catch (e) {
      setState({ phase: 'failed', message: e instanceof Error ? e.message : String(e) });
    }
  };

  const draft = async (shown: Shown, templateId: string) => {
    if (!data || !context) return;
    setBusy(true);
    setStatus(null);
    try {
      const plan = planDraft({ ...shown, templateId, mail: context });
      if (plan.how === 'read-reply') await mail.replyWithHtml(plan.html);
      else if (plan.how === 'read-new') await mail.newMessage(plan);
      else await mail.fillDraft(plan);
      await data.request({
        type: 'log-draft',
        debtorId: shown.view.id,
        template: templateId,
        to: plan.to,
        cc: plan.cc,
        subject: plan.subject,
      });
      setStatus(
        data.kind === 'extension'
          ? 'Reminder drafted and logged in Owed.'
          : 'Reminder drafted and logged in this Outlook’s copy of your backup (the extension will not see it).',
      );
    } catch (e) {
      setStatus(`Could not draft the reminder: ${e instanceof Error ? e.message : String(e)}`);
    } finally {
      setBusy(false);
    }
  };

  const importBackup = async (text: string) => {
    await backups.import(text);
    const source = await backups.source();
    setData(source);
  };

  const locale = state.phase === 'shown' ? state.shown.settings.locale : undefined;
  return (
    <main className="taskpane">
      <h1>Owed</h1>
      <Body state={state} context={context} busy={busy} onPick={pick} onDraft={draft} />
      {status && (
        <p className="status" role="status">
          {status}
        </p>
      )}
      {state.phase !== 'unsupported' && state.phase !== 'starting' && (
        <DataSourceNote data={data} now={now()} locale={locale} onImport={importBackup} />
      )}
    </main>
  );
}

function Body({
  state,
  context,
  busy,
  onPick,
  onDraft,
}: {
  state: State;
  context: MailContext | null;
  busy: boolean;
  onPick(id: string, matchedAddress?: string): void;
  onDraft(shown: Shown, templateId: string): void;
}) {
  switch (state.phase) {
    case 'starting':
    case 'matching':
      return <p aria-busy="true">Looking…</p>;
    case 'unsupported':
      return <Problem title="This Outlook is not supported">{<p>{state.message}</p>}</Problem>;
    case 'no-data':
      return (
        <Problem title="Owed extension not found">
          <p>
            This pane could not reach the Owed browser extension: it is not installed or not enabled in this browser, or
            this is Outlook desktop. Install Owed in this browser and reload the pane, or import an Owed backup file
            below (Owed&apos;s options page → Backup → Export backup).
          </p>
        </Problem>
      );
    case 'no-item':
      return (
        <Problem title="No message selected">
          <p>Select or open a message, then Owed shows its debtor.</p>
        </Problem>
      );
    case 'failed':
      return (
        <Problem title="Something went wrong">
          <p>{state.message}</p>
        </Problem>
      );
    case 'ambiguous':
      return (
        <DebtorPicker
          prompt="Several debtors match this message. Which one is it about?"
          options={state.answer.debtors.map((d) => ({ id: d.id, name: d.name }))}
          onPick={(id) => {
            const m =
              state.answer.match.kind === 'ambiguous'
                ? state.answer.match.matches.find((x) => x.debtorId === id)
                : undefined;
            onPick(id, m?.address);
          }}
        />
      );
    case 'unmatched':
      return (
        <>
          <Problem title="No debtor matched">
            <p>
              Owed knows no debtor with {state.addresses.length ? state.addresses.join(', ') : 'these addresses'} or
              their company domain.
            </p>
          </Problem>
          <DebtorPicker prompt="Pick the debtor yourself" options={state.names} onPick={(id) => onPick(id)} />
        </>
      );
    case 'shown': {
      const { shown } = state;
      const explain = (templateId: string) => {
        if (!context) return '';
        const plan = planDraft({ ...shown, templateId, mail: context });
        const cc = plan.cc.length ? `, copying ${plan.cc.join(', ')}` : '';
        if (plan.how === 'read-reply') return `Opens a reply to ${plan.to.join(', ')}.`;
        if (plan.how === 'read-new')
          return `Opens a new message to ${plan.to.join(', ') || '(no address known)'}${cc}.`;
        return `Fills in this draft: subject, reminder above your signature${cc}.`;
      };
      return (
        <>
          <DebtorSummary view={shown.view} locale={shown.settings.locale} />
          <DraftPanel
            recommended={recommendedTemplateId(shown.view)}
            choices={templateChoices(shown.view)}
            busy={busy}
            explain={explain}
            onDraft={(templateId) => onDraft(shown, templateId)}
          />
        </>
      );
    }
  }
}
