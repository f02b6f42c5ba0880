/**
 * Every (migrant, host) pair within reach and sharing a language code, found in memory with a
 * latitude/longitude grid: the round's pre-filter, evaluatePair decides. Measured: doing this in
 * SQL (GiST earth_box per migrant) took ~2 ms per migrant on 20k people, this takes microseconds.
 * Each pair is measured here, once, with the distance evaluatePair uses, and carries it along.
 */
import type { MatchingPerson } from './matching-person.js';
import { kmBetween, withinInPersonReach } from './pair.js';
import type { CandidatePair } from './round-graph.js';

const CELL_DEGREES = 0.1;
const KM_PER_DEGREE_LAT = 111.2;

function cellKey(latCell: number, lonCell: number): number {
  return latCell * 4000 + lonCell; // lon cells span -1800..1800
}

function sharesLanguage(migrantCodes: readonly string[], hostCodes: ReadonlySet<string>): boolean {
  return migrantCodes.some((code) => hostCodes.has(code));
}

/** Every reachable pair as an object: for tests and small callers; rounds use ReachableHosts. */
export function findReachablePairs(migrants: readonly MatchingPerson[], hosts: readonly MatchingPerson[]): CandidatePair[] {
  const reachable = new ReachableHosts(hosts);
  const pairs: CandidatePair[] = [];
  for (const migrant of migrants) reachable.forEachOf(migrant, (hostIndex, distanceKm) => pairs.push({ migrantId: migrant.id, hostId: hosts[hostIndex].id, distanceKm }));
  return pairs;
}

/** The hosts on a grid, built once per round; asked migrant by migrant, so no pair is ever held. */
export class ReachableHosts {
  private readonly hostCodes: ReadonlyArray<ReadonlySet<string>>;
  private readonly grid = new Map<number, number[]>();
  private readonly onlineHosts: number[] = [];

  constructor(private readonly hosts: readonly MatchingPerson[]) {
    this.hostCodes = hosts.map((host) => new Set(host.languages.map((l) => l.code)));
    hosts.forEach((host, index) => {
      if (host.meetOnline) this.onlineHosts.push(index);
      if (host.lat === null || host.lon === null) return;
      const key = cellKey(Math.floor(host.lat / CELL_DEGREES), Math.floor(host.lon / CELL_DEGREES));
      const cell = this.grid.get(key);
      if (cell === undefined) this.grid.set(key, [index]);
      else cell.push(index);
    });
  }

  /** Calls `visit` once for each host within reach of the migrant and sharing a language, with the distance measured. */
  forEachOf(migrant: MatchingPerson, visit: (hostIndex: number, distanceKm: number | null) => void): void {
    const codes = migrant.languages.map((l) => l.code);
    const seen = new Set<number>();
    const consider = (hostIndex: number, needsReach: boolean): void => {
      if (seen.has(hostIndex)) return;
      const host = this.hosts[hostIndex];
      if (!sharesLanguage(codes, this.hostCodes[hostIndex])) return;
      const distanceKm = kmBetween(migrant, host);
      if (needsReach && !withinInPersonReach(migrant, host, distanceKm)) return;
      seen.add(hostIndex);
      visit(hostIndex, distanceKm);
    };
    for (const hostIndex of nearbyHosts(migrant, this.grid, this.hosts.length)) consider(hostIndex, true);
    if (migrant.meetOnline) for (const hostIndex of this.onlineHosts) consider(hostIndex, false);
  }
}

/** Hosts in the grid cells covering the migrant's radius (all hosts when that is fewer cells to visit). */
function* nearbyHosts(migrant: MatchingPerson, grid: ReadonlyMap<number, number[]>, hostCount: number): Generator<number> {
  if (migrant.lat === null || migrant.lon === null) return;
  const latSpan = migrant.maxDistanceKm / KM_PER_DEGREE_LAT;
  const cosLat = Math.max(0.01, Math.cos(((Math.abs(migrant.lat) + latSpan) * Math.PI) / 180));
  const lonSpan = Math.min(180, latSpan / cosLat);
  const latCells = [Math.floor((migrant.lat - latSpan) / CELL_DEGREES), Math.floor((migrant.lat + latSpan) / CELL_DEGREES)];
  const lonCells = [Math.floor((migrant.lon - lonSpan) / CELL_DEGREES), Math.floor((migrant.lon + lonSpan) / CELL_DEGREES)];
  const cellCount = (latCells[1] - latCells[0] + 1) * (lonCells[1] - lonCells[0] + 1);
  if (cellCount > hostCount || lonSpan >= 180) {
    for (const cell of grid.values()) yield* cell;
    return;
  }
  for (let lat = latCells[0]; lat <= latCells[1]; lat++) {
    for (let lon = lonCells[0]; lon <= lonCells[1]; lon++) {
      const cell = grid.get(cellKey(lat, ((((lon + 1800) % 3600) + 3600) % 3600) - 1800));
      if (cell !== undefined) yield* cell;
    }
  }
}
