import { availabilityProblem } from './availability-rules.js';

describe('availabilityProblem', () => {
  it('accepts separate and touching windows, and windows on different days', () => {
    expect(availabilityProblem([
      { day: 1, start: '09:00', end: '12:00' },
      { day: 1, start: '12:00', end: '14:00' },
      { day: 2, start: '09:00', end: '24:00' },
    ])).toBeUndefined();
  });

  it.each([
    [[{ day: 1, start: '9:00', end: '12:00' }], /HH:MM/],
    [[{ day: 1, start: '24:30', end: '25:00' }], /HH:MM/],
    [[{ day: 1, start: '12:00', end: '12:00' }], /before/],
    [[{ day: 1, start: '21:00', end: '18:00' }], /before/],
    [[{ day: 3, start: '10:00', end: '12:00' }, { day: 3, start: '11:00', end: '13:00' }], /overlap/],
    [[{ day: 3, start: '10:00', end: '18:00' }, { day: 3, start: '11:00', end: '12:00' }], /overlap/],
  ])('refuses %j', (windows, problem) => {
    expect(availabilityProblem(windows)).toMatch(problem);
  });
});
