import { decodeCursor, encodeCursor, MAX_PAGE_SIZE, pageSize, toPage } from './pagination';

describe('pagination', () => {
  it('caps page size at the maximum and rejects negatives', () => {
    expect(pageSize(100000)).toBe(MAX_PAGE_SIZE);
    expect(pageSize(undefined)).toBe(20);
    expect(pageSize(0)).toBe(0);
    expect(() => pageSize(-1)).toThrow('`first` must not be negative');
  });

  it('round-trips cursors and rejects malformed ones as bad input', () => {
    expect(decodeCursor(encodeCursor(49))).toBe(49);
    expect(decodeCursor(null)).toBe(-1);
    for (const bad of ['nonsense', '', encodeCursor(1).slice(0, -1), Buffer.from('offset:-3').toString('base64url'), Buffer.from('offset:1e3').toString('base64url')]) {
      expect(() => decodeCursor(bad)).toThrow(expect.objectContaining({ extensions: expect.objectContaining({ code: 'BAD_USER_INPUT' }) }));
    }
  });

  it('builds page info from the offset and the total', () => {
    const page = toPage(['a', 'b'], 1, 5);
    expect(page.edges.map((e) => decodeCursor(e.cursor))).toEqual([2, 3]);
    expect(page.pageInfo).toMatchObject({ hasNextPage: true, hasPreviousPage: true });
    expect(toPage(['e'], 3, 5).pageInfo.hasNextPage).toBe(false);
    expect(toPage([], -1, 0).pageInfo).toMatchObject({ hasNextPage: false, startCursor: null, endCursor: null });
  });
});
