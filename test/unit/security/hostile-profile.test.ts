// @vitest-environment happy-dom
// A site profile comes from outside the code when it is taught, imported or shared: it is data
// that cannot act. It always names its sites, its address patterns cannot hang the reader, and
// the control it says loads more rows is clicked only when it is one.
import { describe, expect, it } from 'vitest';
import { findLoadMore } from '../../../lib/extract/page/pagination';
import { SiteProfile, UserProfile } from '../../../lib/extract/wire/site-profile-schema';
import { PROFILES } from '../../../lib/extract/read/profiles';

const base = { id: 'shared', name: 'Shared profile', matches: ['https://books.example/*'] };

describe('a hostile site profile', () => {
  it('is refused when it names no site (a detect-only profile would apply on every host)', () => {
    const parsed = UserProfile.safeParse({ ...base, matches: [], detect: 'body' });
    expect(parsed.success).toBe(false);
    expect(JSON.stringify(parsed.error?.issues)).toMatch(/names no site/);
    expect(UserProfile.safeParse({ ...base, matches: ['<all_urls>'] }).success).toBe(false);
    expect(UserProfile.safeParse({ ...base, matches: ['*://*/*'] }).success).toBe(false);
    expect(UserProfile.safeParse({ ...base, matches: ['https://*/*'] }).success).toBe(false);
    expect(UserProfile.safeParse(base).success).toBe(true);
    expect(UserProfile.safeParse({ ...base, matches: ['https://*.odoo.com/*'] }).success).toBe(true);
  });

  it.each(['(a+)+$', '(x|x)*y', '(\\d*)*z', '^(a|aa)+$', '(.*a){12}', '(a)\\1', '(?=a)a', 'a*a*a*a*a*b'])(
    'refuses the address pattern %s, which could take the reader forever',
    (pattern) => {
      const parsed = SiteProfile.safeParse({ ...base, invoiceListUrls: [pattern] });
      expect(parsed.success).toBe(false);
      expect(JSON.stringify(parsed.error?.issues)).toMatch(/could take too long/);
    },
  );

  it('accepts the patterns built-in and taught profiles use', () => {
    for (const p of PROFILES)
      for (const pattern of [
        ...p.invoiceListUrls,
        ...p.customerPageUrls,
        ...(p.maturityLists ?? []).flatMap((m) => m.urls),
      ])
        expect(SiteProfile.safeParse({ ...base, invoiceListUrls: [pattern] }).success, pattern).toBe(true);
    expect(SiteProfile.safeParse({ ...base, invoiceListUrls: ['^/faktura/lista\\d+#x\\d+'] }).success).toBe(true);
  });

  it('cannot make the reader click a control that does not load more rows', () => {
    document.body.innerHTML = `<table id="list"><tr><td>INV-1</td></tr></table>
      <button id="wipe">Delete all invoices</button><div id="div-more">More</div><button id="more">Show more</button>`;
    const list = document.getElementById('list')!;
    expect(findLoadMore(document, '#wipe', list)?.id).toBe('more');
    expect(findLoadMore(document, '#div-more', list)?.id).toBe('more');
    document.getElementById('more')!.remove();
    expect(findLoadMore(document, '#wipe', list)).toBeUndefined();
  });
});
