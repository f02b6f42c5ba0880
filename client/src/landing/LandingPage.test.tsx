import { fireEvent, screen, within } from '@testing-library/react';
import i18next from 'i18next';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { api } from '../api/client';
import { answer, renderWithData } from '../data/test-support';
import { makeProgramme } from '../programmes/test-programmes';
import { LandingPage } from './LandingPage';

const UTRECHT = { id: '2745912', name: 'Utrecht', countryCode: 'NL', lat: 52.09, lon: 5.12, population: 290529 };
const JOHANNESBURG = { id: '993800', name: 'Johannesburg', countryCode: 'ZA', lat: -26.2, lon: 28.04, population: 2026469 };
const UBUNTU = makeProgramme({ id: '00000000-0000-4000-8000-0000000000b2', name: 'Ubuntu', organisationName: 'South African Red Cross Society', region: { countryCodes: ['ZA'], place: null }, rules: {} });

/** The server as a visitor meets it: places by prefix, every open programme, and the ones around a place. */
function serve(near: Record<string, unknown[]>) {
  return vi.spyOn(api, 'GET').mockImplementation((path, init) => {
    const query = (init as { params?: { query?: Record<string, string> } } | undefined)?.params?.query ?? {};
    if (path === '/api/places') return answer(200, [UTRECHT, JOHANNESBURG].filter((place) => place.name.toLowerCase().startsWith((query.q ?? '').toLowerCase())));
    if (path === '/api/programmes') return answer(200, query.placeId === undefined ? [makeProgramme(), UBUNTU] : (near[query.placeId] ?? []));
    return answer(404);
  });
}

async function searchPlace(label: string, text: string, pick: string) {
  fireEvent.change(screen.getByRole('combobox', { name: label }), { target: { value: text } });
  fireEvent.mouseDown(await screen.findByRole('option', { name: pick }));
}

afterEach(async () => {
  vi.restoreAllMocks();
  await i18next.changeLanguage('en');
});

describe('the landing page', () => {
  it('says what Common Ground is, who runs it, how it works and what keeps people safe, under one h1 and labelled sections', async () => {
    serve({});
    renderWithData(<LandingPage />);
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('Meet people where you live');
    const sections = screen.getAllByRole('region').map((region) => region.getAttribute('aria-labelledby'));
    expect(sections).toEqual(['landing-what', 'landing-who', 'landing-how', 'landing-programmes', 'landing-safety']);
    expect(screen.getByRole('region', { name: 'What is Common Ground?' }).textContent).toContain('1001 Strengths and Ubuntu');
    const steps = within(screen.getByRole('region', { name: 'How it works' })).getAllByRole('listitem');
    expect(steps.map((step) => within(step).getByRole('heading', { level: 3 }).textContent)).toEqual(['Sign up and tell us about you', 'Get matched', 'Meet and talk']);
    expect(within(screen.getByRole('region', { name: 'Safety and privacy' })).getAllByRole('listitem')).toHaveLength(4);
    // The organisations are named from the public list of open programmes, each once.
    const runBy = await screen.findByRole('list', { name: 'Open programmes are run by:' });
    expect(within(runBy).getAllByRole('listitem').map((item) => item.textContent)).toEqual(['Rode Kruis Utrecht', 'South African Red Cross Society']);
  });

  it('names no organisation when none has an open programme', async () => {
    const get = serve({});
    get.mockImplementation(() => answer(200, []));
    renderWithData(<LandingPage />);
    await vi.waitFor(() => expect(get).toHaveBeenCalledWith('/api/programmes', expect.anything()));
    expect(screen.queryByRole('list', { name: 'Open programmes are run by:' })).toBeNull();
  });

  it('leads to sign up and log in', () => {
    serve({});
    renderWithData(<LandingPage />);
    expect(screen.getByRole('link', { name: 'Sign up' }).getAttribute('href')).toBe('#/signup');
    expect(screen.getByRole('link', { name: 'Log in' }).getAttribute('href')).toBe('#/login');
  });

  it.each([
    ['nl', 'Ontmoet mensen waar je woont', 'Aanmelden', 'Inloggen', 'Zo werkt het'],
    ['ar', 'تعرّف على أشخاص حيث تعيش', 'إنشاء حساب', 'تسجيل الدخول', 'كيف يعمل'],
    ['uk', 'Знайомтеся з людьми там, де ви живете', 'Зареєструватися', 'Увійти', 'Як це працює'],
  ] as const)('reads in %s', async (language, title, signUp, logIn, how) => {
    await i18next.changeLanguage(language);
    serve({});
    renderWithData(<LandingPage />);
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe(title);
    expect(screen.getByRole('link', { name: signUp }).getAttribute('href')).toBe('#/signup');
    expect(screen.getByRole('link', { name: logIn }).getAttribute('href')).toBe('#/login');
    expect(screen.getByRole('heading', { level: 2, name: how })).toBeTruthy();
  });

  it('shows the open programmes around the chosen place, each with its organisation and rules in words', async () => {
    const get = serve({ [UTRECHT.id]: [makeProgramme()] });
    renderWithData(<LandingPage />);
    await searchPlace('Town or city', 'Utr', 'Utrecht (NL)');
    const list = await screen.findByRole('list', { name: 'Open programmes near Utrecht' });
    const card = within(list).getByRole('listitem', { name: '1001 Strengths' });
    expect(card.textContent).toContain('Run by Rode Kruis Utrecht');
    expect(card.textContent).toContain('Pairs women newcomers with local women aged 55+; speaks Dutch; in person; 26 weeks');
    expect(get).toHaveBeenCalledWith('/api/programmes', expect.objectContaining({ params: { query: { placeId: UTRECHT.id } } }));
    expect(screen.getByText('To join a programme, sign up first.')).toBeTruthy();
  });

  it('says so when no programme is open around the place', async () => {
    serve({ [UTRECHT.id]: [makeProgramme()] });
    renderWithData(<LandingPage />);
    await searchPlace('Town or city', 'Joh', 'Johannesburg (ZA)');
    expect((await screen.findByText('There are no open programmes near Johannesburg yet.')).getAttribute('role')).toBe('status');
    expect(screen.queryByRole('list', { name: /^Open programmes near/ })).toBeNull();
  });

  it('says a failed search in the interface language', async () => {
    const get = serve({});
    renderWithData(<LandingPage />);
    get.mockImplementation((path) => (path === '/api/places' ? answer(200, [UTRECHT]) : answer(400, { statusCode: 400, message: ['placeId must be a place'] })));
    await searchPlace('Town or city', 'Utr', 'Utrecht (NL)');
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).not.toContain('placeId');
    expect(alert.textContent).not.toBe('');
  });
});
