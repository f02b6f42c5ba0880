import { fireEvent, screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { api } from '../api/client';
import { answer, renderWithData } from '../data/test-support';
import { RequiredChecks, VolunteerChecks } from './VolunteerChecks';

const userId = '00000000-0000-4000-8000-0000000000a1';
const checks = {
  userId,
  organisationId: '00000000-0000-4000-8000-0000000000c1',
  requiredKinds: ['identity', 'certificate-of-conduct'],
  cleared: false,
  lapsesOn: '2026-03-10',
  required: [
    { kind: 'identity', status: 'missing', expiresOn: null },
    { kind: 'certificate-of-conduct', status: 'expired', expiresOn: '2026-03-10' },
  ],
  problems: [],
  checks: [{ kind: 'certificate-of-conduct', checkedOn: '2023-03-10', expiresOn: '2026-03-10', status: 'expired', required: true, note: null, recordedBy: null, updatedAt: '2026-01-01T10:00:00.000Z' }],
};

describe("a volunteer's checks, for coordinators", () => {
  it('shows each required check with its state and dates, and records a renewed one', async () => {
    vi.spyOn(api, 'GET').mockImplementation(() => answer(200, checks));
    const put = vi.spyOn(api, 'PUT').mockImplementation(() => answer(200, checks));
    renderWithData(<VolunteerChecks userId={userId} name="Joost" />);
    await screen.findByText('A required check is missing or expired: no new proposals until it is recorded.');
    const rows = screen.getAllByRole('row').map((row) => row.textContent);
    expect(rows).toContain('Identity seen (required)Missing——');
    expect(rows).toContain('Certificate of conduct (required)Expired2023-03-102026-03-10Remove Certificate of conduct');
    fireEvent.change(screen.getByLabelText('Checked on'), { target: { value: '2026-03-11' } });
    fireEvent.change(screen.getByLabelText('Expires on (optional)'), { target: { value: '2029-03-11' } });
    fireEvent.click(screen.getByRole('button', { name: 'Record check' }));
    await screen.findByText('Certificate of conduct of Joost recorded.');
    expect(put).toHaveBeenCalledWith('/api/staff/volunteers/{userId}/checks/{kind}', {
      params: { path: { userId, kind: 'certificate-of-conduct' } }, body: { checkedOn: '2026-03-11', expiresOn: '2029-03-11' },
    });
  });

  it("says why a check was refused, from the server's code", async () => {
    vi.spyOn(api, 'GET').mockImplementation(() => answer(200, { ...checks, required: [], requiredKinds: [], checks: [] }));
    vi.spyOn(api, 'PUT').mockImplementation(() => answer(400, { statusCode: 400, error: 'Bad Request', code: 'vetting.checked-in-future', message: 'A check cannot be dated after today' }));
    renderWithData(<VolunteerChecks userId={userId} name="Joost" />);
    await screen.findByText('Your organisation requires no checks.');
    fireEvent.change(screen.getByLabelText('Checked on'), { target: { value: '2099-01-01' } });
    fireEvent.click(screen.getByRole('button', { name: 'Record check' }));
    expect((await screen.findByRole('alert')).textContent).toBe('A check cannot be dated after today.');
  });

  it("saves the organisation's required checks", async () => {
    vi.spyOn(api, 'GET').mockImplementation(() => answer(200, { id: checks.organisationId, name: 'Rode Kruis', countryCode: 'NL', safeguardingEmail: null, requiredVettingChecks: ['identity'], createdAt: '2026-01-01T10:00:00.000Z' }));
    const patch = vi.spyOn(api, 'PATCH').mockImplementation(() => answer(200, {}));
    renderWithData(<RequiredChecks />);
    expect(await screen.findByLabelText<HTMLInputElement>('Identity seen')).toHaveProperty('checked', true);
    fireEvent.click(screen.getByLabelText('Certificate of conduct'));
    fireEvent.click(screen.getByRole('button', { name: 'Save required checks' }));
    await screen.findByText('Required checks saved.');
    expect(patch).toHaveBeenCalledWith('/api/staff/organisation', { body: { requiredVettingChecks: ['identity', 'certificate-of-conduct'] } });
  });
});
