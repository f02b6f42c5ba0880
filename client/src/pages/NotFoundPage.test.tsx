import { render, screen } from '@testing-library/react';
import i18next from 'i18next';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { User } from '../api/client';
import { App } from '../App';
import { makeUser, renderWithData } from '../data/test-support';
import { NotFoundPage } from './NotFoundPage';

const session = vi.hoisted(() => ({ user: null as User | null, token: null as string | null }));
vi.mock('../session/session', () => ({ useSession: () => session, SessionProvider: ({ children }: { children: unknown }) => children }));

beforeEach(() => {
  session.user = makeUser();
});

afterEach(async () => {
  window.location.hash = '';
  await i18next.changeLanguage('en');
});

describe('an address the app does not have', () => {
  it('shows "page not found" with the way home, not an endless "Loading…"', () => {
    window.location.hash = '#/nowhere';
    const { container } = render(<App />);
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('Page not found');
    expect(screen.getByRole('link', { name: 'Go to your start page' }).getAttribute('href')).toBe('#/');
    expect(container.textContent).not.toContain('Loading');
  });

  it.each([
    ['nl', 'Pagina niet gevonden', 'Naar je startpagina'],
    ['ar', 'الصفحة غير موجودة', 'الانتقال إلى صفحتك الرئيسية'],
    ['uk', 'Сторінку не знайдено', 'Перейти на вашу початкову сторінку'],
  ] as const)('says so in %s', async (language, title, home) => {
    await i18next.changeLanguage(language);
    renderWithData(<NotFoundPage />);
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe(title);
    expect(screen.getByRole('link', { name: home }).getAttribute('href')).toBe('#/');
  });
});
