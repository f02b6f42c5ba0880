/**
 * The (migrant, host) pairs within reach and sharing a language code, found in memory with a
 * latitude/longitude grid, each migrant's nearest first up to CandidateLimits: the round's
 * pre-filter, the pair's evaluation decides. Measured: doing this in SQL (GiST earth_box per
 * migrant) took ~2 ms per migrant on 20k people, this takes microseconds. Each pair is measured
 * here, once, with the distance evaluatePair uses, and carries it along.
 */
import type { MatchingPerson } from './matching-person.js';

/** What finding a person's reachable hosts reads of them. */
export type ReachablePerson = Pick<MatchingPerson, 'lat' | 'lon' | 'maxDistanceKm' | 'meetOnline' | 'languages'>;
import { haversineKmWithCosines, latitudeCosine, MIN_KM_PER_DEGREE_LATITUDE } from './pair.js';
import type { CandidatePair } from './round-graph.js';

const CELL_DEGREES = 0.1;
const KM_PER_DEGREE_LAT = 111.2;

function cellKey(latCell: number, lonCell: number): number {
  return latCell * 4000 + lonCell; // lon cells span -1800..1800
}

/** Every reachable pair as an object: for tests and small callers; rounds use ReachableHosts. */
export function findReachablePairs(migrants: readonly MatchingPerson[], hosts: readonly MatchingPerson[]): CandidatePair[] {
  const reachable = new ReachableHosts(hosts);
  const pairs: CandidatePair[] = [];
  for (const migrant of migrants) reachable.forEachOf(migrant, (hostIndex, distanceKm) => pairs.push({ migrantId: migrant.id, hostId: hosts[hostIndex].id, distanceKm }));
  return pairs;
}

/**
 * How many hosts each migrant is paired with at most: the nearest `nearby` within in-person reach,
 * and the nearest `online` of those beyond it when both meet online. Bounding both keeps a round's
 * pairs linear in its people: in a big city, or among everyone who meets online, the pairs within
 * reach grow with the square of the population. Unbounded by default (every pair within reach).
 */
export interface CandidateLimits {
  nearby: number;
  online: number;
}

export const EVERY_PAIR_WITHIN_REACH: CandidateLimits = { nearby: Number.POSITIVE_INFINITY, online: Number.POSITIVE_INFINITY };

/**
 * The hosts, grouped by where they live, on a grid; built once per round and asked migrant by
 * migrant, so no pair is ever held. People live at their place's coordinates, so a city's hosts
 * share one site: the distance is measured per site, and the nearest sites are read first until a
 * migrant has enough candidates, however many hosts a big city holds.
 */
export class ReachableHosts {
  private readonly languageMasks: LanguageMasks;
  private readonly sites: Sites;
  private readonly onlineSites: Sites;
  private readonly grid = new Map<number, number[]>();
  private readonly maxKm: Float64Array;
  /** `marked[host] === mark`: the host is already a candidate of the migrant being asked about. */
  private readonly marked: Int32Array;
  private mark = 0;
  private readonly near = new SitesByDistance();

  constructor(
    hosts: readonly ReachablePerson[],
    private readonly limits: CandidateLimits = EVERY_PAIR_WITHIN_REACH,
  ) {
    this.languageMasks = new LanguageMasks(hosts);
    this.maxKm = Float64Array.from(hosts, (host) => host.maxDistanceKm);
    this.marked = new Int32Array(hosts.length);
    this.sites = new Sites(hosts, (host) => host.lat !== null && host.lon !== null);
    this.onlineSites = new Sites(hosts, (host) => host.meetOnline);
    for (let site = 0; site < this.sites.count; site += 1) {
      const key = cellKey(Math.floor(this.sites.lat[site] / CELL_DEGREES), Math.floor(this.sites.lon[site] / CELL_DEGREES));
      const cell = this.grid.get(key);
      if (cell === undefined) this.grid.set(key, [site]);
      else cell.push(site);
    }
  }

  /**
   * Calls `visit` once for each host within reach of the migrant and sharing a language, with the
   * distance measured (kmBetween's): first the nearest within in-person reach, up to the nearby
   * limit, then the nearest who meet online, up to the online limit; ties go to the earlier site
   * and host, so a round is reproducible.
   */
  forEachOf(migrant: ReachablePerson, visit: (hostIndex: number, distanceKm: number | null) => void): void {
    const mask = this.languageMasks.of(migrant);
    this.mark += 1;
    if (migrant.lat !== null && migrant.lon !== null) {
      const { lat, lon } = migrant;
      const cosLat = latitudeCosine(lat);
      this.near.clear();
      for (const cell of nearbyCells(migrant, this.grid, this.sites.count)) {
        for (const site of cell) {
          const reachKm = Math.min(migrant.maxDistanceKm, this.sites.maxKm[site]);
          // Cheap before the distance: latitudes alone put most sites out of reach.
          if (Math.abs(this.sites.lat[site] - lat) * MIN_KM_PER_DEGREE_LATITUDE > reachKm) continue;
          const distanceKm = haversineKmWithCosines(lat, lon, cosLat, this.sites.lat[site], this.sites.lon[site], this.sites.cosLat[site]);
          if (distanceKm <= reachKm) this.near.add(site, distanceKm);
        }
      }
      this.visitNearest(this.sites, mask, this.limits.nearby, visit, (host, km) => km <= Math.min(migrant.maxDistanceKm, this.maxKm[host]));
    }
    if (!migrant.meetOnline) return;
    this.near.clear();
    const sites = this.onlineSites;
    const cosLat = migrant.lat === null ? Number.NaN : latitudeCosine(migrant.lat);
    for (let site = 0; site < sites.count; site += 1) {
      const located = migrant.lat !== null && migrant.lon !== null && !Number.isNaN(sites.lat[site]);
      this.near.add(site, located ? haversineKmWithCosines(migrant.lat ?? 0, migrant.lon ?? 0, cosLat, sites.lat[site], sites.lon[site], sites.cosLat[site]) : Infinity);
    }
    this.visitNearest(this.onlineSites, mask, this.limits.online, visit, () => true);
  }

  /** Visits the hosts of the gathered sites, nearest site first, who share a language and `fits`, up to `limit`. */
  private visitNearest(sites: Sites, mask: Uint32Array, limit: number, visit: (hostIndex: number, distanceKm: number | null) => void, fits: (host: number, km: number) => boolean): void {
    let visited = 0;
    this.near.heapify();
    while (visited < limit && this.near.size > 0) {
      const distanceKm = this.near.nearestDistance();
      const site = this.near.popNearest();
      for (let i = sites.firstHost[site]; i < sites.firstHost[site + 1] && visited < limit; i += 1) {
        const host = sites.hosts[i];
        if (this.marked[host] === this.mark || !this.languageMasks.shares(mask, host) || !fits(host, distanceKm)) continue;
        this.marked[host] = this.mark;
        visit(host, distanceKm === Infinity ? null : distanceKm);
        visited += 1;
      }
    }
  }
}

/**
 * Hosts grouped by their exact coordinates (hosts without a location form one last site, at no
 * known distance), each site's hosts in index order, with the largest radius among them.
 */
class Sites {
  readonly count: number;
  readonly lat: Float64Array;
  readonly lon: Float64Array;
  readonly cosLat: Float64Array;
  readonly maxKm: Float64Array;
  /** Site s's hosts are hosts[firstHost[s] .. firstHost[s + 1]). */
  readonly firstHost: Int32Array;
  readonly hosts: Int32Array;

  constructor(people: readonly ReachablePerson[], include: (person: ReachablePerson) => boolean) {
    const siteOf = new Map<string, number[]>();
    people.forEach((person, index) => {
      if (!include(person)) return;
      const key = person.lat === null || person.lon === null ? 'unknown' : `${person.lat},${person.lon}`;
      const site = siteOf.get(key);
      if (site === undefined) siteOf.set(key, [index]);
      else site.push(index);
    });
    const unknown = siteOf.get('unknown');
    siteOf.delete('unknown');
    const groups = [...siteOf.values()];
    if (unknown !== undefined) groups.push(unknown);
    this.count = groups.length;
    this.lat = Float64Array.from(groups, (group) => people[group[0]].lat ?? Number.NaN);
    this.lon = Float64Array.from(groups, (group) => people[group[0]].lon ?? Number.NaN);
    this.cosLat = this.lat.map((lat) => latitudeCosine(lat));
    this.maxKm = Float64Array.from(groups, (group) => group.reduce((max, index) => Math.max(max, people[index].maxDistanceKm), 0));
    this.firstHost = new Int32Array(groups.length + 1);
    this.hosts = new Int32Array(groups.reduce((total, group) => total + group.length, 0));
    groups.forEach((group, site) => {
      this.hosts.set(group, this.firstHost[site]);
      this.firstHost[site + 1] = this.firstHost[site] + group.length;
    });
  }
}

/**
 * Sites with their distance from one migrant, in reused arrays, taken nearest first through a
 * binary heap (ties: the lower site): a migrant usually needs a few of hundreds of sites.
 */
class SitesByDistance {
  private sites = new Int32Array(256);
  private distances = new Float64Array(256);
  size = 0;

  clear(): void {
    this.size = 0;
  }

  add(site: number, distanceKm: number): void {
    if (this.size === this.sites.length) {
      const sites = new Int32Array(this.size * 2);
      const distances = new Float64Array(this.size * 2);
      sites.set(this.sites);
      distances.set(this.distances);
      this.sites = sites;
      this.distances = distances;
    }
    this.sites[this.size] = site;
    this.distances[this.size] = distanceKm;
    this.size += 1;
  }

  heapify(): void {
    for (let i = (this.size >>> 1) - 1; i >= 0; i -= 1) this.siftDown(i);
  }

  nearestDistance(): number {
    return this.distances[0];
  }

  popNearest(): number {
    const site = this.sites[0];
    this.size -= 1;
    this.sites[0] = this.sites[this.size];
    this.distances[0] = this.distances[this.size];
    this.siftDown(0);
    return site;
  }

  private before(a: number, b: number): boolean {
    const da = this.distances[a];
    const db = this.distances[b];
    return da < db || (da === db && this.sites[a] < this.sites[b]);
  }

  private siftDown(start: number): void {
    let i = start;
    for (;;) {
      const left = 2 * i + 1;
      const right = left + 1;
      let first = i;
      if (left < this.size && this.before(left, first)) first = left;
      if (right < this.size && this.before(right, first)) first = right;
      if (first === i) return;
      const site = this.sites[i];
      const distance = this.distances[i];
      this.sites[i] = this.sites[first];
      this.distances[i] = this.distances[first];
      this.sites[first] = site;
      this.distances[first] = distance;
      i = first;
    }
  }
}

/** Each host's language codes as bits, so "shares a language" is a few integer ANDs per pair. */
class LanguageMasks {
  private readonly bitOfCode = new Map<string, number>();
  private readonly words: number;
  private readonly masks: Uint32Array;

  constructor(hosts: readonly ReachablePerson[]) {
    for (const host of hosts) for (const { code } of host.languages) if (!this.bitOfCode.has(code)) this.bitOfCode.set(code, this.bitOfCode.size);
    this.words = Math.max(1, Math.ceil(this.bitOfCode.size / 32));
    this.masks = new Uint32Array(hosts.length * this.words);
    hosts.forEach((host, index) => this.masks.set(this.maskOf(host), index * this.words));
  }

  /** The person's codes that some host speaks (codes no host speaks cannot be shared). */
  of(person: ReachablePerson): Uint32Array {
    return this.maskOf(person);
  }

  shares(mask: Uint32Array, hostIndex: number): boolean {
    const offset = hostIndex * this.words;
    for (let word = 0; word < this.words; word += 1) if ((mask[word] & this.masks[offset + word]) !== 0) return true;
    return false;
  }

  private maskOf(person: ReachablePerson): Uint32Array {
    const mask = new Uint32Array(this.words);
    for (const { code } of person.languages) {
      const bit = this.bitOfCode.get(code);
      if (bit !== undefined) mask[bit >>> 5] |= 1 << (bit & 31);
    }
    return mask;
  }
}

/** The grid cells (of sites) covering the migrant's radius (every cell when that is fewer to visit); the migrant has a location. */
function nearbyCells(migrant: ReachablePerson, grid: ReadonlyMap<number, number[]>, siteCount: number): number[][] {
  const lat = migrant.lat ?? 0;
  const lon = migrant.lon ?? 0;
  const latSpan = migrant.maxDistanceKm / KM_PER_DEGREE_LAT;
  const cosLat = Math.max(0.01, Math.cos(((Math.abs(lat) + latSpan) * Math.PI) / 180));
  const lonSpan = Math.min(180, latSpan / cosLat);
  const latCells = [Math.floor((lat - latSpan) / CELL_DEGREES), Math.floor((lat + latSpan) / CELL_DEGREES)];
  const lonCells = [Math.floor((lon - lonSpan) / CELL_DEGREES), Math.floor((lon + lonSpan) / CELL_DEGREES)];
  const cellCount = (latCells[1] - latCells[0] + 1) * (lonCells[1] - lonCells[0] + 1);
  if (cellCount > siteCount || lonSpan >= 180) return [...grid.values()];
  const cells: number[][] = [];
  for (let latCell = latCells[0]; latCell <= latCells[1]; latCell++) {
    for (let lonCell = lonCells[0]; lonCell <= lonCells[1]; lonCell++) {
      const cell = grid.get(cellKey(latCell, ((((lonCell + 1800) % 3600) + 3600) % 3600) - 1800));
      if (cell !== undefined) cells.push(cell);
    }
  }
  return cells;
}
