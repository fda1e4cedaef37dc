import type { SiteProfile } from '../site-profile';
import { freshbooks } from './freshbooks';
import { invoiceninja } from './invoiceninja';
import { odoo } from './odoo';
import { quickbooks } from './quickbooks';
import { stripe } from './stripe';
import { tryton } from './tryton';
import { wave } from './wave';
import { xero } from './xero';
import { zoho } from './zoho';

/** Built-in site profiles, one file per app: data the generic reader consumes. */
export const PROFILES: SiteProfile[] = [quickbooks, xero, freshbooks, zoho, wave, invoiceninja, stripe, odoo, tryton];
