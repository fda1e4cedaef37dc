import type { DebtorView, Settings } from '../model';
import { escapeHtml, textToHtml } from './html';
import { printableLetter } from './printable-letter';
import { promissoryNote } from './promissory-note';
import { templateId, type Stage } from './stages';
import { draftInvoices, planOnTable, sumByCurrency } from './template-context';

/** A file a draft carries: what the .eml builds as a MIME part and the add-in attaches. */
export interface DraftAttachment {
  kind: 'statement' | 'promissory-note';
  fileName: string;
  mimeType: 'text/html';
  /** A complete HTML document; every value in it escaped. */
  content: string;
}

export interface AttachmentOptions {
  settings: Settings;
  today: string;
  locale?: string;
  /**
   * Only these invoices (by number), as in the draft that carries the file: a statement for the
   * invoice they say they never received covers that invoice, though its dispute holds it.
   */
  invoiceNumbers?: readonly string[];
}

/** Which stages carry a file: the statement its statement, the plan offer its promissory note. */
const ATTACHED: Partial<Record<Stage, DraftAttachment['kind']>> = {
  statement: 'statement',
  'payment-plan-offer': 'promissory-note',
};

/**
 * The files a template's draft carries for this debtor: the statement of account as a printable
 * page (the statement letter on the sender's letterhead), or the promissory note of the plan on
 * the table. Empty for the other templates. Pure: no file is written here.
 */
export function draftAttachments(view: DebtorView, id: string, options: AttachmentOptions): DraftAttachment[] {
  const kind = ATTACHED[id.split('/')[1] as Stage];
  if (kind === 'statement') {
    const letter = printableLetter(view, templateId(view.classification.standing, 'statement'), options);
    const body = [
      letter.letterhead.map(escapeHtml).join('<br>\n'),
      escapeHtml(letter.date),
      letter.recipient.map(escapeHtml).join('<br>\n'),
    ]
      .filter((b) => b !== '')
      .map((b) => `<p>${b}</p>`)
      .join('\n');
    return [
      {
        kind,
        fileName: fileName(`${letter.title} ${view.name}`),
        mimeType: 'text/html',
        content: htmlDocument(letter.title, `${body}\n${textToHtml(escapeHtml(letter.body))}`),
      },
    ];
  }
  if (kind === 'promissory-note') {
    const plan = planOnTable(
      view,
      sumByCurrency(draftInvoices(view, options.today, options.invoiceNumbers).overdue),
      options.today,
    );
    if (plan.installments.every((i) => i.amount <= 0)) return [];
    const locale = options.locale || options.settings.locale || 'en';
    const note = promissoryNote(plan, view, options.settings.sender, locale);
    const heading = note.split('\n')[0] ?? '';
    const title = heading.charAt(0) + heading.slice(1).toLowerCase();
    return [
      {
        kind,
        fileName: fileName(`${title} ${view.name}`),
        mimeType: 'text/html',
        content: htmlDocument(title, `<pre>${escapeHtml(note)}</pre>`),
      },
    ];
  }
  return [];
}

function htmlDocument(title: string, body: string): string {
  return `<!doctype html>\n<html><head><meta charset="utf-8"><title>${escapeHtml(title)}</title><style>body{font:14px/1.5 Georgia,serif;max-width:40em;margin:2em auto;color:#111}pre{font:inherit;white-space:pre-wrap}</style></head>\n<body>\n${body}\n</body></html>\n`;
}

/** A file name any mail client and file system takes: no path or reserved characters, 100 characters at most. */
function fileName(name: string): string {
  const safe = name
    .replace(/[\\/:*?"<>|\u0000-\u001f\u007f]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .slice(0, 100)
    .trim();
  return `${safe || 'document'}.html`;
}
