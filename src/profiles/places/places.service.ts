import { Injectable } from '@nestjs/common';
import { MIN_SIMILAR_KEY_LENGTH, placeQuery, rankPlaceCandidates, type Place, type PlaceQuery, type PlaceSearchOptions } from './place-search.js';
import { PlacesRepository } from './places.repository.js';

const FIRST_NAME_ROWS_PER_RESULT = 8;
/** The most names one search reads: far more than any prefix's places ever need. */
const MAX_PREFIX_ROWS = 20_000;

/** Every place lookup of the app: search for the forms, and places by id for profiles, programmes and matching. */
@Injectable()
export class PlacesService {
  constructor(private readonly places: PlacesRepository) {}

  /**
   * Accent- and case-insensitive search over every name a place is known by ("Den Haag", "Київ",
   * "Cologne"), answering with the place itself: exact names, then names starting with the query,
   * then (only when nothing starts with it) names similar by trigrams; within each, by population.
   */
  async search(text: string, options: PlaceSearchOptions = {}): Promise<Place[]> {
    const query = placeQuery(text, options);
    if (query === undefined) return [];
    const found = await this.startingWith(query);
    if (found.length > 0 || query.key.length < MIN_SIMILAR_KEY_LENGTH) return found;
    return rankPlaceCandidates(await this.places.similarTo(query), query.limit);
  }

  /**
   * Big places have many names starting with the same letters (Shanghai's and Istanbul's fill a
   * hundred rows for "s"), so the names read grow until they hold enough places or run out.
   */
  private async startingWith(query: PlaceQuery): Promise<Place[]> {
    for (let prefixRows = query.limit * FIRST_NAME_ROWS_PER_RESULT; ; prefixRows *= 4) {
      const { candidates, complete } = await this.places.startingWith(query, prefixRows);
      const ranked = rankPlaceCandidates(candidates, query.limit);
      if (ranked.length === query.limit || complete || prefixRows >= MAX_PREFIX_ROWS) return ranked;
    }
  }

  async findById(id: string): Promise<Place | undefined> {
    return (await this.places.findByIds([id])).get(id);
  }

  /** The known places among `ids`, by id (unknown ones left out). */
  findByIds(ids: readonly string[]): Promise<Map<string, Place>> {
    return this.places.findByIds(ids);
  }
}
