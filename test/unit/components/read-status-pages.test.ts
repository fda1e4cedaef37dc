import { describe, expect, it } from 'vitest';
import { pagesText } from '../../../components/sidebar/ReadStatus';

describe('pagesText: which pages of a paged list the sidebar says were read', () => {
  it('a complete read names every page', () => {
    expect(pagesText({ count: 25, complete: true, pages: { read: [1, 2], last: 2 } })).toBe(
      'every page read (pages 1–2 of 2 read)',
    );
  });
  it('a list that refused paging says how much was read and what to do', () => {
    expect(pagesText({ count: 20, complete: false, pages: { read: [1], last: 2, statedRows: 40 } })).toBe(
      'read 20 of 40, open the next page (page 1 of 2 read)',
    );
    expect(pagesText({ count: 60, complete: false, pages: { read: [1, 2, 4] } })).toBe(
      'pages 1–2, 4 read, open the next page',
    );
  });
  it('says nothing of pages for a list without a pager', () => {
    expect(pagesText({ count: 3, complete: true })).toBe('');
  });
});
