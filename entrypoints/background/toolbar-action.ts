import { TOGGLE_FRAME } from '../../lib/messages/signals';
import { rememberActionTab } from './sites';

/**
 * The toolbar button. On a page Owed reads, it shows or hides the in-page sidebar; elsewhere it
 * opens the browser's own side panel (Chrome) or sidebar (Firefox).
 */
export function setupToolbarAction() {
  (browser.action ?? browser.browserAction).onClicked.addListener(async (tab) => {
    if (tab.id === undefined) return;
    rememberActionTab(tab);
    const toggled = await browser.tabs.sendMessage(tab.id, { type: TOGGLE_FRAME }).then(
      () => true,
      () => false, // no Owed content script on this page
    );
    if (toggled) return;
    if (import.meta.env.FIREFOX) await (browser as unknown as FirefoxSidebar).sidebarAction.open();
    else await browser.sidePanel.open({ tabId: tab.id });
  });
}

interface FirefoxSidebar {
  sidebarAction: { open(): Promise<void> };
}
