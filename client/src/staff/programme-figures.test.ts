import { describe, expect, it } from 'vitest';
import type { ProgrammeStats } from '../data/programme-api';
import { membersCsvFilename } from './members-csv';
import { checkInScoreSeries, firstMatchesSeries, monthLabel, nextMonth, programmeMatchesSeries } from './programme-figures';

const stats = (patch: Partial<ProgrammeStats> = {}): ProgrammeStats => ({
  participants: { migrants: 4, hosts: 3, staff: 1 }, hostsPending: 1, waitingMigrants: 2, medianWaitDays: 5,
  matches: { proposed: 1, active: 2, declined: 0, expired: 1, ended: 3 }, matchesEverActive: 6, meetups: { confirmed: 2, happened: 1 },
  meetupsPerActiveMatch: 1, openReports: 0, medianDaysToFirstMatch: 12, meanCheckInScore: 3.6,
  checkIns: { count: 0, byScore: { 1: 0, 2: 0, 3: 0, 4: 0, 5: 0 } }, firstMatchesByMonth: [], ...patch,
});

describe('programme figures', () => {
  it('keeps match statuses in a stable order', () => {
    expect(programmeMatchesSeries(stats())).toEqual({ labels: ['proposed', 'active', 'declined', 'expired', 'ended'], values: [1, 2, 0, 1, 3] });
  });

  it('shows every check-in score from 1 to 5, and nothing before the first check-in', () => {
    expect(checkInScoreSeries(stats({ checkIns: { count: 4, byScore: { 1: 0, 2: 1, 3: 0, 4: 0, 5: 3 } } }))).toEqual({ labels: ['1', '2', '3', '4', '5'], values: [0, 1, 0, 0, 3] });
    expect(checkInScoreSeries(stats())).toBeUndefined();
  });

  it('lays first matches out month by month, oldest first, with empty months as 0', () => {
    const series = firstMatchesSeries(stats({ firstMatchesByMonth: [{ month: '2027-02', count: 2 }, { month: '2026-11', count: 1 }] }));
    expect(series).toEqual({ labels: ['2026-11', '2026-12', '2027-01', '2027-02'], values: [1, 0, 0, 2] });
    expect(firstMatchesSeries(stats({ firstMatchesByMonth: [] }))).toBeUndefined();
    expect(firstMatchesSeries(stats())).toBeUndefined();
    expect(nextMonth('2026-09')).toBe('2026-10');
  });

  it('writes months in the interface language', () => {
    expect(monthLabel('2026-11', 'en')).toBe('Nov 2026');
    expect(monthLabel('2027-01', 'nl')).toBe('jan 2027');
  });
});

describe('the members CSV file name', () => {
  it('is programme-<name>-members.csv with the name in lower case and dashes', () => {
    expect(membersCsvFilename('1001 Strengths')).toBe('programme-1001-strengths-members.csv');
    expect(membersCsvFilename('  Ubuntu: Jo’burg / East!  ')).toBe('programme-ubuntu-jo-burg-east-members.csv');
    expect(membersCsvFilename('Café Élan')).toBe('programme-cafe-elan-members.csv');
    expect(membersCsvFilename('Відкриті двері')).toBe('programme-відкриті-двері-members.csv');
    expect(membersCsvFilename('***')).toBe('programme-unnamed-members.csv');
  });
});
