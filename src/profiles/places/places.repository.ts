import { Injectable } from '@nestjs/common';
import { UnitOfWork } from '../../database/unit-of-work.js';
import { likePrefixPattern, placeIdNumber, type Place, type PlaceCandidate, type PlaceMatch, type PlaceQuery } from './place-search.js';

interface PlaceRow {
  id: number;
  name: string;
  country_code: string;
  lat: number;
  lon: number;
  population: number;
}

interface CandidateRow extends PlaceRow {
  match: PlaceMatch;
}

const PLACE_COLUMNS = 'p.id, p.name, p.country_code, p.lat, p.lon, p.population';

/** Every place lookup: the gazetteer lives in the `places` and `place_names` tables (see the Places migration). */
@Injectable()
export class PlacesRepository {
  constructor(private readonly uow: UnitOfWork) {}

  /** The known places among `ids`, by id; only the canonical decimal form that Place.id carries is known. */
  async findByIds(ids: readonly string[]): Promise<Map<string, Place>> {
    const numbers = [...new Set(ids.flatMap((id) => placeIdNumber(id) ?? []))];
    if (numbers.length === 0) return new Map();
    const rows = await this.uow.query<PlaceRow[]>(`SELECT ${PLACE_COLUMNS} FROM places p WHERE p.id = ANY($1::integer[])`, [numbers]);
    return new Map(rows.map((row) => [String(row.id), toPlace(row)]));
  }

  /**
   * Places with a name equal to the query's key (the `limit` most populous) or starting with it
   * (the `prefixRows` most populous names: a place can have several, "kiev", "kievi"…); `complete`
   * when no further name starts with it.
   */
  async startingWith(query: PlaceQuery, prefixRows: number): Promise<{ candidates: PlaceCandidate[]; complete: boolean }> {
    const inCountry = query.countryCode === undefined ? '' : 'AND country_code = $5';
    const rows = await this.uow.query<CandidateRow[]>(
      `WITH matched AS (
         (SELECT place_id, 'exact' AS match FROM place_names WHERE key = $1 ${inCountry} ORDER BY population DESC LIMIT $3)
         UNION ALL
         (SELECT place_id, 'prefix' AS match FROM place_names WHERE key LIKE $2 ${inCountry} ORDER BY population DESC LIMIT $4)
       )
       SELECT m.match, ${PLACE_COLUMNS} FROM matched m JOIN places p ON p.id = m.place_id`,
      [query.key, likePrefixPattern(query.key), query.limit, prefixRows, ...inCountryParameter(query)],
    );
    return { candidates: rows.map(toCandidate), complete: rows.filter((row) => row.match === 'prefix').length < prefixRows };
  }

  /** Places whose own name is similar to the query's key by trigrams (pg_trgm's threshold), most populous first. */
  async similarTo(query: PlaceQuery): Promise<PlaceCandidate[]> {
    const inCountry = query.countryCode === undefined ? '' : 'AND n.country_code = $3';
    const rows = await this.uow.query<CandidateRow[]>(
      `SELECT 'similar' AS match, ${PLACE_COLUMNS}
       FROM place_names n JOIN places p ON p.id = n.place_id
       WHERE n.own_name AND n.key % $1 ${inCountry}
       ORDER BY n.population DESC LIMIT $2`,
      [query.key, query.limit, ...inCountryParameter(query)],
    );
    return rows.map(toCandidate);
  }
}

function inCountryParameter(query: PlaceQuery): string[] {
  return query.countryCode === undefined ? [] : [query.countryCode];
}

function toCandidate(row: CandidateRow): PlaceCandidate {
  return { match: row.match, place: toPlace(row) };
}

function toPlace(row: PlaceRow): Place {
  return { id: String(row.id), name: row.name, countryCode: row.country_code, lat: row.lat, lon: row.lon, population: row.population };
}
