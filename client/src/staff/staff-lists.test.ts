import { describe, expect, it } from 'vitest';
import { makeUser } from '../data/test-support';
import { sortReports, sortVolunteers } from './staff-lists';

describe('sortVolunteers', () => {
  const volunteers = [
    makeUser({ id: 'z', displayName: 'Zoë', createdAt: '2026-01-02T00:00:00.000Z' }),
    makeUser({ id: 'e', displayName: 'élodie', createdAt: '2026-01-03T00:00:00.000Z' }),
    makeUser({ id: 'a', displayName: 'Anna', createdAt: '2026-01-01T00:00:00.000Z' }),
  ];

  it('sorts by name in the viewer’s language, accents and capitals aside, either way round', () => {
    expect(sortVolunteers(volunteers, 'name', 'en').map((v) => v.id)).toEqual(['a', 'e', 'z']);
    expect(sortVolunteers(volunteers, '-name', 'en').map((v) => v.id)).toEqual(['z', 'e', 'a']);
  });

  it('sorts by sign-up, oldest or newest first', () => {
    expect(sortVolunteers(volunteers, 'createdAt', 'en').map((v) => v.id)).toEqual(['a', 'z', 'e']);
    expect(sortVolunteers(volunteers, '-createdAt', 'en').map((v) => v.id)).toEqual(['e', 'z', 'a']);
  });
});

describe('sortReports', () => {
  // The server's queue order: an urgent report first although it is the newest.
  const queue = [
    { id: 'urgent', createdAt: '2026-02-03T00:00:00.000Z' },
    { id: 'old', createdAt: '2026-02-01T00:00:00.000Z' },
    { id: 'middle', createdAt: '2026-02-02T00:00:00.000Z' },
  ];

  it('keeps the queue order, or sorts by age alone', () => {
    expect(sortReports(queue, 'queue').map((r) => r.id)).toEqual(['urgent', 'old', 'middle']);
    expect(sortReports(queue, 'oldest').map((r) => r.id)).toEqual(['old', 'middle', 'urgent']);
    expect(sortReports(queue, 'newest').map((r) => r.id)).toEqual(['urgent', 'middle', 'old']);
  });
});
