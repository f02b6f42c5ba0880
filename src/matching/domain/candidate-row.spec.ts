import { type CandidateRow, inProgramme, toMatchingPerson, toPairSide, waitingSince } from './candidate-row.js';
import { assignmentProblemOf, buildRoundGraph, type IsExcluded, type RoundGraph, type RoundPeople } from './round-graph.js';
import { rankSuggestions, type SuggestionCandidateRow } from './rank-suggestions.js';
import { explainChosenPairs, totalScore } from './round-proposals.js';
import { solveCapacitatedAssignment, solveCompactAssignment } from './assignment.js';
import { greedyCapacitatedAssignment } from './greedy.js';
import { makeHost, makeMigrant, TEST_NOW, daysBeforeNow } from './test-factories.js';
import type { MatchingPerson } from './matching-person.js';
import { findReachablePairs } from './reachable-pairs.js';
import { evaluatePair, kmBetween } from './pair.js';

function rowOf(person: MatchingPerson, overrides: Partial<SuggestionCandidateRow> = {}): SuggestionCandidateRow {
  return {
    id: person.id,
    role: person.role,
    member: true,
    birthYear: person.birthYear ?? null,
    createdAt: daysBeforeNow(30),
    verification: person.role === 'host' ? 'verified' : null,
    checksCleared: true,
    gender: person.gender,
    partnerGender: person.partnerGender,
    lat: person.lat,
    lon: person.lon,
    maxDistanceKm: person.maxDistanceKm,
    meetOnline: person.meetOnline,
    languages: person.languages,
    learning: person.learning,
    interests: person.interests,
    availability: person.availability,
    timezone: person.timezone,
    completedAt: person.waitingSince,
    lastMatchEndedAt: null,
    openSlots: person.role === 'host' ? 1 : 0,
    hasOpenMatch: false,
    active: true,
    complete: true,
    erased: false,
    excludedWithSubject: false,
    ...overrides,
  };
}

describe('waitingSince', () => {
  it('starts when the profile became complete, or at sign-up when that is unknown', () => {
    expect(waitingSince({ role: 'host', createdAt: daysBeforeNow(9), completedAt: daysBeforeNow(5), lastMatchEndedAt: null })).toEqual(daysBeforeNow(5));
    expect(waitingSince({ role: 'host', createdAt: daysBeforeNow(9), completedAt: null, lastMatchEndedAt: null })).toEqual(daysBeforeNow(9));
  });

  it('restarts for a migrant whose last match ended later, never earlier', () => {
    expect(waitingSince({ role: 'migrant', createdAt: daysBeforeNow(9), completedAt: daysBeforeNow(8), lastMatchEndedAt: daysBeforeNow(2) })).toEqual(daysBeforeNow(2));
    expect(waitingSince({ role: 'migrant', createdAt: daysBeforeNow(9), completedAt: daysBeforeNow(8), lastMatchEndedAt: daysBeforeNow(20) })).toEqual(daysBeforeNow(8));
    expect(waitingSince({ role: 'host', createdAt: daysBeforeNow(9), completedAt: daysBeforeNow(8), lastMatchEndedAt: daysBeforeNow(2) })).toEqual(daysBeforeNow(8));
  });
});

describe('toMatchingPerson', () => {
  it('keeps every matching field and the row\'s arrays (so placed weeks are remembered)', () => {
    const migrant = makeMigrant();
    const row = rowOf(migrant);
    const person = toMatchingPerson(row);
    expect(person).toEqual(migrant);
    expect(person.availability).toBe(row.availability);
  });

  it('falls back safely for a damaged row', () => {
    const person = toMatchingPerson(rowOf(makeMigrant(), { gender: null, partnerGender: null, maxDistanceKm: null, timezone: null }));
    expect(person).toMatchObject({ gender: 'unspecified', partnerGender: 'any', maxDistanceKm: 0, timezone: 'UTC' });
  });
});

describe('inProgramme', () => {
  it("reads one programme's facts, and a programme not listed as no membership", () => {
    const { member: _member, verification: _verification, checksCleared: _cleared, hasOpenMatch: _open, ...rest } = rowOf(makeHost());
    const row = {
      ...rest,
      programmes: [
        { programmeId: 'p1', verification: 'verified' as const, checksCleared: true, hasOpenMatch: false },
        { programmeId: 'p2', verification: 'pending' as const, checksCleared: false, hasOpenMatch: true },
      ],
    };
    expect(inProgramme(row, 'p1')).toMatchObject({ member: true, verification: 'verified', checksCleared: true, hasOpenMatch: false });
    expect(inProgramme(row, 'p2')).toMatchObject({ member: true, verification: 'pending', checksCleared: false, hasOpenMatch: true });
    expect(inProgramme(row, 'p3')).toMatchObject({ member: false, verification: null, checksCleared: false, hasOpenMatch: false });
  });
});

describe('toPairSide', () => {
  it('carries the row\'s facts to the pair rules', () => {
    expect(toPairSide(rowOf(makeHost(), { openSlots: 2 }))).toEqual({
      person: makeHost(),
      member: true,
      verified: true,
      checksCleared: true,
      activeWithCompleteProfile: true,
      openSlots: 2,
      hasOpenMatch: false,
    });
    expect(toPairSide(rowOf(makeHost(), { member: false })).member).toBe(false);
    expect(toPairSide(rowOf(makeHost(), { verification: 'pending' })).verified).toBe(false);
    expect(toPairSide(rowOf(makeHost(), { checksCleared: false })).checksCleared).toBe(false);
    expect(toPairSide(rowOf(makeMigrant(), { hasOpenMatch: true })).hasOpenMatch).toBe(true);
  });

  it('is ready only when active, complete and not erased', () => {
    const ready = (overrides: Partial<CandidateRow>) => toPairSide(rowOf(makeMigrant(), overrides)).activeWithCompleteProfile;
    expect(ready({})).toBe(true);
    expect(ready({ active: false })).toBe(false);
    expect(ready({ complete: false })).toBe(false);
    expect(ready({ erased: true })).toBe(false);
  });
});

describe('rankSuggestions', () => {
  const migrant = rowOf(makeMigrant());

  it('orders eligible candidates by score and drops ineligible ones', () => {
    const near = rowOf(makeHost({ id: 'near' }));
    const far = rowOf(makeHost({ id: 'far', interests: [], lat: 52.42, lon: 4.9 }));
    const sameGenderOnly = rowOf(makeHost({ id: 'same-only', gender: 'male', partnerGender: 'same' }));
    const unverified = rowOf(makeHost({ id: 'pending' }), { verification: 'pending' });
    const full = rowOf(makeHost({ id: 'full' }), { openSlots: 0 });
    const lapsed = rowOf(makeHost({ id: 'lapsed' }), { checksCleared: false });
    const declined = rowOf(makeHost({ id: 'declined' }), { excludedWithSubject: true });
    const suspended = rowOf(makeHost({ id: 'suspended' }), { active: false });
    const ranked = rankSuggestions(migrant, [far, sameGenderOnly, near, unverified, full, lapsed, declined, suspended], TEST_NOW, 10);
    expect(ranked.map((r) => r.candidate.id)).toEqual(['near', 'far']);
    expect(ranked[0].score).toBeGreaterThan(ranked[1].score);
    expect(rankSuggestions(migrant, [far, near], TEST_NOW, 1).map((r) => r.candidate.id)).toEqual(['near']);
  });

  it('scores the same pair alike from either side', () => {
    const host = rowOf(makeHost());
    const fromMigrant = rankSuggestions(migrant, [host], TEST_NOW, 1)[0];
    const fromHost = rankSuggestions(host, [migrant], TEST_NOW, 1)[0];
    expect(fromHost.score).toBe(fromMigrant.score);
    expect(fromHost.reasons).toEqual(fromMigrant.reasons);
  });

  it('ranks as evaluating every candidate in full would, explaining only those it returns', () => {
    const languages = [[{ code: 'nl', level: 'native' as const }], [{ code: 'en', level: 'basic' as const }], [{ code: 'ar', level: 'fluent' as const }, { code: 'en', level: 'fluent' as const }]];
    const hosts = Array.from({ length: 40 }, (_, i) =>
      rowOf(
        makeHost({
          id: `host-${String(i).padStart(2, '0')}`,
          lat: 52.3676 + (i % 7) * 0.01,
          interests: ['cooking', 'reading', 'gardening', 'football'].slice(0, i % 5),
          languages: languages[i % 3],
          availability: [{ day: 1 + (i % 7), start: '18:00', end: '21:00' }],
          learning: i % 4 === 0 ? ['ar'] : [],
        }),
        { verification: i % 9 === 0 ? 'pending' : 'verified', excludedWithSubject: i % 11 === 0 },
      ),
    );
    const self = toPairSide(migrant);
    const expected = hosts
      .map((host) => ({ id: host.id, evaluation: evaluatePair(self, toPairSide(host), { excluded: host.excludedWithSubject }, TEST_NOW) }))
      .flatMap(({ id, evaluation }) => (evaluation.eligible ? [{ id, score: evaluation.score, distanceKm: evaluation.distanceKm, reasons: evaluation.reasons }] : []))
      .sort((a, b) => b.score - a.score || (a.distanceKm ?? Infinity) - (b.distanceKm ?? Infinity) || (a.id < b.id ? -1 : 1))
      .slice(0, 12);
    const ranked = rankSuggestions(migrant, hosts, TEST_NOW, 12);
    expect(ranked.map(({ candidate, score, distanceKm, reasons }) => ({ id: candidate.id, score, distanceKm, reasons }))).toEqual(expected);
    expect(new Set(expected.map((e) => e.score)).size).toBeGreaterThan(3);
  });
});

describe('buildRoundGraph and explainChosenPairs', () => {
  // m1 fits both hosts, m2 only h1 (no shared language with h2): greedy takes m1-h1 and strands m2.
  const m1 = toPairSide(rowOf(makeMigrant({ id: 'm1', languages: [{ code: 'ar', level: 'native' }, { code: 'en', level: 'fluent' }] })));
  const m2 = toPairSide(rowOf(makeMigrant({ id: 'm2', languages: [{ code: 'en', level: 'fluent' }], interests: [] })));
  const h1 = toPairSide(rowOf(makeHost({ id: 'h1', languages: [{ code: 'en', level: 'native' }, { code: 'ar', level: 'native' }], interests: ['cooking', 'gardening', 'football'] })));
  const h2 = toPairSide(rowOf(makeHost({ id: 'h2', languages: [{ code: 'ar', level: 'fluent' }], interests: [] })));
  // Out of everyone's reach: never evaluated.
  const far = toPairSide(rowOf(makeHost({ id: 'far', lat: 48.8566, lon: 2.3522, languages: [{ code: 'en', level: 'native' }] })));
  const noneExcluded = () => false;
  const rules = (minScore: number, isExcluded: IsExcluded = noneExcluded) => ({ isExcluded, now: TEST_NOW, minScore });
  const edgePairs = (graph: RoundGraph) => Array.from(graph.edges.left, (left, edge) => [left, graph.edges.right[edge]]);
  const asObjects = (graph: RoundGraph) => ({
    leftCount: graph.migrants.length,
    rightCapacities: Array.from(graph.rightCapacities),
    edges: Array.from(graph.edges.weight, (weight, edge) => ({ left: graph.edges.left[edge], right: graph.edges.right[edge], weight })),
  });

  it('keeps eligible pairs within reach at or above the minimum score, weighted by score', () => {
    const graph = buildRoundGraph([m1, m2], [h1, h2, far], rules(0));
    expect(edgePairs(graph)).toEqual([[0, 0], [0, 1], [1, 0]]);
    expect(Array.from(graph.rightCapacities)).toEqual([1, 1, 1]);
    expect(graph.participants).toBe(4);
    const highest = Math.max(...graph.edges.weight);
    const strict = buildRoundGraph([m1, m2], [h1, h2, far], rules(highest));
    expect(strict.edges.count).toBe(1);
    expect(strict.participants).toBe(2);
  });

  it('leaves out pairs that declined or blocked each other', () => {
    const graph = buildRoundGraph([m1, m2], [h1, h2], rules(0, (migrantId, hostId) => migrantId === 'm1' && hostId === 'h2'));
    expect(edgePairs(graph)).toEqual([[0, 0], [1, 0]]);
    expect(graph.participants).toBe(3);
  });

  it('lets the exact solver beat greedy, and explains the chosen pairs with the same scores', () => {
    const graph = buildRoundGraph([m1, m2], [h1, h2], rules(0));
    const optimal = solveCompactAssignment(assignmentProblemOf(graph));
    const greedy = greedyCapacitatedAssignment(asObjects(graph));
    expect(greedy.pairs).toHaveLength(1);
    expect(optimal.totalWeight).toBeGreaterThan(greedy.totalWeight);
    expect(optimal.totalWeight).toBeCloseTo(solveCapacitatedAssignment(asObjects(graph)).totalWeight, 9);
    const proposals = explainChosenPairs(graph, optimal.chosenEdges, TEST_NOW);
    expect(proposals.map((p) => [p.migrantId, p.hostId])).toEqual([['m1', 'h2'], ['m2', 'h1']]);
    expect(proposals.map((p) => p.score)).toEqual(Array.from(optimal.chosenEdges, (edge) => graph.edges.weight[edge]));
    expect(proposals[0].reasons).toHaveLength(5);
    expect(proposals.map((p) => p.migrantWaitingSince)).toEqual([m1.person.waitingSince, m2.person.waitingSince]);
    expect(totalScore(proposals)).toBeCloseTo(optimal.totalWeight, 6);
  });

  it('explains the chosen pairs the same, in the same order, with the migrants read back a batch at a time', () => {
    const migrants = [m1, m2, toPairSide(rowOf(makeMigrant({ id: 'm3', languages: [{ code: 'en', level: 'native' }] })))];
    const hosts = [h1, h2, toPairSide(rowOf(makeHost({ id: 'h3', languages: [{ code: 'en', level: 'fluent' }] })))];
    const whole = buildRoundGraph(migrants, hosts, rules(0));
    // One person a batch, as a packed round gives them back.
    const inBatches: RoundPeople = { length: migrants.length, batches: () => migrants.map((side, first) => ({ first, people: [side] })) };
    // Chosen edges not in migrant order: the answer keeps their order.
    const chosen = Int32Array.from(solveCompactAssignment(assignmentProblemOf(whole)).chosenEdges).reverse();
    expect(new Set(Array.from(chosen, (edge) => whole.edges.left[edge])).size).toBe(3);
    const expected = explainChosenPairs(whole, chosen, TEST_NOW);
    expect(explainChosenPairs({ ...whole, migrants: inBatches }, chosen, TEST_NOW)).toEqual(expected);
    expect(expected.map((p) => p.migrantId)).toEqual(Array.from(chosen, (edge) => migrants[whole.edges.left[edge]].person.id));
    const missingLast: RoundPeople = { length: 2, batches: () => [{ first: 0, people: migrants.slice(0, 2) }] };
    expect(() => explainChosenPairs({ ...whole, migrants: missingLast }, chosen, TEST_NOW)).toThrow('names a migrant the round does not have');
  });
});

describe('findReachablePairs', () => {
  const amsterdam = { lat: 52.3676, lon: 4.9041 };
  const utrecht = { lat: 52.0907, lon: 5.1214 }; // ~34 km from Amsterdam

  it('pairs people within both radii who share a language, or who both meet online', () => {
    const migrant = makeMigrant({ id: 'm', ...amsterdam, maxDistanceKm: 50, meetOnline: true });
    const hosts = [
      makeHost({ id: 'near', ...amsterdam, maxDistanceKm: 5 }),
      makeHost({ id: 'utrecht-wide', ...utrecht, maxDistanceKm: 40 }),
      makeHost({ id: 'utrecht-narrow', ...utrecht, maxDistanceKm: 20 }),
      makeHost({ id: 'utrecht-online', ...utrecht, maxDistanceKm: 5, meetOnline: true }),
      makeHost({ id: 'no-language', ...amsterdam, languages: [{ code: 'fr', level: 'native' }] }),
      makeHost({ id: 'no-place', lat: null, lon: null, meetOnline: false }),
    ];
    const pairs = findReachablePairs([migrant], hosts);
    expect(pairs.map((p) => p.hostId).sort()).toEqual(['near', 'utrecht-online', 'utrecht-wide']);
    const wide = pairs.find((p) => p.hostId === 'utrecht-wide');
    expect(wide?.distanceKm).toBeCloseTo(34, 0);
  });

  it('agrees with a brute-force scan on random people', () => {
    const random = (() => {
      let x = 7;
      return () => ((x = (x * 48271) % 2147483647) / 2147483647);
    })();
    const person = (id: string, make: typeof makeMigrant) =>
      make({
        id,
        lat: 50 + random() * 3,
        lon: 3 + random() * 4,
        maxDistanceKm: [5, 15, 40, 200][Math.floor(random() * 4)],
        meetOnline: random() < 0.1,
        languages: [{ code: ['en', 'nl', 'ar'][Math.floor(random() * 3)], level: 'fluent' }],
      });
    const migrants = Array.from({ length: 150 }, (_, i) => person(`m${i}`, makeMigrant));
    const hosts = Array.from({ length: 150 }, (_, i) => person(`h${i}`, makeHost));
    const expected: string[] = [];
    for (const m of migrants) {
      for (const h of hosts) {
        const d = kmBetween(m, h);
        const language = m.languages[0].code === h.languages[0].code;
        if (language && ((m.meetOnline && h.meetOnline) || (d !== null && d <= Math.min(m.maxDistanceKm, h.maxDistanceKm)))) expected.push(`${m.id}-${h.id}`);
      }
    }
    const found = findReachablePairs(migrants, hosts).map((p) => `${p.migrantId}-${p.hostId}`);
    expect(found.sort()).toEqual(expected.sort());
    expect(expected.length).toBeGreaterThan(100);
  });
});
