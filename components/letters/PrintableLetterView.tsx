import type { PrintableLetter } from '../../lib/templates';

/** One letter as a clean page: letterhead, date, addressee, then the text (never inserted as HTML). */
export function PrintableLetterView({ letter }: { letter: PrintableLetter }) {
  const paragraphs = letter.body.split(/\n{2,}/);
  return (
    <article className="letter" aria-label={letter.title}>
      <header className="letterhead" data-testid="letterhead">
        {letter.letterhead.map((line, i) =>
          i === 0 ? (
            <strong key={i} className="letterhead-name">
              {line}
            </strong>
          ) : (
            <span key={i}>{line}</span>
          ),
        )}
      </header>
      {letter.date && <p className="letter-date">{letter.date}</p>}
      {letter.recipient.length > 0 && (
        <address className="letter-recipient">
          {letter.recipient.map((line, i) => (
            <span key={i}>{line}</span>
          ))}
        </address>
      )}
      <div className="letter-body" data-testid="letter-body">
        {paragraphs.map((p, i) => (
          <p key={i}>{p}</p>
        ))}
      </div>
    </article>
  );
}
