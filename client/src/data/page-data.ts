import type { QueryClient } from '@tanstack/react-query';
import type { Page } from '../routes';
import { prefetchMessageHistory } from './chat';
import { matchQuery } from './matches';
import { interestsQuery, languagesQuery } from './reference';

/**
 * Starts reading what the page an address shows needs, while the app is still asking whether
 * anyone is signed in: on a phone's network the page then waits for one round trip instead of a
 * chain of them (session, then account, then the page's data). Reads ride on the session cookie; a
 * signed-out visitor's are refused and dropped with the rest of the cache when someone signs in.
 * Only the pages whose first paint waits for data get this: the conversation an email links to,
 * and the profile's language and interest lists. Suggestions are not read ahead: for someone whose
 * profile or vetting is not ready the page does not ask, and neither should this.
 */
export function prefetchPageData(queryClient: QueryClient, page: Page, language: string): void {
  if (page.name === 'match') {
    void queryClient.prefetchQuery(matchQuery(page.matchId));
    prefetchMessageHistory(page.matchId);
  } else if (page.name === 'profile' || page.name === 'onboarding') {
    void queryClient.prefetchQuery(languagesQuery(language));
    void queryClient.prefetchQuery(interestsQuery());
  }
}
