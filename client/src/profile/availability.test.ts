import { describe, expect, it } from 'vitest';
import { addWindow, copyDay, removeWindow, sortWindows, toMinutes, weeklyHours, windowProblem } from './availability';

describe('availability', () => {
  it('reads HH:MM times, allowing 24:00 as the end of the day', () => {
    expect(toMinutes('00:00')).toBe(0);
    expect(toMinutes('18:30')).toBe(1110);
    expect(toMinutes('24:00')).toBe(1440);
    expect(toMinutes('24:30')).toBeUndefined();
    expect(toMinutes('9:00')).toBeUndefined();
    expect(toMinutes('12:60')).toBeUndefined();
  });

  it('adds windows sorted by day and time', () => {
    let windows = [{ day: 3, start: '10:00', end: '12:00' }];
    const first = addWindow(windows, { day: 1, start: '18:00', end: '21:00' });
    expect(first.ok).toBe(true);
    if (first.ok) windows = first.windows;
    const second = addWindow(windows, { day: 3, start: '08:00', end: '09:00' });
    expect(second.ok && second.windows).toEqual([
      { day: 1, start: '18:00', end: '21:00' },
      { day: 3, start: '08:00', end: '09:00' },
      { day: 3, start: '10:00', end: '12:00' },
    ]);
  });

  it('refuses overlaps on the same day but allows touching windows and other days', () => {
    const windows = [{ day: 2, start: '18:00', end: '20:00' }];
    expect(windowProblem({ day: 2, start: '19:00', end: '21:00' }, windows)).toBe('overlap');
    expect(windowProblem({ day: 2, start: '17:00', end: '18:30' }, windows)).toBe('overlap');
    expect(windowProblem({ day: 2, start: '20:00', end: '22:00' }, windows)).toBeUndefined();
    expect(windowProblem({ day: 3, start: '18:00', end: '20:00' }, windows)).toBeUndefined();
  });

  it('refuses ends before starts, bad times and bad days', () => {
    expect(windowProblem({ day: 1, start: '20:00', end: '18:00' }, [])).toBe('end-before-start');
    expect(windowProblem({ day: 1, start: '20:00', end: '20:00' }, [])).toBe('end-before-start');
    expect(windowProblem({ day: 1, start: '24:00', end: '24:00' }, [])).toBe('bad-time');
    expect(windowProblem({ day: 8, start: '10:00', end: '11:00' }, [])).toBe('bad-day');
    expect(windowProblem({ day: 1, start: '22:00', end: '24:00' }, [])).toBeUndefined();
  });

  it('refuses a 29th window', () => {
    const many = Array.from({ length: 28 }, (_, i) => ({ day: (i % 7) + 1, start: `${String(Math.floor(i / 7) * 2).padStart(2, '0')}:00`, end: `${String(Math.floor(i / 7) * 2 + 1).padStart(2, '0')}:00` }));
    expect(addWindow(many, { day: 1, start: '20:00', end: '21:00' })).toEqual({ ok: false, problem: 'too-many' });
  });

  it('removes by index and copies a day onto others, skipping overlaps', () => {
    const windows = sortWindows([{ day: 1, start: '18:00', end: '20:00' }, { day: 2, start: '19:00', end: '21:00' }]);
    expect(removeWindow(windows, 0)).toEqual([{ day: 2, start: '19:00', end: '21:00' }]);
    const copied = copyDay(windows, 1, [1, 2, 3]);
    expect(copied).toEqual([
      { day: 1, start: '18:00', end: '20:00' },
      { day: 2, start: '19:00', end: '21:00' },
      { day: 3, start: '18:00', end: '20:00' },
    ]);
  });

  it('totals hours a week', () => {
    expect(weeklyHours([{ day: 1, start: '18:00', end: '20:30' }, { day: 6, start: '22:00', end: '24:00' }])).toBe(4.5);
  });
});
