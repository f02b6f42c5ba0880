import { fireEvent, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { api } from '../api/client';
import { answer, renderWithData } from '../data/test-support';
import { TwoFactorSection } from './TwoFactorSection';

const OFF = { enabled: false, enrolledAt: null, recoveryCodesLeft: 0, required: false };
const ON = { enabled: true, enrolledAt: '2026-05-01T10:00:00.000Z', recoveryCodesLeft: 10, required: false };
const ENROLMENT = { secret: 'JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP', otpauthUri: 'otpauth://totp/x', qrCodeSvg: '<svg xmlns="http://www.w3.org/2000/svg"></svg>' };
const CODES = Array.from({ length: 10 }, (_, i) => `abcd-efgh-jkmn-pq${'rstuvwxyz2'[i]}${'rstuvwxyz2'[i]}`);

function fill(label: string, value: string): void {
  fireEvent.change(screen.getByLabelText(label), { target: { value } });
}

afterEach(() => {
  vi.restoreAllMocks();
});

describe('two-factor sign-in in the account settings', () => {
  it('enrols: shows the QR code and the key, confirms with a code, and shows the recovery codes once', async () => {
    let status: unknown = OFF;
    vi.spyOn(api, 'GET').mockImplementation(() => answer(200, status));
    const post = vi.spyOn(api, 'POST').mockImplementation(((path: string) => {
      if (path === '/api/me/two-factor/enrolment') return answer(201, ENROLMENT);
      status = ON;
      return answer(200, { recoveryCodes: CODES });
    }) as typeof api.POST);
    renderWithData(<TwoFactorSection />);
    fireEvent.click(await screen.findByRole('button', { name: 'Set up two-factor sign-in' }));
    const qr = await screen.findByRole('img', { name: 'QR code for your authenticator app' });
    expect(decodeURIComponent(qr.getAttribute('src') ?? '')).toBe(`data:image/svg+xml;utf8,${ENROLMENT.qrCodeSvg}`);
    expect(screen.getByText(ENROLMENT.secret)).toBeTruthy();

    fill('Code from the app', ' 123 456 ');
    fireEvent.click(screen.getByRole('button', { name: 'Turn on two-factor sign-in' }));
    expect(await screen.findByRole('heading', { name: 'Your recovery codes' })).toBeTruthy();
    expect(post).toHaveBeenCalledWith('/api/me/two-factor/enrolment/confirm', { body: { code: '123456' } });
    expect(screen.getAllByRole('listitem').map((item) => item.textContent)).toEqual(CODES);

    fireEvent.click(screen.getByRole('button', { name: 'I have kept my codes' }));
    expect(await screen.findByText('You have 10 recovery codes left.')).toBeTruthy();
    expect(screen.queryByText(CODES[0])).toBeNull();
  });

  it('says a wrong code in words and keeps the form', async () => {
    vi.spyOn(api, 'GET').mockImplementation(() => answer(200, OFF));
    vi.spyOn(api, 'POST').mockImplementation(((path: string) =>
      path === '/api/me/two-factor/enrolment' ? answer(201, ENROLMENT) : answer(400, { statusCode: 400, code: 'two-factor.bad-code', message: 'Wrong' })) as typeof api.POST);
    renderWithData(<TwoFactorSection />);
    fireEvent.click(await screen.findByRole('button', { name: 'Set up two-factor sign-in' }));
    await screen.findByLabelText('Code from the app');
    fill('Code from the app', '000000');
    fireEvent.click(screen.getByRole('button', { name: 'Turn on two-factor sign-in' }));
    await waitFor(() => expect(document.getElementById('enrolment-code-error')?.textContent).toBe('This code is not right, or it was used already. Wait for the next code and try again.'));
    expect(screen.getByRole('button', { name: 'Turn on two-factor sign-in' })).toBeTruthy();
  });

  it('explains to a coordinator why they are here while it is required, and offers no way to turn it off once on', async () => {
    const get = vi.spyOn(api, 'GET').mockImplementation(() => answer(200, { ...OFF, required: true }));
    const first = renderWithData(<TwoFactorSection />);
    expect(await screen.findByText('Coordinators and admins must sign in with a second step. Set it up now to continue: until then, only this page and logging out work.')).toBeTruthy();
    first.unmount();
    get.mockImplementation(() => answer(200, { ...ON, required: true }));
    renderWithData(<TwoFactorSection />);
    expect(await screen.findByText(/ask a platform admin to reset it/)).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Turn off two-factor sign-in' })).toBeNull();
  });

  it('turns off with the password and a code where allowed, a wrong password under its field', async () => {
    vi.spyOn(api, 'GET').mockImplementation(() => answer(200, ON));
    const del = vi.spyOn(api, 'DELETE').mockImplementation(() => answer(400, { statusCode: 400, code: 'two-factor.wrong-password', message: 'Wrong' }));
    renderWithData(<TwoFactorSection />);
    await screen.findByRole('button', { name: 'Turn off two-factor sign-in' });
    fill('Password', 'not-it');
    const codeFields = screen.getAllByLabelText('Code from the app, or a recovery code');
    fireEvent.change(codeFields[1], { target: { value: '654 321' } });
    fireEvent.click(screen.getByRole('button', { name: 'Turn off two-factor sign-in' }));
    await waitFor(() => expect(document.getElementById('turn-off-password-error')?.textContent).toBe('The password is not correct.'));
    expect(del).toHaveBeenCalledWith('/api/me/two-factor', { body: { password: 'not-it', code: '654321' } });
  });

  it('makes new recovery codes for a code and shows them once', async () => {
    vi.spyOn(api, 'GET').mockImplementation(() => answer(200, ON));
    const post = vi.spyOn(api, 'POST').mockImplementation(() => answer(200, { recoveryCodes: CODES }));
    renderWithData(<TwoFactorSection />);
    await screen.findByRole('button', { name: 'Make new recovery codes' });
    fireEvent.change(screen.getAllByLabelText('Code from the app, or a recovery code')[0], { target: { value: '112233' } });
    fireEvent.click(screen.getByRole('button', { name: 'Make new recovery codes' }));
    expect(await screen.findByRole('heading', { name: 'Your recovery codes' })).toBeTruthy();
    expect(post).toHaveBeenCalledWith('/api/me/two-factor/recovery-codes', { body: { code: '112233' } });
  });
});
