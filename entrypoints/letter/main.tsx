import { createRoot } from 'react-dom/client';
import { LetterPage } from '../../components/letters/LetterPage';
import { letterFromHash } from '../../components/letters/OpenLetter';
import { extensionClient } from '../../components/extension-client';

const target = letterFromHash(location.hash);
const root = createRoot(document.getElementById('root')!);
root.render(
  target ? (
    <LetterPage
      client={extensionClient}
      debtorId={target.debtorId}
      letterId={target.letterId}
      locale={navigator.language}
    />
  ) : (
    <p role="alert">This page prints a letter from Owed's sidebar: open it from a debtor.</p>
  ),
);
