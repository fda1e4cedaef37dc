import { cellText } from './cell-text';
import { extractCustomerAddress } from './customer-address';
import { fold } from '../../text/fold';
import { labelledValues } from './labelled-values';

// Labels of a record form's name field (Tryton's party form has no heading).
const NAME_LABEL =
  /^(name|party|customer|client|company|nom|raison sociale|kunde|firma|nombre|cliente|nome|naam|klant|ragione sociale)$/;
const EMAIL_LABEL = /^(e ?mail|courriel|correo|posta elettronica)/;
const PHONE_LABEL =
  /^(phone|tel|telephone|telefon|telefono|telefone|telefoon|mobile|portable|handy|movil|celular|cellulare)/;

export interface CustomerContact {
  customer: string;
  email?: string;
  phone?: string;
  /** The postal address the page shows, its lines kept. */
  address?: string;
}

const EMAIL = /[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}/;
// A phone number shown as text, after a label so that invoice numbers and amounts are not taken for one.
const PHONE_LABELLED =
  /(?:phone|tel|telephone|téléphone|telefon|teléfono|telefone|telefoon|telefono|mobile|portable|handy|móvil|celular|gsm|cell)\s*[.:]?\s*(\+?[\d\s().\-/]{7,22}\d)/i;

/**
 * A customer page's contact details: email from a mailto link or the text, phone from a tel:
 * link or a labelled number, the postal address where labelled (customer-address.ts), the
 * customer's name from the main heading.
 */
export function extractCustomerContact(root: ParentNode): CustomerContact | undefined {
  const scope = (root.querySelector('main,[role=main]') ?? root) as ParentNode;
  const heading = scope.querySelector('h1') ?? scope.querySelector('h2,[role=heading]');
  const fields = heading
    ? []
    : labelledValues(root).map((p) => ({
        label: fold(p.label)
          .replace(/[^a-z ]+/g, ' ')
          .trim(),
        value: p.value,
      }));
  const labelled = (re: RegExp) => fields.find((f) => re.test(f.label) && f.value)?.value;
  const customer = (heading ? cellText(heading) : (labelled(NAME_LABEL) ?? '')).slice(0, 300);
  if (!customer) return undefined;
  const mailto = scope.querySelector('a[href^="mailto:" i]')?.getAttribute('href');
  const el = (scope as Document).body ?? (scope as Element);
  const text = el && 'tagName' in el ? cellText(el) : '';
  const email = mailto
    ? decodeURIComponent(mailto.slice(7).split('?')[0]!)
    : (labelled(EMAIL_LABEL) ?? EMAIL.exec(text)?.[0]);
  const tel = scope.querySelector('a[href^="tel:" i]')?.getAttribute('href');
  const phone = tel
    ? decodeURIComponent(tel.slice(4)).trim()
    : (labelled(PHONE_LABEL) ?? PHONE_LABELLED.exec(text.replace(/\s+/g, ' '))?.[1]?.trim());
  const out: CustomerContact = { customer };
  if (email && EMAIL.test(email)) out.email = email.slice(0, 320);
  if (phone) out.phone = phone.slice(0, 100);
  const address = extractCustomerAddress(scope);
  if (address) out.address = address;
  return out.email || out.phone || out.address ? out : undefined;
}
