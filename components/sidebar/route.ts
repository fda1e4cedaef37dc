/** Where the sidebar is: one of the lists, or one debtor with one of its panels open. */
export type Route =
  | { view: 'today' }
  | { view: 'debtors' }
  | { view: 'health' }
  | { view: 'debtor'; id: string; panel?: DebtorPanel };

export type DebtorPanel = 'call' | 'draft' | 'letter' | 'plan' | 'escalate';

export type Navigate = (route: Route) => void;
