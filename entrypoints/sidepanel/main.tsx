import { createRoot } from 'react-dom/client';
import { Sidebar } from '../../components/sidebar/Sidebar';
import { routeFromHash } from '../../components/sidebar/route';
import { extensionClient, subscribeToChanges } from '../../components/extension-client';
import { extensionSites } from '../../components/sites/extension-sites';
import { extensionTeach } from '../../components/teach/teach-access';

// One app for the browser's side panel and the frame Owed opens inside invoicing pages.
const inPageFrame = window.top !== window;

createRoot(document.getElementById('root')!).render(
  <Sidebar
    client={extensionClient}
    subscribe={subscribeToChanges}
    locale={navigator.language}
    initialRoute={routeFromHash(location.hash)}
    sites={inPageFrame ? undefined : extensionSites}
    teach={extensionTeach}
  />,
);
