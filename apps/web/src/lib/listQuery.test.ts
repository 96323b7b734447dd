import { describe, expect, it } from 'vitest';
import { hasFilters, lastPageFor, oneOf, readListQuery, writeListQuery } from './listQuery.ts';

const KEYS = ['unitId', 'role', 'q'] as const;
const q = (s: string) => new URLSearchParams(s);
const write = (s: string, change: Parameters<typeof writeListQuery<(typeof KEYS)[number]>>[2]) =>
  writeListQuery(q(s), KEYS, change).toString();

describe('readListQuery', () => {
  it('reads page, size and the list’s own filters, trimmed; blank filters are unset', () => {
    expect(readListQuery(q('role=admin&q=%20张%20&unitId=&page=3&pageSize=50&tab=x'), KEYS)).toEqual({
      page: 3,
      pageSize: 50,
      filters: { role: 'admin', q: '张' },
    });
  });

  it('falls back to page 1 and 20 a page for anything it cannot use', () => {
    for (const bad of ['page=0', 'page=-2', 'page=abc', 'page=1.5', 'pageSize=7', 'pageSize=1000000']) {
      const s = readListQuery(q(bad), KEYS);
      expect([s.page, s.pageSize], bad).toEqual([1, 20]);
    }
  });
});

describe('writeListQuery', () => {
  it('a changed filter goes back to page 1, and an emptied one leaves the URL', () => {
    expect(write('role=admin&page=4', { filters: { q: '李' } })).toBe('role=admin&q=%E6%9D%8E');
    expect(write('role=admin&q=x&page=4', { filters: { role: undefined } })).toBe('q=x');
    expect(write('role=admin&page=4', { filters: { q: '   ' } })).toBe('role=admin&page=4');
  });

  it('setting a filter to the value it has keeps the page', () => {
    expect(write('role=admin&page=4', { filters: { role: 'admin' } })).toBe('role=admin&page=4');
  });

  it('a new page size starts at page 1; defaults are not written', () => {
    expect(write('page=3', { pageSize: 50 })).toBe('pageSize=50');
    expect(write('page=3&pageSize=50', { pageSize: 20 })).toBe('');
    expect(write('pageSize=50', { page: 2 })).toBe('pageSize=50&page=2');
    expect(write('page=2', { page: 1 })).toBe('');
  });

  it('keeps query parameters that are not the list’s own', () => {
    expect(write('tab=open&role=admin', { page: 2 })).toBe('tab=open&role=admin&page=2');
    expect(write('tab=open&role=admin&page=2', { filters: { role: null, q: null, unitId: null } })).toBe(
      'tab=open',
    );
  });

  it('round-trips: what is written reads back as the same state', () => {
    const s = writeListQuery(q(''), KEYS, { filters: { unitId: 'u-1', q: '滨河 社区' }, page: 1 });
    const again = writeListQuery(s, KEYS, { page: 5, pageSize: 100 });
    expect(readListQuery(again, KEYS)).toEqual({
      page: 1, // the size changed in the same step
      pageSize: 100,
      filters: { unitId: 'u-1', q: '滨河 社区' },
    });
    expect(readListQuery(writeListQuery(again, KEYS, { page: 5 }), KEYS).page).toBe(5);
  });
});

describe('helpers', () => {
  it('hasFilters, oneOf and lastPageFor', () => {
    expect(hasFilters(readListQuery(q('page=2&tab=x'), KEYS))).toBe(false);
    expect(hasFilters(readListQuery(q('q=a'), KEYS))).toBe(true);
    expect(oneOf(['admin', 'operator'] as const, 'admin')).toBe('admin');
    expect(oneOf(['admin', 'operator'] as const, 'root')).toBeUndefined();
    expect(oneOf(['admin'] as const, undefined)).toBeUndefined();
    expect([lastPageFor(0, 20), lastPageFor(20, 20), lastPageFor(21, 20), lastPageFor(95, 10)]).toEqual([
      1, 1, 2, 10,
    ]);
  });
});
