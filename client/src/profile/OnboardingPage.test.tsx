import { act, fireEvent, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { api, type User } from '../api/client';
import { answer, makeUser, renderWithData } from '../data/test-support';
import { OnboardingPage } from './OnboardingPage';
import { draftKey } from './onboarding-steps';

const session = vi.hoisted(() => ({ user: null as User | null }));
vi.mock('../session/session', () => ({ useSession: () => session }));

const newcomer = makeUser({ id: '00000000-0000-4000-8000-0000000000a1', role: 'migrant', profile: null, profileComplete: false, missing: ['placeId', 'gender'] });

beforeEach(() => {
  window.sessionStorage.clear();
  window.location.hash = '#/profile/steps';
  session.user = newcomer;
  vi.spyOn(api, 'GET').mockImplementation((path) => {
    if (path === '/api/languages') return answer(200, [{ code: 'ar', name: 'Arabic' }, { code: 'nl', name: 'Dutch' }]);
    return answer(200, []);
  });
});

afterEach(() => {
  vi.restoreAllMocks();
});

async function renderSteps() {
  const view = renderWithData(<OnboardingPage />);
  // Let the languages and interests requests settle.
  await act(async () => { await new Promise((resolve) => setTimeout(resolve, 0)); });
  return view;
}

function progress(): string | null {
  return document.getElementById('onboarding-progress')?.textContent ?? null;
}

async function next(): Promise<void> {
  fireEvent.click(screen.getByRole('button', { name: 'Next' }));
  await act(async () => {});
}

describe('the step-by-step profile', () => {
  it('checks only the current step, with the problem next to its field', async () => {
    await renderSteps();
    expect(progress()).toBe('Step 1 of 8');
    await next();
    expect(progress()).toBe('Step 1 of 8');
    expect(screen.getByLabelText('Gender').getAttribute('aria-describedby')).toBe('gender-error');
    expect(document.getElementById('gender-error')?.textContent).toBe('Choose your gender.');
    // Nothing from later steps is said yet.
    expect(screen.queryByText('Add a language you speak.')).toBeNull();
  });

  it('goes forward and back keeping what was entered, and moves focus to the step heading', async () => {
    await renderSteps();
    fireEvent.change(screen.getByLabelText('Gender'), { target: { value: 'female' } });
    await next();
    expect(progress()).toBe('Step 2 of 8');
    expect(document.activeElement).toBe(screen.getByRole('heading', { level: 2, name: 'Languages you speak' }));
    expect(screen.getByText('Languages you speak', { selector: 'li' }).getAttribute('aria-current')).toBe('step');
    await next();
    expect(document.getElementById('languages-error')?.textContent).toBe('Add a language you speak.');
    fireEvent.click(screen.getByRole('button', { name: 'Back' }));
    await act(async () => {});
    expect(progress()).toBe('Step 1 of 8');
    expect(screen.getByLabelText<HTMLSelectElement>('Gender').value).toBe('female');
  });

  it('comes back after a reload on the same step with the same answers, for this account only', async () => {
    const first = await renderSteps();
    fireEvent.change(screen.getByLabelText('Gender'), { target: { value: 'male' } });
    await next();
    fireEvent.click(screen.getByRole('button', { name: 'Add a language' }));
    // A select shows a value only once its option is there: wait for the languages, however busy the machine.
    await screen.findByRole('option', { name: 'Arabic' });
    fireEvent.change(screen.getByLabelText('Language 1'), { target: { value: 'ar' } });
    first.unmount();

    await renderSteps();
    expect(progress()).toBe('Step 2 of 8');
    await screen.findByRole('option', { name: 'Arabic' });
    expect(screen.getByLabelText<HTMLSelectElement>('Language 1').value).toBe('ar');
    fireEvent.click(screen.getByRole('button', { name: 'Back' }));
    await act(async () => {});
    expect(screen.getByLabelText<HTMLSelectElement>('Gender').value).toBe('male');
    // The draft holds profile answers only.
    expect(Object.keys(JSON.parse(window.sessionStorage.getItem(draftKey(newcomer.id)) ?? '{}') as object)).toEqual(['version', 'step', 'form']);
  });

  it('shows another account in the same browser nothing of the first one\'s draft', async () => {
    const first = await renderSteps();
    fireEvent.change(screen.getByLabelText('Gender'), { target: { value: 'male' } });
    await next();
    first.unmount();

    session.user = makeUser({ id: '00000000-0000-4000-8000-0000000000b2', role: 'migrant', profile: null, profileComplete: false });
    window.location.hash = '#/profile/steps';
    await renderSteps();
    expect(progress()).toBe('Step 1 of 8');
    expect(screen.getByLabelText<HTMLSelectElement>('Gender').value).toBe('');
  });

  it('lists on the last step what is still missing, each linking to its step, then saves and forgets the draft', async () => {
    window.location.hash = '#/profile/steps?step=review';
    await renderSteps();
    expect(progress()).toBe('Step 8 of 8');
    expect(screen.getByRole('link', { name: 'Choose the place where you live from the list.' }).getAttribute('href')).toBe('#/profile/steps?step=place');
    expect(screen.getByRole('link', { name: 'Choose your gender.' }).getAttribute('href')).toBe('#/profile/steps?step=about');
    const sent: unknown[] = [];
    vi.spyOn(api, 'PUT').mockImplementation((path, init) => {
      sent.push([path, init]);
      return answer(200, { ...newcomer, profileComplete: true, missing: [] });
    });
    fireEvent.click(screen.getByRole('button', { name: 'Save my profile' }));
    await act(async () => {});
    expect(sent).toMatchObject([['/api/me/profile', { body: { gender: null, placeId: null, languages: [] } }]]);
    expect(window.sessionStorage.getItem(draftKey(newcomer.id))).toBeNull();
    expect(window.location.hash).toBe('#/profile');
  });
});
