import { createRoot } from 'react-dom/client';
import { Sidebar } from '../../components/sidebar/Sidebar';
import { routeFromHash } from '../../components/sidebar/route';
import { extensionClient, subscribeToChanges } from '../../components/extension-client';
import { extensionSites } from '../../components/sites/extension-sites';
import { extensionTeach } from '../../components/teach/teach-access';
import { mayShowLedger } from './own-frame';

// One app for the browser's side panel and the frame Owed opens inside invoicing pages.
const inPageFrame = window.top !== window;
const root = createRoot(document.getElementById('root')!);

void mayShowLedger(window).then((own) => {
  if (!own) {
    root.render(
      <p style={{ font: '14px system-ui, sans-serif', padding: '16px' }}>
        This sidebar was not opened by Owed. Use the Owed tab at the edge of the page, or Owed’s toolbar button.
      </p>,
    );
    return;
  }
  root.render(
    <Sidebar
      client={extensionClient}
      subscribe={subscribeToChanges}
      locale={navigator.language}
      // A page's frame never chooses the view: the hash is read only in Owed's own windows.
      initialRoute={inPageFrame ? { view: 'today' } : routeFromHash(location.hash)}
      // The frame is Owed's own (checked above): it asks to read the page it is in, once.
      sites={extensionSites}
      teach={extensionTeach}
    />,
  );
});
