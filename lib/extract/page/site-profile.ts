import type { SiteProfile, SiteProfileInput } from '../wire/site-profile-schema';

export type { SiteProfile, SiteProfileInput } from '../wire/site-profile-schema';

/** A built-in profile with its defaults filled, without loading zod into the content script. */
export function defineProfile(p: SiteProfileInput): SiteProfile {
  return { matches: [], invoiceListUrls: [], customerPageUrls: [], columns: {}, taught: false, ...p } as SiteProfile;
}

/** Whether a browser match pattern ("https://*.odoo.com/*") covers a URL. */
export function matchesPattern(pattern: string, url: string): boolean {
  const m = /^(\*|https?):\/\/(\*|\*\.[^/*]+|[^/*]+)(\/.*)$/.exec(pattern);
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    return false;
  }
  if (!m) return false;
  const [, scheme, host, path] = m as unknown as [string, string, string, string];
  if (scheme !== '*' && `${scheme}:` !== u.protocol) return false;
  if (scheme === '*' && !/^https?:$/.test(u.protocol)) return false;
  if (host !== '*') {
    if (host.startsWith('*.')) {
      const base = host.slice(2);
      if (u.hostname !== base && !u.hostname.endsWith(`.${base}`)) return false;
    } else if ((host.includes(':') ? u.host : u.hostname) !== host) return false; // a taught local app names its port
  }
  const re = new RegExp(`^${path.replace(/[.+?^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*')}$`);
  return re.test(u.pathname + u.search);
}

/** Whether pattern `inner` only covers URLs that `outer` covers too. */
export function patternWithin(inner: string, outer: string): boolean {
  const p = /^(\*|https?):\/\/([^/]+)(\/.*)$/;
  const a = p.exec(inner);
  const b = p.exec(outer);
  if (!a || !b) return false;
  if (b[1] !== '*' && a[1] !== b[1]) return false;
  const [ha, hb] = [a[2]!, b[2]!];
  const hostOk = hb === '*' || ha === hb || (hb.startsWith('*.') && (ha === hb.slice(2) || ha.endsWith(hb.slice(1))));
  const pathOk = b[3] === '/*' || a[3] === b[3];
  return hostOk && pathOk;
}

/** A URL's path, query and fragment (what profiles' URL patterns are written against). */
export const pathOf = (url: string) => {
  try {
    const u = new URL(url);
    return u.pathname + u.search + u.hash;
  } catch {
    return url;
  }
};

/** The profile for this page: by host pattern, else by the app's signature in the page. */
export function profileFor(
  url: string,
  root: ParentNode | undefined,
  profiles: readonly SiteProfile[],
): SiteProfile | undefined {
  const byHost = profiles.find((p) => p.matches.some((m) => matchesPattern(m, url)));
  if (byHost) return byHost;
  if (!root) return undefined;
  return profiles.find((p) => {
    if (!p.detect) return false;
    try {
      return !!root.querySelector(p.detect);
    } catch {
      return false;
    }
  });
}

/** Patterns are tested on the first 1,000 characters of the address (bounded work: site-profile-schema.ts's quickPattern). */
const pathHead = (url: string) => pathOf(url).slice(0, 1000);
const testAny = (res: string[], url: string) => res.some((r) => new RegExp(r, 'i').test(pathHead(url)));

/** Whether the profile says this page is its invoice list (any page, when it does not say). */
export const isInvoiceListPage = (p: SiteProfile, url: string) =>
  p.invoiceListUrls.length === 0 || testAny(p.invoiceListUrls, url);
export const isCustomerPage = (p: SiteProfile, url: string) =>
  p.customerPageUrls.length > 0 && testAny(p.customerPageUrls, url);

/** The profile's due-date list for this page (Tryton's Dunnings), if the page is one. */
export function maturityListFor(
  profile: SiteProfile | undefined,
  url: string,
): NonNullable<SiteProfile['maturityLists']>[number] | undefined {
  return profile?.maturityLists?.find((m) => m.urls.some((r) => new RegExp(r, 'i').test(pathHead(url))));
}
