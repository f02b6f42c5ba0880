import { fireEvent, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { api, type MatchingRun, type RunPair, type User } from '../api/client';
import { answer, renderWithData } from '../data/test-support';
import { RoundReview } from './RoundReview';

// Chart.js draws on a canvas jsdom lacks; the chart stands in as its figures.
vi.mock('./RoundScoreChart', () => ({ default: ({ series }: { series: { labels: string[] } }) => <p>chart {series.labels.join(' ')}</p> }));

// Dates are shown in the viewer's profile time zone; without a session, the browser's.
const session = vi.hoisted(() => ({ user: null as User | null }));
vi.mock('../session/session', () => ({ useSession: () => session }));

const RUN_ID = '00000000-0000-4000-8000-0000000000f1';

function makeRun(patch: Partial<MatchingRun> = {}): MatchingRun {
  return {
    id: RUN_ID, algorithm: 'min-cost-flow', createdAt: '2026-12-07T10:00:00.000Z', finishedAt: '2026-12-07T10:00:01.000Z', durationMs: 120,
    dryRun: true, status: 'finished', participants: 6, proposals: 3, totalScore: 210, programmeId: '00000000-0000-4000-8000-000000000002',
    phase: 'writing', candidatePairs: 12, components: 2, componentsSolved: 2,
    committedAt: null, discardedAt: null, reviewableUntil: new Date(Date.now() + 3_600_000).toISOString(),
    scoreHistogram: [{ from: 60, to: 70, count: 1 }, { from: 70, to: 80, count: 2 }],
    ...patch,
  };
}

function makePair(rank: number, patch: Partial<RunPair> = {}): RunPair {
  return {
    id: `00000000-0000-4000-8000-00000000010${rank}`, rank, score: 72.4, migrantWaitingSince: '2026-11-02T09:00:00.000Z',
    migrant: { id: `m${rank}`, displayName: `Amal ${rank}`, placeName: 'Utrecht', countryCode: 'NL' },
    host: { id: `h${rank}`, displayName: `Joost ${rank}`, placeName: 'Zeist', countryCode: 'NL' },
    reasons: [{ factor: 'language', code: 'language.shared', detail: 'You both speak Arabic', params: { languages: ['ar'] }, score: 1 }],
    ...patch,
  };
}

function servePairs(total = 45) {
  return vi.spyOn(api, 'GET').mockImplementation(((path: string) =>
    path === '/api/staff/matching/runs/{id}/pairs'
      ? answer(200, { items: [makePair(1), makePair(2)], total, page: 1, limit: 20, programme: { id: 'p', name: 'Samen Sterk', organisationId: 'o', organisationName: 'Rode Kruis' } })
      : answer(200, [])) as never);
}

afterEach(() => {
  vi.restoreAllMocks();
});

describe('reviewing a round before anyone is proposed', () => {
  it('shows the score distribution and every pair with its reasons as sentences', async () => {
    servePairs();
    renderWithData(<RoundReview run={makeRun()} onNewPreview={vi.fn()} onDiscarded={vi.fn()} />);
    expect(await screen.findByText('chart 60–70 70–80')).toBeTruthy();
    const row = (await screen.findByRole('cell', { name: /Amal 1/ })).closest('tr');
    expect(row?.textContent).toContain('Joost 1 · Zeist');
    expect(row?.textContent).toContain('You both speak Arabic');
    expect(row?.textContent).toMatch(/November 2, 2026|2 November 2026/);
    expect(screen.getByText('Page 1 of 3')).toBeTruthy();
  });

  it('asks the server for the chosen order and the next page', async () => {
    const get = servePairs();
    renderWithData(<RoundReview run={makeRun()} onNewPreview={vi.fn()} onDiscarded={vi.fn()} />);
    await screen.findByRole('cell', { name: /Amal 1/ });
    expect(get).toHaveBeenCalledWith('/api/staff/matching/runs/{id}/pairs', expect.objectContaining({ params: { path: { id: RUN_ID }, query: { sort: '-score', page: 1, limit: 20 } } }));
    fireEvent.change(screen.getByLabelText('Order'), { target: { value: 'waiting' } });
    await vi.waitFor(() => expect(get).toHaveBeenCalledWith('/api/staff/matching/runs/{id}/pairs', expect.objectContaining({ params: { path: { id: RUN_ID }, query: { sort: 'waiting', page: 1, limit: 20 } } })));
    fireEvent.click(screen.getByRole('button', { name: 'Next page' }));
    await vi.waitFor(() => expect(get).toHaveBeenCalledWith('/api/staff/matching/runs/{id}/pairs', expect.objectContaining({ params: { path: { id: RUN_ID }, query: { sort: 'waiting', page: 2, limit: 20 } } })));
    expect(screen.getByText('Page 2 of 3')).toBeTruthy();
  });

  it('proposes the pairs after a confirmation and says which were skipped and why', async () => {
    servePairs();
    const committed = makeRun({ committedAt: '2026-12-07T10:05:00.000Z', reviewableUntil: null });
    const post = vi.spyOn(api, 'POST').mockImplementation((() =>
      answer(200, { run: committed, committed: [{ ...makePair(1), matchId: 'x1' }, { ...makePair(3), matchId: 'x3' }], skipped: [{ ...makePair(2), code: 'matching.host-full', message: 'The host is full' }] })) as never);
    renderWithData(<RoundReview run={makeRun()} onNewPreview={vi.fn()} onDiscarded={vi.fn()} />);
    fireEvent.click(await screen.findByRole('button', { name: 'Propose these 3 matches' }));
    expect(post).not.toHaveBeenCalled();
    expect(screen.getByText('Propose these 3 matches now? Everyone in them is asked whether they would like to meet.')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Yes, propose them' }));
    expect(await screen.findByText('2 matches were proposed.')).toBeTruthy();
    expect(post).toHaveBeenCalledWith('/api/staff/matching/runs/{id}/commit', { params: { path: { id: RUN_ID } } });
    expect(screen.getByRole('heading', { name: '1 pair was not proposed' })).toBeTruthy();
    expect(screen.getByText(/no free place/).closest('li')?.textContent).toBe('Amal 2 – Joost 2: This volunteer has no free place for another match.');
  });

  it('discards the preview', async () => {
    servePairs();
    const post = vi.spyOn(api, 'POST').mockImplementation((() => answer(204)) as never);
    const onDiscarded = vi.fn();
    renderWithData(<RoundReview run={makeRun()} onNewPreview={vi.fn()} onDiscarded={onDiscarded} />);
    fireEvent.click(await screen.findByRole('button', { name: 'Discard the preview' }));
    await vi.waitFor(() => expect(onDiscarded).toHaveBeenCalled());
    expect(post).toHaveBeenCalledWith('/api/staff/matching/runs/{id}/discard', { params: { path: { id: RUN_ID } } });
  });

  it('says in words that a stale preview can no longer be proposed, and offers a new one', () => {
    servePairs();
    const onNewPreview = vi.fn();
    renderWithData(<RoundReview run={makeRun({ reviewableUntil: '2026-12-01T10:00:00.000Z' })} onNewPreview={onNewPreview} onDiscarded={vi.fn()} />);
    expect(screen.getByText('This preview is more than a day old, so its pairs can no longer be proposed. Preview a new round.')).toBeTruthy();
    expect(screen.queryByRole('button', { name: /^Propose/ })).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'Preview a new round' }));
    expect(onNewPreview).toHaveBeenCalled();
  });

  it('turns a commit refused as stale into the same message', async () => {
    servePairs();
    vi.spyOn(api, 'POST').mockImplementation((() => answer(409, { code: 'matching.run-stale', message: 'stale' })) as never);
    renderWithData(<RoundReview run={makeRun()} onNewPreview={vi.fn()} onDiscarded={vi.fn()} />);
    fireEvent.click(await screen.findByRole('button', { name: 'Propose these 3 matches' }));
    fireEvent.click(screen.getByRole('button', { name: 'Yes, propose them' }));
    expect(await screen.findByText('This preview is more than a day old, so its pairs can no longer be proposed. Preview a new round.')).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Preview a new round' })).toBeTruthy();
  });
});
