/// <reference types="office-js" />
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { Problem } from './components/Problem';
import { Taskpane } from './components/Taskpane';
import { BackupStore } from './data/backup-store';
import { connectToExtension } from './data/extension-bridge';
import { officeMailAdapter } from './office/office-mail-adapter';
import { applyOfficeTheme } from './office/office-theme';
import { START_PROBLEMS, waitForOffice } from './office/wait-for-office';
import './taskpane.css';

const root = createRoot(document.getElementById('root')!);

// Office.onReady once (taskpane.html shows "Loading…" until then); everything after it receives
// the adapter, never the Office global.
void waitForOffice(window as { Office?: typeof Office }).then((start) => {
  if (start.kind !== 'outlook') {
    const problem = START_PROBLEMS[start.kind];
    root.render(
      <main className="taskpane">
        <h1>Owed</h1>
        <Problem title={problem.title}>
          <p>{problem.text}</p>
        </Problem>
      </main>,
    );
    return;
  }
  applyOfficeTheme(Office, document.documentElement);
  root.render(
    <StrictMode>
      <Taskpane mail={officeMailAdapter()} connect={connectToExtension} backups={new BackupStore()} />
    </StrictMode>,
  );
});
