import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { api, type User } from '../api/client';
import type { EmailChoices, Preferences } from '../data/account';
import { answer, makeUser, renderWithData } from '../data/test-support';
import { PreferencesPage } from './PreferencesPage';

const session = vi.hoisted(() => ({ user: null as User | null }));
vi.mock('../session/session', () => ({ useSession: () => session }));

const ALL_ON: EmailChoices = {
  'account.verified': true, 'chat.unread': true, 'checkin.due': true, 'match.active': true, 'match.declined': true, 'match.ending': true,
  'match.expired': true, 'match.proposed': true, 'meetup.cancelled': true, 'meetup.confirmed': true, 'meetup.proposed': true,
  'meetup.reminder': true, 'nudge.profile-incomplete': true, 'nudge.proposal-waiting': true,
};

function preferences(patch: Partial<Preferences> = {}): Preferences {
  return { locale: 'nl', email: ALL_ON, ...patch };
}

function fill(label: string, value: string): void {
  fireEvent.change(screen.getByLabelText(label), { target: { value } });
}

describe('account settings', () => {
  it('shows the saved language and choices, and saves the ones changed', async () => {
    session.user = makeUser();
    vi.spyOn(api, 'GET').mockImplementation(((path: string) => (path === '/api/me/sessions' ? answer(200, []) : answer(200, preferences({ email: { ...ALL_ON, 'chat.unread': false } })))) as typeof api.GET);
    const put = vi.spyOn(api, 'PUT').mockImplementation(() => answer(200, preferences({ locale: 'uk', email: { ...ALL_ON, 'chat.unread': false, 'meetup.reminder': false } })));
    renderWithData(<PreferencesPage />);
    const unread = await screen.findByRole('checkbox', { name: 'Messages you have not read yet' });
    expect((unread as HTMLInputElement).checked).toBe(false);
    expect(screen.getByLabelText<HTMLSelectElement>('Language of our emails').value).toBe('nl');
    const meetups = screen.getByRole('group', { name: 'Meetups' });
    expect(within(meetups).getAllByRole('checkbox')).toHaveLength(4);
    fireEvent.click(within(meetups).getByRole('checkbox', { name: 'A reminder the day before a meetup' }));
    fireEvent.change(screen.getByLabelText('Language of our emails'), { target: { value: 'uk' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save email settings' }));
    expect(await screen.findByText('Your email settings are saved.')).toBeTruthy();
    expect(put).toHaveBeenCalledWith('/api/me/preferences', { body: { locale: 'uk', email: { ...ALL_ON, 'chat.unread': false, 'meetup.reminder': false } } });
  });

  it('offers no choice for the emails that cannot be turned off', async () => {
    session.user = makeUser();
    vi.spyOn(api, 'GET').mockImplementation(((path: string) => (path === '/api/me/sessions' ? answer(200, []) : answer(200, preferences()))) as typeof api.GET);
    renderWithData(<PreferencesPage />);
    await screen.findByRole('checkbox', { name: 'Someone would like to be matched with you' });
    expect(screen.getAllByRole('checkbox')).toHaveLength(Object.keys(ALL_ON).length);
  });

  it('changes the password and says the other sessions ended', async () => {
    session.user = makeUser();
    vi.spyOn(api, 'GET').mockImplementation(((path: string) => (path === '/api/me/sessions' ? answer(200, []) : answer(200, preferences()))) as typeof api.GET);
    const put = vi.spyOn(api, 'PUT').mockImplementation(() => answer(204));
    renderWithData(<PreferencesPage />);
    fill('Current password', 'olive-harbour-Utrecht-7');
    fill('New password', 'canal-bridge-Utrecht-64');
    fill('New password again', 'canal-bridge-Utrecht-64');
    fireEvent.click(screen.getByRole('button', { name: 'Change password' }));
    expect(await screen.findByText('Your password is changed. You were logged out on every other device; this one stays logged in.')).toBeTruthy();
    expect(put).toHaveBeenCalledWith('/api/me/password', { body: { currentPassword: 'olive-harbour-Utrecht-7', newPassword: 'canal-bridge-Utrecht-64' } });
    expect(screen.getByLabelText<HTMLInputElement>('Current password').value).toBe('');
  });

  it('shows how strong the new password is while it is typed, judged against the person’s own email', async () => {
    session.user = makeUser({ email: 'marieke@example.nl' });
    vi.spyOn(api, 'GET').mockImplementation(((path: string) => (path === '/api/me/sessions' ? answer(200, []) : answer(200, preferences()))) as typeof api.GET);
    renderWithData(<PreferencesPage />);
    fill('New password', 'password123456');
    expect((await screen.findByText(/Too easy to guess/, {}, { timeout: 10_000 })).textContent).toMatch(/^(Very weak|Weak|Fair)\./);
    fill('New password', 'amber-marieke-harbour-42');
    await screen.findByText(/Do not use your email address/, {}, { timeout: 10_000 });
  });

  it('puts a wrong current password under its field', async () => {
    session.user = makeUser();
    vi.spyOn(api, 'GET').mockImplementation(((path: string) => (path === '/api/me/sessions' ? answer(200, []) : answer(200, preferences()))) as typeof api.GET);
    vi.spyOn(api, 'PUT').mockImplementation(() => answer(400, { statusCode: 400, code: 'account.wrong-password', message: 'The current password is not correct' }));
    renderWithData(<PreferencesPage />);
    fill('Current password', 'not-my-password');
    fill('New password', 'canal-bridge-Utrecht-64');
    fill('New password again', 'canal-bridge-Utrecht-64');
    fireEvent.click(screen.getByRole('button', { name: 'Change password' }));
    await waitFor(() => expect(document.getElementById('currentPassword-error')?.textContent).toBe('The current password is not correct.'));
    expect(screen.getByLabelText('Current password').getAttribute('aria-invalid')).toBe('true');
    expect(document.getElementById('newPassword-error')).toBeNull();
  });

  it('asks an unconfirmed address to be confirmed, with a new link on request', async () => {
    session.user = makeUser({ emailVerified: false });
    vi.spyOn(api, 'GET').mockImplementation(((path: string) => (path === '/api/me/sessions' ? answer(200, []) : answer(200, preferences()))) as typeof api.GET);
    const post = vi.spyOn(api, 'POST').mockImplementation(() => answer(202));
    renderWithData(<PreferencesPage />);
    expect(screen.getByText('Please check your email to confirm your address: we sent a link to amal@example.org.', { exact: false })).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Send the link again' }));
    expect(await screen.findByText('A new link is on its way to amal@example.org.')).toBeTruthy();
    expect(post).toHaveBeenCalledWith('/api/auth/verify-email/resend');
  });

  it('says nothing about confirming once the address is confirmed', async () => {
    session.user = makeUser({ emailVerified: true });
    vi.spyOn(api, 'GET').mockImplementation(((path: string) => (path === '/api/me/sessions' ? answer(200, []) : answer(200, preferences()))) as typeof api.GET);
    renderWithData(<PreferencesPage />);
    await screen.findByRole('checkbox', { name: 'Someone would like to be matched with you' });
    expect(screen.queryByRole('button', { name: 'Send the link again' })).toBeNull();
  });
});
