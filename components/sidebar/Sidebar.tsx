import { useCallback, useEffect, useRef, useState } from 'react';
import type { OwedClient } from '../../lib/messages/client';
import { browserDraftIO, type DraftIO } from '../drafts/draft-io';
import { owes } from './DebtorBalance';
import { DebtorScreen } from './DebtorScreen';
import { DebtorsByClass } from './DebtorsByClass';
import type { Desk } from './desk';
import { LedgerHealth } from '../health/LedgerHealth';
import { MonthlySales } from '../health/MonthlySales';
import { CashForecast } from '../forecast/CashForecast';
import { MergeSuggestions } from '../merge/MergeSuggestions';
import { ReadStatus } from './ReadStatus';
import { ReadThisSite, type ThisSiteAccess } from '../sites/ReadThisSite';
import { TeachPage } from '../teach/TeachPage';
import type { TeachAccess } from '../teach/teach-access';
import type { Route } from './route';
import { TodayView } from './TodayView';
import { usableLocale } from './money-input';
import { useLedger, type Subscribe } from './use-ledger';
import './sidebar.css';

export interface SidebarProps {
  client: OwedClient;
  subscribe: Subscribe;
  locale?: string;
  now?: () => number;
  io?: DraftIO;
  initialRoute?: Route;
  /** Offers to read the site the sidebar was opened on (side panel) or is framed in. */
  sites?: ThisSiteAccess;
  /** "Teach Owed this page" for a page it could not read. */
  teach?: TeachAccess;
}

const TABS: { view: 'today' | 'debtors' | 'health'; label: string }[] = [
  { view: 'today', label: 'Today' },
  { view: 'debtors', label: 'Debtors' },
  { view: 'health', label: 'Ledger health' },
];

/** The owner's collections desk: who owes what, who is what kind of debtor, and what to do today. */
export function Sidebar({
  client,
  subscribe,
  locale,
  now = Date.now,
  io = browserDraftIO,
  initialRoute,
  sites,
  teach,
}: SidebarProps) {
  const [state] = useLedger(client, subscribe);
  const [route, setRoute] = useState<Route>(initialRoute ?? { view: 'today' });
  const main = useRef<HTMLElement>(null);
  const navigated = useRef(false);
  const navigate = useCallback((r: Route) => {
    navigated.current = true;
    setRoute(r);
  }, []);
  // A view opened by the user moves focus to its title (the debtor screen does its own), so
  // keyboard and screen-reader users follow; the first render leaves focus where it is (the
  // in-page frame must not take it from the invoicing app).
  useEffect(() => {
    if (navigated.current && route.view !== 'debtor')
      main.current?.querySelector<HTMLElement>('h2[tabindex="-1"]')?.focus();
  }, [route]);
  if (state.status === 'loading')
    return (
      <main className="owed" aria-busy="true">
        Loading…
      </main>
    );
  if (state.status === 'error')
    return (
      <main className="owed">
        <p role="alert" className="error">
          {state.error}
        </p>
      </main>
    );
  const { ledger } = state;
  // The locale chosen in Owed's settings wins over the browser's.
  const desk: Desk = { client, ledger, locale: usableLocale(ledger.settings.locale) ?? locale, navigate, now, io };
  const owing = ledger.debtors.filter(owes).length;
  const tab = route.view === 'debtor' ? null : route.view;
  return (
    <main className="owed" ref={main}>
      <header className="owed-header">
        <h1>Owed</h1>
        <p className="summary">
          <span data-testid="calls-today">{ledger.dueForCallToday}</span> to call today · {owing} owe you
        </p>
        <nav aria-label="Views" className="tabs">
          {TABS.map((t) => (
            <button
              key={t.view}
              type="button"
              aria-current={tab === t.view ? 'page' : undefined}
              onClick={() => navigate({ view: t.view })}
            >
              {t.label}
            </button>
          ))}
        </nav>
      </header>
      {sites && <ReadThisSite sites={sites} />}
      <ReadStatus reads={ledger.reads} locale={desk.locale} />
      {teach && (
        <details className="teach">
          <summary>Owed missed the invoices on this page?</summary>
          <TeachPage teach={teach} />
        </details>
      )}
      {route.view === 'today' && (
        <>
          <TodayView desk={desk} />
          {/* Then everyone who owes, by class: the desk is one scroll from today's work to the rest. */}
          <DebtorsByClass desk={desk} />
        </>
      )}
      {route.view === 'debtors' && <MergeSuggestions desk={desk} />}
      {route.view === 'debtors' && <DebtorsByClass desk={desk} />}
      {route.view === 'health' && <CashForecast desk={desk} />}
      {route.view === 'health' && <LedgerHealth ledger={ledger} locale={desk.locale} />}
      {route.view === 'health' && <MonthlySales desk={desk} />}
      {route.view === 'debtor' && (
        <DebtorScreen desk={desk} id={route.id} panel={route.panel} template={route.template} />
      )}
    </main>
  );
}
