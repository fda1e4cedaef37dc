import { matchesPattern, type SiteProfile } from '../../page/site-profile';
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

/**
 * The built-in profiles that may read pages of this URL's site: those whose hosts cover it, and
 * those that recognise their app by its markup (self-hosted, on any host). In PROFILES order, so
 * `profileFor` picks from them what it would pick from all, on any page of the same origin (every
 * built-in pattern covers whole origins: test/unit/extract/profiles.test.ts checks it). The
 * background sends these to the reader, which then ships no profile data of its own.
 */
export function builtInProfilesFor(url: string): SiteProfile[] {
  return PROFILES.filter((p) => !!p.detect || p.matches.some((m) => matchesPattern(m, url)));
}
