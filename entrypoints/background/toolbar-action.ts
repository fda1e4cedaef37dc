import { MatchPattern } from 'wxt/utils/match-patterns';
import { READER_MATCHES } from '../../lib/extract/page/known-hosts';
import { TOGGLE_FRAME } from '../../lib/messages/signals';
import { toolbarButton } from './badge';
import { rememberActionTab } from './sites';

const readerPatterns = READER_MATCHES.map((p) => new MatchPattern(p));

/**
 * The toolbar button. On a page Owed reads, it shows or hides the in-page sidebar; elsewhere it
 * opens the browser's own side panel (Chrome) or sidebar (Firefox). The choice is made before any
 * await: the browser only opens a panel while the click's user gesture lasts.
 */
export function setupToolbarAction() {
  toolbarButton().onClicked.addListener((tab) => {
    if (tab.id === undefined) return;
    rememberActionTab(tab);
    const tabId = tab.id;
    if (tab.url && readerPatterns.some((p) => p.includes(tab.url!))) {
      browser.tabs.sendMessage(tabId, { type: TOGGLE_FRAME }).catch(() => openPanel(tabId));
      return;
    }
    void openPanel(tabId);
  });
}

function openPanel(tabId: number): Promise<void> {
  if (import.meta.env.FIREFOX) return (browser as unknown as FirefoxSidebar).sidebarAction.open();
  return browser.sidePanel.open({ tabId });
}

interface FirefoxSidebar {
  sidebarAction: { open(): Promise<void> };
}
