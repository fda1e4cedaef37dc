/** Where the sidebar is: one of the lists, or one debtor with one of its panels open. */
export type Route =
  | { view: 'today' }
  | { view: 'debtors' }
  | { view: 'health' }
  | {
      view: 'debtor';
      id: string;
      panel?: DebtorPanel /** The template a draft panel opens with. */;
      template?: string;
    };

export type DebtorPanel = 'call' | 'draft' | 'letter' | 'plan' | 'escalate';

export type Navigate = (route: Route) => void;

const PANELS: readonly DebtorPanel[] = ['call', 'draft', 'letter', 'plan', 'escalate'];

/**
 * A route from the page address's hash, so other surfaces can open the sidebar on a view:
 * `#debtors`, `#health`, `#debtor/<id>`, `#debtor/<id>/call`. Anything else is Today.
 */
export function routeFromHash(hash: string): Route {
  const [view, rawId, panel] = hash.replace(/^#/, '').split('/');
  if (view === 'debtors' || view === 'health') return { view };
  if (view === 'debtor' && rawId) {
    let id: string;
    try {
      id = decodeURIComponent(rawId);
    } catch {
      return { view: 'today' };
    }
    return PANELS.includes(panel as DebtorPanel)
      ? { view: 'debtor', id, panel: panel as DebtorPanel }
      : { view: 'debtor', id };
  }
  return { view: 'today' };
}
