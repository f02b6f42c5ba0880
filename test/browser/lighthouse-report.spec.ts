import { allTargetsMet, formatReport, pageReport, scoresAgainstTargets, topFailingAudits, type LighthouseResultLike } from './lighthouse-report.js';

type Audit = NonNullable<LighthouseResultLike['audits'][string]>;

function makeResult(overrides: { scores?: Partial<Record<'performance' | 'accessibility' | 'best-practices', number | null>>; audits?: Record<string, Partial<Audit> & { weight?: number; category?: string }> } = {}): LighthouseResultLike {
  const scores = { performance: 0.9, accessibility: 1, 'best-practices': 1, ...overrides.scores };
  const audits: LighthouseResultLike['audits'] = {};
  const refs: Record<string, Array<{ id: string; weight: number }>> = { performance: [], accessibility: [], 'best-practices': [] };
  for (const [id, { weight = 0, category = 'performance', ...audit }] of Object.entries(overrides.audits ?? {})) {
    audits[id] = { title: id, score: 1, scoreDisplayMode: 'numeric', ...audit };
    refs[category]?.push({ id, weight });
  }
  const categories = Object.fromEntries(Object.entries(scores).map(([id, score]) => [id, { score, auditRefs: refs[id] ?? [] }]));
  return { categories, audits, environment: { benchmarkIndex: 812.4 } };
}

describe('scoresAgainstTargets', () => {
  it('meets a target at the target itself and not one point below', () => {
    const scores = scoresAgainstTargets(makeResult({ scores: { performance: 0.9, accessibility: 0.94, 'best-practices': 0.95 } }));
    expect(scores).toEqual([
      { category: 'performance', score: 90, met: true },
      { category: 'accessibility', score: 94, met: false },
      { category: 'best-practices', score: 95, met: true },
    ]);
  });

  it('counts a category Lighthouse could not score as not met', () => {
    expect(scoresAgainstTargets(makeResult({ scores: { performance: null } }))[0]).toEqual({ category: 'performance', score: undefined, met: false });
  });
});

describe('topFailingAudits', () => {
  const result = makeResult({
    audits: {
      'total-blocking-time': { score: 0.2, weight: 30, displayValue: '900 ms' },
      'largest-contentful-paint': { score: 0.5, weight: 25 },
      'color-contrast': { score: 0, weight: 7, category: 'accessibility', scoreDisplayMode: 'binary' },
      'unused-javascript': { score: 0.3, weight: 0, scoreDisplayMode: 'metricSavings' },
      'first-contentful-paint': { score: 0.95, weight: 10 },
      'diagnostics': { score: null, scoreDisplayMode: 'informative' },
      'script-treemap-data': { score: 0, scoreDisplayMode: 'manual' },
    },
  });

  it('lists the audits below 0.9 that cost the most points first, then unweighted ones', () => {
    expect(topFailingAudits(result, 10).map((audit) => audit.id)).toEqual(['total-blocking-time', 'largest-contentful-paint', 'color-contrast', 'unused-javascript']);
  });

  it('keeps the count asked for, with what Lighthouse says of each', () => {
    expect(topFailingAudits(result, 1)).toEqual([{ id: 'total-blocking-time', title: 'total-blocking-time', score: 0.2, displayValue: '900 ms' }]);
  });
});

describe('formatReport', () => {
  it('prints a row per page against its targets, then each page’s failing audits with the CPU benchmark', () => {
    const reports = [
      pageReport('landing', makeResult({ scores: { performance: 0.97 } })),
      pageReport('chat', makeResult({ scores: { performance: 0.42 }, audits: { 'total-blocking-time': { score: 0.1, weight: 30, displayValue: '2,100 ms', title: 'Total Blocking Time' } } })),
    ];
    expect(formatReport(reports).split('\n')).toEqual([
      '| page | performance (≥ 90) | accessibility (≥ 95) | best practices (≥ 95) |',
      '|---|---|---|---|',
      '| landing | 97 / 90 met | 100 / 95 met | 100 / 95 met |',
      '| chat | 42 / 90 not met | 100 / 95 met | 100 / 95 met |',
      '',
      'landing (CPU benchmark index 812): no failing audits',
      'chat (CPU benchmark index 812), failing audits:',
      '  total-blocking-time (10, 2,100 ms): Total Blocking Time',
    ]);
    expect(allTargetsMet(reports)).toBe(false);
    expect(allTargetsMet(reports.slice(0, 1))).toBe(true);
  });

  it('says why a page could not be measured', () => {
    const blank = { ...makeResult({ scores: { performance: null, accessibility: null, 'best-practices': null } }), runtimeError: { code: 'NO_FCP', message: 'The page did not paint any content.' } };
    expect(formatReport([pageReport('profile', blank)]).split('\n').slice(2)).toEqual([
      '| profile | — / 90 not met | — / 95 not met | — / 95 not met |',
      '',
      'profile (CPU benchmark index 812): not measured, Lighthouse stopped with NO_FCP',
    ]);
  });
});
