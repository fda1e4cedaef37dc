import { useCallback, useEffect, useState } from 'react';
import type { DebtorName, DebtorsAnswer } from '../../../lib/bridge/protocol';
import { normalizeEmail } from '../../../lib/match';
import type { DebtorView, Settings } from '../../../lib/model';
import { NothingToDraft, planDraft } from '../drafting/reminder-draft';
import { recommendedTemplateId, templateChoices } from '../drafting/templates-port';
import type { MailAdapter, MailContext } from '../office/mail-adapter';
import type { OwedData } from '../data/owed-data';
import { DataSourceNote } from './DataSourceNote';
import { DebtorPicker } from './DebtorPicker';
import { DebtorSummary } from './DebtorSummary';
import { DraftPanel } from './DraftPanel';
import { ConfirmSent } from './ConfirmSent';
import { LogReceived } from './LogReceived';
import { Problem } from './Problem';
import { OwedRefusal } from '../data/extension-bridge';

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
  /** The addresses the debtor was matched on: every write names them, and the extension checks them again. */
  matchedOn: string[];
  ownAddresses: string[];
  /** Read mode: the open mail came from this debtor (it can be logged as their word). */
  fromDebtor: boolean;
}

/** The excerpt offered for a received mail: enough to remember what was said. */
const EXCERPT_CHARS = 300;

type State =
  | { phase: 'starting' }
  | { phase: 'unsupported'; message: string }
  | { phase: 'no-data' }
  | { phase: 'no-item' }
  | { phase: 'matching' }
  | { phase: 'consent'; message: string; refused: boolean }
  | { phase: 'ambiguous'; answer: DebtorsAnswer; matchedOn: string[]; ownAddresses: string[]; fromDebtor: boolean }
  /** names: the backup's debtors to pick from; never asked of the extension, which shares matched debtors only. */
  | { phase: 'unmatched'; addresses: string[]; names: DebtorName[] | null }
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
    // The user's own address and the shared mailbox's (accounts@…) are never a debtor.
    const own = addresses([ctx.userEmail, ctx.sharedOwner]);
    const from = addresses([ctx.from]).filter((a) => !own.includes(a));
    const recipients = addresses([...ctx.to, ...ctx.cc]);
    // Read mode: the sender first; the recipients only when the sender is nobody Owed knows (a sent item).
    const attempts = ctx.mode === 'read' && from.length ? [from, recipients] : [recipients];
    let answer: DebtorsAnswer | null = null;
    let matchedOn: string[] = [];
    try {
      for (const emails of attempts) {
        if (emails.length === 0) continue;
        answer = await data.request({ type: 'find-debtors', emails, ownAddresses: own });
        matchedOn = emails;
        if (answer.match.kind !== 'none') break;
      }
    } catch (e) {
      if (e instanceof OwedRefusal && e.consent)
        return setState({ phase: 'consent', message: e.message, refused: e.consent === 'refused' });
      throw e;
    }
    const fromDebtor = ctx.mode === 'read' && matchedOn === attempts[0] && from.length > 0;
    if (!answer || answer.match.kind === 'none') {
      const names = data.kind === 'backup' ? (await data.request({ type: 'list-debtor-names' })).debtors : null;
      return setState({ phase: 'unmatched', addresses: [...from, ...recipients], names });
    }
    if (answer.match.kind === 'ambiguous')
      return setState({ phase: 'ambiguous', answer, matchedOn, ownAddresses: own, fromDebtor });
    setState({
      phase: 'shown',
      shown: {
        view: answer.debtors[0]!,
        matchedAddress: answer.match.match.address,
        today: answer.today,
        settings: answer.settings,
        matchedOn,
        ownAddresses: own,
        fromDebtor,
      },
    });
  }, [data, mail]);

  const fail = useCallback(
    (e: unknown) => setState({ phase: 'failed', message: e instanceof Error ? e.message : String(e) }),
    [],
  );

  useEffect(() => {
    if (!data) return;
    match().catch(fail);
    return mail.onItemChanged(() => void match().catch(fail));
  }, [data, mail, match, fail]);

  /** Ambiguous match: the debtors came with the answer, nothing more is asked. */
  const pickMatched = (answer: DebtorsAnswer, debtorId: string, base: Omit<Shown, 'view' | 'today' | 'settings'>) => {
    const view = answer.debtors.find((d) => d.id === debtorId);
    if (view) setState({ phase: 'shown', shown: { ...base, view, today: answer.today, settings: answer.settings } });
  };

  /** Backup only: a debtor picked by name. */
  const pickFromBackup = async (debtorId: string) => {
    if (!data) return;
    try {
      const { debtor, today, settings } = await data.request({ type: 'get-debtor', debtorId });
      setState({
        phase: 'shown',
        shown: { view: debtor, today, settings, matchedOn: [], ownAddresses: [], fromDebtor: false },
      });
    } catch (e) {
      fail(e);
    }
  };

  /** The debtor again after a write, so the pane shows what was logged. */
  const refresh = async (shown: Shown) => {
    if (!data) return;
    const view =
      shown.matchedOn.length > 0
        ? (
            await data.request({ type: 'find-debtors', emails: shown.matchedOn, ownAddresses: shown.ownAddresses })
          ).debtors.find((d) => d.id === shown.view.id)
        : data.kind === 'backup'
          ? (await data.request({ type: 'get-debtor', debtorId: shown.view.id })).debtor
          : undefined;
    if (view) setState({ phase: 'shown', shown: { ...shown, view } });
  };

  const write = async (shown: Shown, run: () => Promise<string>) => {
    setBusy(true);
    setStatus(null);
    try {
      setStatus(await run());
      await refresh(shown);
    } catch (e) {
      setStatus(e instanceof Error ? e.message : String(e));
    } finally {
      setBusy(false);
    }
  };

  const where = () =>
    data?.kind === 'extension' ? 'in Owed' : 'in this Outlook’s copy of your backup (the extension will not see it)';

  const draft = (shown: Shown, templateId: string) =>
    write(shown, async () => {
      if (!data || !context) throw new Error('Select a message first.');
      // Nothing true to say (nothing overdue for a reminder): the pane says so and drafts nothing.
      const plan = planDraft({ ...shown, templateId, mail: context });
      let kept = false;
      try {
        if (plan.how === 'read-reply') await mail.replyWithHtml(plan);
        else if (plan.how === 'read-new') await mail.newMessage(plan);
        else kept = (await mail.fillDraft(plan)).keptSubject;
      } catch (e) {
        throw new Error(`Could not draft the reminder: ${e instanceof Error ? e.message : String(e)}`);
      }
      await data.request({
        type: 'log-draft',
        debtorId: shown.view.id,
        matchedOn: shown.matchedOn,
        ownAddresses: shown.ownAddresses,
        template: templateId,
        to: plan.to,
        cc: plan.cc,
        subject: plan.subject,
      });
      const files = plan.how === 'compose' ? plan.attachments : [];
      const attached = files.length ? `, ${files.map((f) => f.fileName).join(', ')} attached,` : '';
      return `Reminder drafted${kept ? ' (your subject kept)' : ''}${attached} and logged as drafted ${where()}. Once you have sent it, confirm it here.`;
    });

  const confirmSent = (shown: Shown, eventId: string) =>
    write(shown, async () => {
      if (!data) throw new Error('Owed is not connected.');
      await data.request({
        type: 'confirm-sent',
        debtorId: shown.view.id,
        matchedOn: shown.matchedOn,
        ownAddresses: shown.ownAddresses,
        eventId,
      });
      return `Logged as sent ${where()}.`;
    });

  const logReceived = (shown: Shown, excerpt: string) =>
    write(shown, async () => {
      if (!data || !context) throw new Error('Select a message first.');
      await data.request({
        type: 'log-received',
        debtorId: shown.view.id,
        matchedOn: shown.matchedOn,
        ownAddresses: shown.ownAddresses,
        at: context.receivedAt ?? now(),
        subject: context.subject ?? '',
        excerpt,
      });
      return `Mail logged ${where()} as ${shown.view.name}’s own word.`;
    });

  const importBackup = async (text: string) => {
    await backups.import(text);
    const source = await backups.source();
    setData(source);
  };

  const locale = state.phase === 'shown' ? state.shown.settings.locale : undefined;
  return (
    <main className="taskpane">
      <h1>Owed</h1>
      <Body
        state={state}
        context={context}
        busy={busy}
        mail={mail}
        onRetry={() => void match().catch(fail)}
        onPickMatched={pickMatched}
        onPickFromBackup={(id) => void pickFromBackup(id)}
        onDraft={(shown, id) => void draft(shown, id)}
        onConfirmSent={(shown, id) => void confirmSent(shown, id)}
        onLogReceived={(shown, excerpt) => void logReceived(shown, excerpt)}
      />
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
  mail,
  onRetry,
  onPickMatched,
  onPickFromBackup,
  onDraft,
  onConfirmSent,
  onLogReceived,
}: {
  state: State;
  context: MailContext | null;
  busy: boolean;
  mail: MailAdapter;
  onRetry(): void;
  onPickMatched(answer: DebtorsAnswer, id: string, base: Omit<Shown, 'view' | 'today' | 'settings'>): void;
  onPickFromBackup(id: string): void;
  onDraft(shown: Shown, templateId: string): void;
  onConfirmSent(shown: Shown, eventId: string): void;
  onLogReceived(shown: Shown, excerpt: string): void;
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
    case 'consent':
      return (
        <Problem title={state.refused ? 'Owed refused this pane' : 'Allow this Outlook pane'}>
          <p>{state.message}</p>
          {!state.refused && (
            <button type="button" onClick={onRetry}>
              Try again
            </button>
          )}
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
            onPickMatched(state.answer, id, {
              matchedAddress: m?.address,
              matchedOn: state.matchedOn,
              ownAddresses: state.ownAddresses,
              fromDebtor: state.fromDebtor,
            });
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
          {state.names ? (
            <DebtorPicker prompt="Pick the debtor yourself" options={state.names} onPick={onPickFromBackup} />
          ) : (
            <p className="hint">
              Add this address to the debtor in Owed&apos;s sidebar, then reopen the pane: the extension shares only the
              debtors a message matches.
            </p>
          )}
        </>
      );
    case 'shown': {
      const { shown } = state;
      const explain = (templateId: string) => {
        if (!context) return '';
        let plan: ReturnType<typeof planDraft>;
        try {
          plan = planDraft({ ...shown, templateId, mail: context });
        } catch (e) {
          if (e instanceof NothingToDraft) return e.message;
          throw e;
        }
        const cc = plan.cc.length ? `, copying ${plan.cc.join(', ')}` : '';
        const files = plan.attachments;
        if (plan.how === 'read-reply') return `Opens a reply to ${plan.to.join(', ')}.`;
        if (plan.how === 'read-new')
          return `Opens a new message to ${plan.to.join(', ') || '(no address known)'}${cc}.`;
        const attach = files.length ? `, attaching ${files.map((f) => f.fileName).join(', ')}` : '';
        return `Fills in this draft: subject, reminder above your signature${cc}${attach}.`;
      };
      return (
        <>
          <DebtorSummary view={shown.view} locale={shown.settings.locale} today={shown.today} />
          <ConfirmSent
            drafts={shown.view.events.filter((e) => e.outcome === 'drafted')}
            busy={busy}
            locale={shown.settings.locale}
            onConfirm={(id) => onConfirmSent(shown, id)}
          />
          {context?.mode === 'read' && shown.fromDebtor && (
            <LogReceived
              subject={context.subject ?? ''}
              receivedAt={context.receivedAt ?? Date.now()}
              loadExcerpt={() => mail.readTextStart(EXCERPT_CHARS)}
              busy={busy}
              locale={shown.settings.locale}
              onLog={(excerpt) => onLogReceived(shown, excerpt)}
            />
          )}
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
