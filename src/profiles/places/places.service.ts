import { Injectable } from '@nestjs/common';
import { MIN_SIMILAR_KEY_LENGTH, placeQuery, rankPlaceCandidates, type Place, type PlaceSearchOptions } from './place-search.js';
import { PlacesRepository } from './places.repository.js';

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
    const found = await this.places.startingWith(query);
    const candidates = found.length > 0 || query.key.length < MIN_SIMILAR_KEY_LENGTH ? found : await this.places.similarTo(query);
    return rankPlaceCandidates(candidates, query.limit);
  }

  async findById(id: string): Promise<Place | undefined> {
    return (await this.places.findByIds([id])).get(id);
  }

  /** The known places among `ids`, by id (unknown ones left out). */
  findByIds(ids: readonly string[]): Promise<Map<string, Place>> {
    return this.places.findByIds(ids);
  }
}
