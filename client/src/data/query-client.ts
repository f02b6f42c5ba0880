import { MutationCache, QueryCache, QueryClient } from '@tanstack/react-query';
import { ApiError } from '../api/errors';
import { sendToEnrolmentWhenRequired } from '../two-factor/enrolment-redirect';

const MAX_RETRIES = 2;

/** Only what may pass by itself is tried again: no connection, or the server failing. A refusal stays a refusal. */
export function isTransient(error: unknown): boolean {
  return error instanceof ApiError && (error.status === 0 || error.status >= 500);
}

/** The one cache of server data for the app (and a fresh one per test). */
export function createQueryClient(): QueryClient {
  return new QueryClient({
    queryCache: new QueryCache({ onError: sendToEnrolmentWhenRequired }),
    mutationCache: new MutationCache({ onError: sendToEnrolmentWhenRequired }),
    defaultOptions: {
      queries: { retry: (failures, error) => failures < MAX_RETRIES && isTransient(error) },
      mutations: { retry: false },
    },
  });
}
