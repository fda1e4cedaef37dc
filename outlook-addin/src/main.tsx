/// <reference types="office-js" />
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { Problem } from './components/Problem';
import { Taskpane } from './components/Taskpane';
import { BackupStore } from './data/backup-store';
import { connectToExtension } from './data/extension-bridge';
import { officeMailAdapter } from './office/office-mail-adapter';
import './taskpane.css';

const root = createRoot(document.getElementById('root')!);

// Office.onReady once; everything after it receives the adapter, never the Office global.
Office.onReady((info) => {
  if (info.host !== Office.HostType.Outlook) {
    root.render(
      <Problem title="Open Owed from Outlook">
        <p>
          This page is Owed&apos;s Outlook add-in. Add it to Outlook (see the add-in README) and open it from a message.
        </p>
      </Problem>,
    );
    return;
  }
  const mail = officeMailAdapter();
  const backups = new BackupStore();
  root.render(
    <StrictMode>
      <Taskpane mail={mail} connect={connectToExtension} backups={backups} />
    </StrictMode>,
  );
});
