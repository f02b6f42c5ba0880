import { mayCheckIn, needsAttention } from './check-in-window.js';

const NOW = new Date('2026-03-01T12:00:00Z');
const daysAgo = (days: number) => new Date(NOW.getTime() - days * 24 * 60 * 60 * 1000);

describe('mayCheckIn', () => {
  it.each([
    ['an active match', { status: 'active', endedAt: null, checkInWeeks: 4 }, true],
    ['a match ended within its check-in period', { status: 'ended', endedAt: daysAgo(27), checkInWeeks: 4 }, true],
    ['a match ended exactly one period ago', { status: 'ended', endedAt: daysAgo(14), checkInWeeks: 2 }, true],
    ['a match ended longer than one period ago', { status: 'ended', endedAt: daysAgo(15), checkInWeeks: 2 }, false],
    ['a match without a cadence, ended 3 weeks ago (four weeks count)', { status: 'ended', endedAt: daysAgo(21), checkInWeeks: null }, true],
    ['a match without a cadence, ended 5 weeks ago', { status: 'ended', endedAt: daysAgo(35), checkInWeeks: null }, false],
    ['a proposal', { status: 'proposed', endedAt: null, checkInWeeks: 4 }, false],
    ['a declined proposal', { status: 'declined', endedAt: daysAgo(1), checkInWeeks: 4 }, false],
    ['an expired proposal', { status: 'expired', endedAt: daysAgo(1), checkInWeeks: 4 }, false],
  ])('%s → %s', (_name, match, expected) => {
    expect(mayCheckIn(match, NOW)).toBe(expected);
  });
});

describe('needsAttention', () => {
  it.each([
    [1, false, true],
    [2, false, true],
    [3, false, false],
    [5, false, false],
    [5, true, true],
  ])('score %i, wantsContact %s → %s', (score, wantsContact, expected) => {
    expect(needsAttention({ score, wantsContact })).toBe(expected);
  });
});
