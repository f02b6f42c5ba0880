import { beforeEach, describe, expect, it } from 'vitest';
import { clearAllDrafts, clearDraft, loadDraft, saveDraft } from './draft-store';

describe('chat drafts on this device', () => {
  beforeEach(() => localStorage.clear());

  it('keeps the text per person and match until it is sent', () => {
    saveDraft('ana', 'match-1', 'See you on Friday?');
    saveDraft('ana', 'match-2', 'Other conversation');
    expect(loadDraft('ana', 'match-1')).toBe('See you on Friday?');
    expect(loadDraft('ana', 'match-2')).toBe('Other conversation');
    expect(loadDraft('ben', 'match-1')).toBe('');
    clearDraft('ana', 'match-1');
    expect(loadDraft('ana', 'match-1')).toBe('');
    expect(loadDraft('ana', 'match-2')).toBe('Other conversation');
  });

  it('keeps nothing for an emptied box, and forgets every draft (and only drafts) on logging out', () => {
    saveDraft('ana', 'match-1', 'x');
    saveDraft('ana', 'match-1', '');
    expect(localStorage.length).toBe(0);
    saveDraft('ana', 'match-1', 'one');
    saveDraft('ben', 'match-3', 'two');
    localStorage.setItem('cg.language', 'nl');
    clearAllDrafts();
    expect(loadDraft('ana', 'match-1')).toBe('');
    expect(loadDraft('ben', 'match-3')).toBe('');
    expect(localStorage.getItem('cg.language')).toBe('nl');
  });
});
