import { createRoot } from 'react-dom/client';
import { browserDraftIO } from '../../components/drafts/draft-io';
import { extensionClient, subscribeToChanges } from '../../components/extension-client';
import { OptionsPage } from '../../components/options/OptionsPage';
import { extensionSites } from '../../components/sites/extension-sites';
import { extensionTeach } from '../../components/teach/teach-access';

createRoot(document.getElementById('root')!).render(
  <OptionsPage
    client={extensionClient}
    subscribe={subscribeToChanges}
    sites={extensionSites}
    teach={extensionTeach}
    io={browserDraftIO}
    locale={navigator.language}
  />,
);
