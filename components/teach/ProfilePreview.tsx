import type { SiteProfile } from '../../lib/extract/page/site-profile';
import { CLICK_RULE, columnsInWords, patternInWords } from './profile-words';

const Code = ({ children }: { children: string }) => <code>{children}</code>;

/**
 * What an imported profile will do, shown before it is saved: the sites it applies to, what it
 * reads and what it will click. Everything shown is the file's text, rendered as text.
 */
export function ProfilePreview({
  profile: p,
  onSave,
  onCancel,
}: {
  profile: SiteProfile;
  onSave: () => void;
  onCancel: () => void;
}) {
  const columns = columnsInWords(p);
  return (
    <section className="profile-preview" aria-label="Profile preview">
      <h3>
        Before you save “<span className="profile-name">{p.name}</span>”
      </h3>
      <h4>Sites it applies to</h4>
      <ul aria-label="Sites it applies to">
        {/* A file may repeat an entry: keyed by place (the list is fixed while shown). */}
        {p.matches.map((m, i) => (
          <li key={i}>{patternInWords(m)}</li>
        ))}
      </ul>
      {p.detect && (
        <p>
          On those sites it recognises the app by the element <Code>{p.detect}</Code>.
        </p>
      )}
      <h4>What it reads</h4>
      <ul aria-label="What it reads">
        <li>
          {p.invoiceListUrls.length ? (
            <>Invoice lists on pages whose address matches {p.invoiceListUrls.map((u) => `“${u}”`).join(' or ')}</>
          ) : (
            <>Invoice lists on any page of those sites</>
          )}
          {p.listSelector ? (
            <>
              : the list found by <Code>{p.listSelector}</Code>
            </>
          ) : (
            <>: the list Owed finds on the page</>
          )}
          .
        </li>
        {columns.map((c, i) => (
          <li key={i}>
            {c.field}: {c.column}
          </li>
        ))}
        {columns.length === 0 && <li>Columns: recognised by Owed’s own header words (the profile names none).</li>}
        {p.customerPageUrls.length > 0 && (
          <li>
            Customer details on pages whose address matches {p.customerPageUrls.map((u) => `“${u}”`).join(' or ')}.
          </li>
        )}
        {(p.maturityLists ?? []).map((l, i) => (
          <li key={i}>
            Due dates on pages whose address matches {l.urls.map((u) => `“${u}”`).join(' or ')}
            {l.listSelector && (
              <>
                {' '}
                (the list found by <Code>{l.listSelector}</Code>)
              </>
            )}
            : customer from {l.customer.map((n) => `“${n}”`).join(' or ')}, due date from{' '}
            {l.due.map((n) => `“${n}”`).join(' or ')}.
          </li>
        ))}
      </ul>
      <h4>What it will click</h4>
      {p.loadMore ? (
        <ul aria-label="What it will click">
          <li>
            To load more rows: the element found by <Code>{p.loadMore}</Code>. {CLICK_RULE}
          </li>
        </ul>
      ) : (
        <p>Nothing of its own. (Owed may still follow a list’s own “next page” control, as on any site.)</p>
      )}
      <p>Nothing is saved until you choose Save profile.</p>
      <button type="button" onClick={onSave}>
        Save profile
      </button>{' '}
      <button type="button" onClick={onCancel}>
        Cancel
      </button>
    </section>
  );
}
