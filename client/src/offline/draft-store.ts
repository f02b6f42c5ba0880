/**
 * A conversation's unsent text, kept on this device per person and match so a reload or a lost
 * connection does not lose it; cleared when sent. Only in this browser's storage, never sent.
 */
const PREFIX = 'cg.chat-draft';

const keyOf = (userId: string, matchId: string): string => `${PREFIX}:${userId}:${matchId}`;

function storage(): Storage | undefined {
  try {
    return window.localStorage;
  } catch {
    return undefined;
  }
}

export function loadDraft(userId: string, matchId: string): string {
  return storage()?.getItem(keyOf(userId, matchId)) ?? '';
}

export function saveDraft(userId: string, matchId: string, text: string): void {
  try {
    if (text === '') storage()?.removeItem(keyOf(userId, matchId));
    else storage()?.setItem(keyOf(userId, matchId), text);
  } catch {
    // A full or refused storage: the draft lives only in the page, as before.
  }
}

export function clearDraft(userId: string, matchId: string): void {
  saveDraft(userId, matchId, '');
}

/** Every draft on this device (on logging out: the next person on a shared device sees none). */
export function clearAllDrafts(): void {
  const store = storage();
  if (store === undefined) return;
  const keys = Array.from({ length: store.length }, (_, index) => store.key(index)).filter((key): key is string => key?.startsWith(`${PREFIX}:`) === true);
  for (const key of keys) store.removeItem(key);
}
