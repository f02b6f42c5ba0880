import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '../api/client';
import { call } from '../api/errors';
import { keys } from './keys';

/** The shortest text worth asking places for. */
export const MIN_PLACE_QUERY = 2;
const PLACES_FRESH_MS = 5 * 60_000;

/** Languages named in the interface language; the list does not change while the app runs. */
export function useLanguages(locale: string) {
  return useQuery(languagesQuery(locale));
}

export function languagesQuery(locale: string) {
  return queryOptions({
    queryKey: keys.reference.languages(locale),
    queryFn: ({ signal }) => call(api.GET('/api/languages', { params: { query: { locale } }, signal })),
    staleTime: Infinity,
  });
}

export function useInterests() {
  return useQuery(interestsQuery());
}

export function interestsQuery() {
  return queryOptions({
    queryKey: keys.reference.interests(),
    queryFn: ({ signal }) => call(api.GET('/api/interests', { signal })),
    staleTime: Infinity,
  });
}

/** Places whose name starts with the text (the last answer stays while the next is on its way); nothing is asked for shorter texts. */
export function usePlaces(query: string) {
  return useQuery({
    queryKey: keys.reference.places(query),
    queryFn: ({ signal }) => call(api.GET('/api/places', { params: { query: { q: query } }, signal })),
    enabled: query.length >= MIN_PLACE_QUERY,
    staleTime: PLACES_FRESH_MS,
    placeholderData: keepPreviousData,
  });
}
