import { fireEvent, screen, waitFor } from '@testing-library/react';
import { useQuery } from '@tanstack/react-query';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { api, sessionStore } from '../api/client';
import { ApiError } from '../api/errors';
import { answer, makeUser, renderWithData } from '../data/test-support';
import { LoginPage } from '../pages/AuthPages';

function fill(label: string, value: string): void {
  fireEvent.change(screen.getByLabelText(label), { target: { value } });
}

const CODE_LABEL = 'Code from your authenticator app';

beforeEach(() => {
  sessionStore.set(null);
});

afterEach(() => {
  vi.restoreAllMocks();
  sessionStore.set(null);
  window.location.hash = '';
});

describe('logging in with a second factor', () => {
  it('asks for the code when the server says the account needs one, and sends it with the password again', async () => {
    const post = vi.spyOn(api, 'POST')
      .mockImplementationOnce(() => answer(401, { statusCode: 401, code: 'auth.two-factor-required', message: 'Enter the code' }))
      .mockImplementationOnce(() => answer(200, { csrfToken: 'signed-in', user: makeUser({ role: 'staff' }) }));
    renderWithData(<LoginPage />);
    expect(screen.queryByLabelText(CODE_LABEL)).toBeNull();
    fill('Email', 'coordinator@example.org');
    fill('Password', 'violet-tram-Rotterdam-42');
    fireEvent.click(screen.getByRole('button', { name: 'Log in' }));
    await screen.findByLabelText(CODE_LABEL);
    expect(sessionStore.get()).toBeNull();

    fireEvent.click(screen.getByRole('button', { name: 'Log in' }));
    expect(document.getElementById('code-error')?.textContent).toBe('Enter the code from your app or a recovery code.');
    fill(CODE_LABEL, '123 456');
    fireEvent.click(screen.getByRole('button', { name: 'Log in' }));
    await waitFor(() => expect(sessionStore.get()).toBe('signed-in'));
    expect(post).toHaveBeenLastCalledWith('/api/auth/login', { body: { email: 'coordinator@example.org', password: 'violet-tram-Rotterdam-42', code: '123456' } });
  });

  it('puts a wrong or used code under the code field and accepts a recovery code as typed', async () => {
    const post = vi.spyOn(api, 'POST')
      .mockImplementationOnce(() => answer(401, { statusCode: 401, code: 'auth.two-factor-required', message: 'Enter the code' }))
      .mockImplementationOnce(() => answer(401, { statusCode: 401, code: 'auth.bad-two-factor-code', message: 'Wrong' }));
    renderWithData(<LoginPage />);
    fill('Email', 'amal@example.org');
    fill('Password', 'violet-tram-Rotterdam-42');
    fireEvent.click(screen.getByRole('button', { name: 'Log in' }));
    await screen.findByLabelText(CODE_LABEL);
    fill(CODE_LABEL, 'abcd-efgh-jkmn-pqrs');
    fireEvent.click(screen.getByRole('button', { name: 'Log in' }));
    await waitFor(() => expect(document.getElementById('code-error')?.textContent).toBe('This code is not right, or it was used already. Wait for the next code and try again.'));
    expect(document.getElementById('password-error')).toBeNull();
    expect(post).toHaveBeenLastCalledWith('/api/auth/login', { body: { email: 'amal@example.org', password: 'violet-tram-Rotterdam-42', code: 'abcd-efgh-jkmn-pqrs' } });
  });

  it('logs in without a code field for accounts without two-factor sign-in, as before', async () => {
    const post = vi.spyOn(api, 'POST').mockImplementation(() => answer(200, { csrfToken: 'plain', user: makeUser() }));
    renderWithData(<LoginPage />);
    fill('Email', 'amal@example.org');
    fill('Password', 'violet-tram-Rotterdam-42');
    fireEvent.click(screen.getByRole('button', { name: 'Log in' }));
    await waitFor(() => expect(sessionStore.get()).toBe('plain'));
    expect(post).toHaveBeenCalledWith('/api/auth/login', { body: { email: 'amal@example.org', password: 'violet-tram-Rotterdam-42' } });
  });
});

describe('staff who must enrol first', () => {
  function StaffList() {
    const volunteers = useQuery({
      queryKey: ['volunteers'],
      queryFn: () => Promise.reject(new ApiError(403, ['Turn on two-factor sign-in first'], 'auth.two-factor-enrolment-required')),
    });
    return <p>{volunteers.isError ? 'refused' : 'loading'}</p>;
  }

  it('are sent to the two-factor page by any refusal saying so', async () => {
    window.location.hash = '#/staff/volunteers';
    renderWithData(<StaffList />);
    await screen.findByText('refused');
    expect(window.location.hash).toBe('#/account/two-factor');
  });

  it('are not sent anywhere by other refusals', async () => {
    window.location.hash = '#/staff/volunteers';
    function Refused() {
      const query = useQuery({ queryKey: ['other'], queryFn: () => Promise.reject(new ApiError(403, ['No'])) });
      return <p>{query.isError ? 'refused' : 'loading'}</p>;
    }
    renderWithData(<Refused />);
    await screen.findByText('refused');
    expect(window.location.hash).toBe('#/staff/volunteers');
  });
});
