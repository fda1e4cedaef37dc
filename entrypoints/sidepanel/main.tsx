import { createRoot } from 'react-dom/client';
import { Sidebar } from '../../components/sidebar/Sidebar';
import { routeFromHash } from '../../components/sidebar/route';
import { extensionClient, subscribeToChanges } from '../../components/extension-client';

createRoot(document.getElementById('root')!).render(
  <Sidebar client={extensionClient} subscribe={subscribeToChanges} locale={navigator.language} initialRoute={routeFromHash(location.hash)} />,
);
