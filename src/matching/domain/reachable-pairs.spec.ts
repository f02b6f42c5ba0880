import { createSeededRandom, randomInt, type RandomSource } from '../../shared-domain/seeded-random.js';
import type { MatchingPerson } from './matching-person.js';
import { kmBetween } from './pair.js';
import { EVERY_PAIR_WITHIN_REACH, ReachableHosts, type CandidateLimits } from './reachable-pairs.js';
import { makeHost, makeMigrant } from './test-factories.js';

// A few towns, so that many people share one site (as they share their place's coordinates).
const PLACES = [
  { lat: 52.3676, lon: 4.9041 },
  { lat: 52.3731, lon: 4.8922 },
  { lat: 52.0907, lon: 5.1214 },
  { lat: 51.9244, lon: 4.4777 },
  { lat: 50.8503, lon: 4.3517 },
  { lat: null, lon: null },
];

function person(random: RandomSource, make: typeof makeMigrant, id: string): MatchingPerson {
  return make({
    id,
    ...PLACES[Math.floor(random() * PLACES.length)],
    maxDistanceKm: [5, 40, 80, 200][Math.floor(random() * 4)],
    meetOnline: random() < 0.3,
    languages: [{ code: ['en', 'nl', 'ar'][Math.floor(random() * 3)], level: 'fluent' }],
  });
}

function visits(reachable: ReachableHosts, migrant: MatchingPerson): Array<[number, number | null]> {
  const visited: Array<[number, number | null]> = [];
  reachable.forEachOf(migrant, (host, km) => visited.push([host, km]));
  return visited;
}

/**
 * What the limits promise, by brute force: the nearest in reach, then the nearest online; ties go
 * to the earlier site (the place where the first of the hosts considered lives, unknown last), then
 * to the earlier host.
 */
function expectedVisits(migrant: MatchingPerson, hosts: readonly MatchingPerson[], limits: CandidateLimits): Array<[number, number | null]> {
  const siteRank = (considered: (host: MatchingPerson) => boolean) => (index: number): number => {
    const { lat, lon } = hosts[index];
    return lat === null ? Infinity : hosts.findIndex((other) => considered(other) && other.lat === lat && other.lon === lon);
  };
  const byDistance = (rank: (index: number) => number) => (a: [number, number | null], b: [number, number | null]) =>
    (a[1] ?? Infinity) - (b[1] ?? Infinity) || rank(a[0]) - rank(b[0]) || a[0] - b[0];
  const sharing = hosts.map((host, index): [number, number | null] => [index, kmBetween(migrant, host)]).filter(([index]) => hosts[index].languages[0].code === migrant.languages[0].code);
  const nearby = sharing
    .filter(([index, km]) => km !== null && km <= Math.min(migrant.maxDistanceKm, hosts[index].maxDistanceKm))
    .sort(byDistance(siteRank((host) => host.lat !== null)))
    .slice(0, limits.nearby);
  const taken = new Set(nearby.map(([index]) => index));
  const online = migrant.meetOnline
    ? sharing.filter(([index]) => hosts[index].meetOnline && !taken.has(index)).sort(byDistance(siteRank((host) => host.meetOnline))).slice(0, limits.online)
    : [];
  return [...nearby, ...online];
}

describe('ReachableHosts', () => {
  const random = createSeededRandom(28);
  const hosts = Array.from({ length: 300 }, (_, i) => person(random, makeHost, `h${i}`));
  const migrants = Array.from({ length: 200 }, (_, i) => person(random, makeMigrant, `m${i}`));
  const sortByHost = (list: Array<[number, number | null]>) => [...list].sort((a, b) => a[0] - b[0]);

  it.each([
    ['the nearest 3 in reach and the nearest 2 online', { nearby: 3, online: 2 }],
    ['the nearest 40 in reach and the nearest 10 online', { nearby: 40, online: 10 }],
    ['every host in reach', EVERY_PAIR_WITHIN_REACH],
  ])('visits %s who share a language, each once, with its distance', (_name, limits) => {
    const reachable = new ReachableHosts(hosts, limits);
    let bounded = 0;
    for (const migrant of migrants) {
      const expected = expectedVisits(migrant, hosts, limits);
      expect({ migrant: migrant.id, visits: sortByHost(visits(reachable, migrant)) }).toEqual({ migrant: migrant.id, visits: sortByHost(expected) });
      if (expected.length < expectedVisits(migrant, hosts, EVERY_PAIR_WITHIN_REACH).length) bounded += 1;
    }
    // The limits must have cut some lists, or the test proves nothing about them.
    if (limits !== EVERY_PAIR_WITHIN_REACH) expect(bounded).toBeGreaterThan(20);
  });

  it('gives a migrant without a location only online hosts, at no known distance', () => {
    const migrant = makeMigrant({ lat: null, lon: null, meetOnline: true, languages: [{ code: 'en', level: 'native' }] });
    const reachable = new ReachableHosts(hosts, { nearby: 10, online: 5 });
    const visited = visits(reachable, migrant);
    expect(sortByHost(visited)).toEqual(sortByHost(expectedVisits(migrant, hosts, { nearby: 10, online: 5 })));
    expect(visited).toHaveLength(5);
    expect(visited.every(([, km]) => km === null)).toBe(true);
  });

  it('answers the same question the same way when asked again', () => {
    const reachable = new ReachableHosts(hosts, { nearby: 5, online: 5 });
    const migrant = migrants[randomInt(random, 0, migrants.length - 1)];
    expect(visits(reachable, migrant)).toEqual(visits(reachable, migrant));
  });
});
