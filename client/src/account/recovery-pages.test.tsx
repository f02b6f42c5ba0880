import { fireEvent, screen, waitFor } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { api, sessionStore, type User } from '../api/client';
import { answer, makeUser, renderWithData } from '../data/test-support';
import { ForgotPasswordPage } from './ForgotPasswordPage';
import { ResetPasswordPage } from './ResetPasswordPage';
import { UnsubscribePage } from './UnsubscribePage';
import { VerifyEmailPage } from './VerifyEmailPage';

const session = vi.hoisted(() => ({ user: null as User | null }));
vi.mock('../session/session', () => ({ useSession: () => session }));

const INVALID_TOKEN = { statusCode: 400, code: 'account.invalid-token', message: 'This link is not valid (any more)' };

function fill(label: string, value: string): void {
  fireEvent.change(screen.getByLabelText(label), { target: { value } });
}

describe('the reset link', () => {
  it('checks the new password before sending it: its length, then the second copy, each by its field', () => {
    const post = vi.spyOn(api, 'POST');
    renderWithData(<ResetPasswordPage token="reset-token" />);
    fill('New password', 'short');
    fireEvent.click(screen.getByRole('button', { name: 'Save new password' }));
    expect(screen.getByText('The password must have at least 10 characters.').id).toBe('password-error');
    fill('New password', 'olive-harbour-Utrecht-7');
    fill('New password again', 'olive-harbour-Utrecht-8');
    fireEvent.click(screen.getByRole('button', { name: 'Save new password' }));
    expect(screen.getByText('The two passwords are not the same.').id).toBe('repeat-error');
    expect(screen.getByLabelText('New password again').getAttribute('aria-invalid')).toBe('true');
    expect(post).not.toHaveBeenCalled();
  });

  it('shows how strong the new password is while it is typed', async () => {
    renderWithData(<ResetPasswordPage token="reset-token" />);
    fill('New password', 'password123456');
    const status = await screen.findByText(/Too easy to guess/, {}, { timeout: 10_000 });
    expect(status.textContent).toMatch(/^(Very weak|Weak|Fair)\./);
    expect(status.closest('.password-strength')?.id).toBe('password-strength');
  });

  it('sets the password with the token, ends the session held here, and says to log in', async () => {
    sessionStore.set('csrf-token-of-the-old-session');
    const post = vi.spyOn(api, 'POST').mockImplementation(() => answer(204));
    renderWithData(<ResetPasswordPage token="reset-token" />);
    fill('New password', 'olive-harbour-Utrecht-7');
    fill('New password again', 'olive-harbour-Utrecht-7');
    fireEvent.click(screen.getByRole('button', { name: 'Save new password' }));
    expect(await screen.findByText('Your password is changed. For your safety you were logged out everywhere: log in with your new password.')).toBeTruthy();
    expect(post).toHaveBeenCalledWith('/api/auth/password-reset/confirm', { body: { token: 'reset-token', password: 'olive-harbour-Utrecht-7' } });
    expect(sessionStore.get()).toBeNull();
    expect(screen.getByRole('link', { name: 'Log in' }).getAttribute('href')).toBe('#/login');
  });

  it('says a used or expired link in words and offers a new one', async () => {
    vi.spyOn(api, 'POST').mockImplementation(() => answer(400, INVALID_TOKEN));
    renderWithData(<ResetPasswordPage token="used-token" />);
    fill('New password', 'olive-harbour-Utrecht-7');
    fill('New password again', 'olive-harbour-Utrecht-7');
    fireEvent.click(screen.getByRole('button', { name: 'Save new password' }));
    expect((await screen.findByRole('alert')).textContent).toBe('This link does not work any more: it was used already, it expired, or it is incomplete.');
    expect(screen.getByRole('link', { name: 'Ask for a new link' }).getAttribute('href')).toBe('#/forgot-password');
    expect(screen.queryByLabelText('New password')).toBeNull();
  });

  it('puts a password the server refuses under the field, and keeps the form for another try', async () => {
    vi.spyOn(api, 'POST').mockImplementation(() => answer(400, { statusCode: 400, code: 'account.weak-password', message: 'password is too common' }));
    renderWithData(<ResetPasswordPage token="reset-token" />);
    fill('New password', 'password123');
    fill('New password again', 'password123');
    fireEvent.click(screen.getByRole('button', { name: 'Save new password' }));
    await waitFor(() => expect(document.getElementById('password-error')?.textContent).toContain('not one of the most common passwords'));
    expect(screen.getByRole('button', { name: 'Save new password' })).toBeTruthy();
  });
});

describe('asking for a reset link', () => {
  it('sends the address and gives the same answer whoever asks', async () => {
    const post = vi.spyOn(api, 'POST').mockImplementation(() => answer(202));
    renderWithData(<ForgotPasswordPage />);
    fill('Email', '  nobody@example.org ');
    fireEvent.click(screen.getByRole('button', { name: 'Send me a link' }));
    expect((await screen.findByRole('status')).textContent).toBe(
      'Check your email. If there is an account for nobody@example.org, a link to choose a new password is on its way. It works once, for 60 minutes.',
    );
    expect(post).toHaveBeenCalledWith('/api/auth/password-reset', { body: { email: 'nobody@example.org' } });
  });

  it('says being rate limited in words', async () => {
    vi.spyOn(api, 'POST').mockImplementation(() => answer(429, { statusCode: 429, code: 'account.too-many-reset-requests', message: 'Too many' }));
    renderWithData(<ForgotPasswordPage />);
    fill('Email', 'mariam@example.org');
    fireEvent.click(screen.getByRole('button', { name: 'Send me a link' }));
    expect((await screen.findByRole('alert')).textContent).toBe('Too many requests for a new password. Please try again in an hour.');
  });
});

describe('the verification link', () => {
  it('confirms the address once on opening, then offers to continue', async () => {
    session.user = makeUser({ emailVerified: false, profileComplete: false });
    const post = vi.spyOn(api, 'POST').mockImplementation(() => answer(204));
    renderWithData(<VerifyEmailPage token="verify-token" />);
    expect(await screen.findByText('Thank you: your email address is confirmed.')).toBeTruthy();
    expect(post).toHaveBeenCalledTimes(1);
    expect(post).toHaveBeenCalledWith('/api/auth/verify-email', { body: { token: 'verify-token' } });
    expect(screen.getByRole('link', { name: 'Continue' }).getAttribute('href')).toBe('#/profile/steps');
  });

  it('offers a signed-in person with an unconfirmed address a new link when this one no longer works', async () => {
    session.user = makeUser({ emailVerified: false });
    const post = vi.spyOn(api, 'POST').mockImplementation((path) => (path === '/api/auth/verify-email' ? answer(400, INVALID_TOKEN) : answer(202)));
    renderWithData(<VerifyEmailPage token="used-token" />);
    expect((await screen.findByRole('alert')).textContent).toBe('This link does not work any more: it was used already, it expired, or it is incomplete.');
    fireEvent.click(screen.getByRole('button', { name: 'Send the link again' }));
    expect(await screen.findByText('A new link is on its way. Check your email.')).toBeTruthy();
    expect(post).toHaveBeenCalledWith('/api/auth/verify-email/resend');
  });

  it('asks someone signed out to log in for a new link', async () => {
    session.user = null;
    vi.spyOn(api, 'POST').mockImplementation(() => answer(400, INVALID_TOKEN));
    renderWithData(<VerifyEmailPage token="used-token" />);
    expect(await screen.findByText('Log in to get a new link.', { exact: false })).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Send the link again' })).toBeNull();
  });

  it('says an incomplete link without asking the server', () => {
    const post = vi.spyOn(api, 'POST');
    renderWithData(<VerifyEmailPage token={null} />);
    expect(screen.getByRole('alert').textContent).toContain('This link is incomplete.');
    expect(post).not.toHaveBeenCalled();
  });
});

describe('the unsubscribe link', () => {
  const token = `${btoa('00000000-0000-4000-8000-000000000001|chat.unread').replace(/=+$/, '')}.signature`;

  it('does nothing until the person presses the button, then says which emails stop', async () => {
    const post = vi.spyOn(api, 'POST').mockImplementation(() => answer(204));
    renderWithData(<UnsubscribePage token={token} />);
    expect(screen.getByText('Do you want to stop emails of this kind: Messages you have not read yet?')).toBeTruthy();
    expect(post).not.toHaveBeenCalled();
    fireEvent.click(screen.getByRole('button', { name: 'Stop these emails' }));
    expect((await screen.findByRole('status')).textContent).toBe('Done. We will no longer email you about this: Messages you have not read yet.');
    expect(post).toHaveBeenCalledWith('/api/unsubscribe', { params: { query: { token } } });
    expect(screen.getByRole('link', { name: 'Choose which emails you get' }).getAttribute('href')).toBe('#/account/preferences');
  });

  it('says a link the server refuses in words', async () => {
    vi.spyOn(api, 'POST').mockImplementation(() => answer(400, { statusCode: 400, code: 'email.bad-unsubscribe-token', message: 'not valid' }));
    renderWithData(<UnsubscribePage token="forged.token" />);
    expect(screen.getByText('Do you want to stop this kind of email?')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Stop these emails' }));
    expect((await screen.findByRole('alert')).textContent).toBe('This unsubscribe link does not work. You can choose which emails you get in your account settings.');
  });
});
