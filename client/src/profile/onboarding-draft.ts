import { draftKey, restoreDraft, serialiseDraft, type OnboardingDraft } from './onboarding-steps';
import type { ProfileForm } from './profile-form';

/**
 * The draft lives in sessionStorage: it survives a reload but ends with the tab, so answers typed on a
 * shared computer do not wait there for the next person. A browser that refuses storage loses the
 * draft on reload and nothing else.
 */
export function loadDraft(userId: string, base: ProfileForm): OnboardingDraft | null {
  try {
    return restoreDraft(window.sessionStorage.getItem(draftKey(userId)), base);
  } catch {
    return null;
  }
}

export function keepDraft(userId: string, draft: OnboardingDraft): void {
  try {
    window.sessionStorage.setItem(draftKey(userId), serialiseDraft(draft));
  } catch {
    // Storage full or refused: the steps still work, only a reload forgets them.
  }
}

export function clearDraft(userId: string): void {
  try {
    window.sessionStorage.removeItem(draftKey(userId));
  } catch {
    // Nothing was kept.
  }
}
