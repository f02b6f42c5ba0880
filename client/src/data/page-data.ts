import type { QueryClient } from '@tanstack/react-query';
import type { Page } from '../routes';
import { interestsQuery, languagesQuery } from './reference';

/**
 * Starts reading what the page an address shows needs, while the app is still asking whether
 * anyone is signed in: the profile's language and interest lists, reference data anyone may read.
 * A conversation is not read ahead: with its match and messages at hand as the account arrives, the
 * page is drawn in one long task, and on a phone that task held the page longer than the round
 * trips it saved (docs/client.md, "Start-up on a phone").
 */
export function prefetchPageData(queryClient: QueryClient, page: Page, language: string): void {
  if (page.name === 'profile' || page.name === 'onboarding') {
    void queryClient.prefetchQuery(languagesQuery(language));
    void queryClient.prefetchQuery(interestsQuery());
  }
}
