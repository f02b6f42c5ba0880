import { timeOrderedIds } from './time-ordered-ids.js';

const UUID_V7 = /^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

describe('timeOrderedIds', () => {
  it('makes as many distinct version-7 UUIDs as asked', () => {
    const ids = timeOrderedIds(500);
    expect(ids).toHaveLength(500);
    for (const id of ids) expect(id).toMatch(UUID_V7);
    expect(new Set(ids).size).toBe(500);
  });

  it('starts each id with the time in milliseconds, so later ids sort after earlier ones', () => {
    const now = Date.UTC(2026, 10, 28, 12, 0, 0, 123);
    const [id] = timeOrderedIds(1, now);
    expect(parseInt(id.replaceAll('-', '').slice(0, 12), 16)).toBe(now);

    const earlier = timeOrderedIds(50, now);
    const later = timeOrderedIds(50, now + 1);
    expect(earlier.every((a) => later.every((b) => a < b))).toBe(true);
  });

  it('makes nothing for a count of zero', () => {
    expect(timeOrderedIds(0)).toEqual([]);
  });
});
