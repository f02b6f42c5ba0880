import { decodeCursor, decodeRankedCursor, encodeCursor, encodeRankedCursor, toPage, toRankedPage } from './pagination.js';

describe('pagination', () => {
  const id = '8b0f3b4e-4a47-4c4e-9d8e-1f2a3b4c5d6e';

  it('round-trips a keyset position through a cursor', () => {
    const at = new Date('2026-12-01T17:00:00.000Z');
    expect(decodeCursor(encodeCursor({ at, id }))).toEqual({ at, id });
  });

  it('rejects a forged cursor with a clear 400-kind error', () => {
    expect(() => decodeCursor('not-a-cursor')).toThrow(expect.objectContaining({ code: 'pagination.bad-cursor', status: 400 }));
    expect(() => decodeCursor(Buffer.from('["x","y"]').toString('base64url'))).toThrow(/cursor/);
  });

  it('uses the extra row only to decide whether there is a next page', () => {
    const rows = [1, 2, 3].map((n) => ({ n, at: new Date(n * 1000), id }));
    const full = toPage(rows, 2, (r) => ({ at: r.at, id: r.id }), (r) => r.n);
    expect(full.items).toEqual([1, 2]);
    expect(decodeCursor(full.nextCursor ?? undefined)?.at).toEqual(new Date(2000));
    expect(toPage(rows, 3, (r) => ({ at: r.at, id: r.id }), (r) => r.n).nextCursor).toBeNull();
  });

  it('round-trips a ranked position, and refuses a plain or forged cursor for a ranked list', () => {
    const at = new Date('2026-12-01T17:00:00.000Z');
    expect(decodeRankedCursor(encodeRankedCursor({ rank: 0, at, id }))).toEqual({ rank: 0, at, id });
    expect(() => decodeRankedCursor(encodeCursor({ at, id }))).toThrow(expect.objectContaining({ code: 'pagination.bad-cursor' }));
    expect(() => decodeRankedCursor(Buffer.from(JSON.stringify(['0', at.toISOString(), id])).toString('base64url'))).toThrow(/cursor/);
    expect(decodeRankedCursor(undefined)).toBeUndefined();
  });

  it('puts the last row\'s rank in a ranked page\'s cursor', () => {
    const rows = [{ urgent: true, n: 1 }, { urgent: false, n: 2 }, { urgent: false, n: 3 }];
    const page = toRankedPage(rows, 1, (r) => ({ rank: r.urgent ? 0 : 1, at: new Date(r.n * 1000), id }), (r) => r.n);
    expect(page.items).toEqual([1]);
    expect(decodeRankedCursor(page.nextCursor ?? undefined)).toEqual({ rank: 0, at: new Date(1000), id });
    expect(toRankedPage(rows, 3, (r) => ({ rank: 1, at: new Date(r.n * 1000), id }), (r) => r.n).nextCursor).toBeNull();
  });
});
