import { fireEvent, screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { api } from '../api/client';
import { answer, renderWithData } from '../data/test-support';
import { OrganisationsPanel } from './OrganisationsPanel';

const organisation = { id: '00000000-0000-4000-8000-0000000000c1', name: 'Rode Kruis Utrecht', countryCode: 'NL', createdAt: '2026-11-01T10:00:00.000Z' };

describe('organisations, for platform admins', () => {
  it('checks the country code before creating an organisation', async () => {
    vi.spyOn(api, 'GET').mockImplementation(() => answer(200, []));
    const post = vi.spyOn(api, 'POST').mockImplementation(() => answer(201, organisation));
    renderWithData(<OrganisationsPanel />);
    fireEvent.change(screen.getByLabelText('Name of the organisation'), { target: { value: 'Rode Kruis Utrecht' } });
    fireEvent.change(screen.getByLabelText('Country'), { target: { value: 'NLD' } });
    fireEvent.click(screen.getByRole('button', { name: 'Create organisation' }));
    expect(document.getElementById('organisation-country-error')?.textContent).toBe('Enter a two-letter country code such as NL.');
    expect(post).not.toHaveBeenCalled();
    fireEvent.change(screen.getByLabelText('Country'), { target: { value: 'nl' } });
    fireEvent.click(screen.getByRole('button', { name: 'Create organisation' }));
    await screen.findByText('Rode Kruis Utrecht was created.');
    expect(post).toHaveBeenCalledWith('/api/admin/organisations', { body: { name: 'Rode Kruis Utrecht', countryCode: 'NL' } });
  });

  it('says by the email field that an address is taken', async () => {
    vi.spyOn(api, 'GET').mockImplementation(() => answer(200, [organisation]));
    const post = vi.spyOn(api, 'POST').mockImplementation(() => answer(409, { statusCode: 409, error: 'Conflict', message: 'Email already registered' }));
    renderWithData(<OrganisationsPanel />);
    fireEvent.click(await screen.findByRole('button', { name: 'Add a coordinator to Rode Kruis Utrecht' }));
    fireEvent.change(screen.getByLabelText("Coordinator's name"), { target: { value: 'Cora' } });
    fireEvent.change(screen.getByLabelText('Email'), { target: { value: 'cora@example.org' } });
    fireEvent.change(screen.getByLabelText('First password'), { target: { value: 'lantern-harbour-77' } });
    fireEvent.click(screen.getByRole('button', { name: 'Create coordinator' }));
    await screen.findByText('An account with this email already exists.');
    expect(post).toHaveBeenCalledWith('/api/admin/organisations/{id}/staff', {
      params: { path: { id: organisation.id } }, body: { displayName: 'Cora', email: 'cora@example.org', password: 'lantern-harbour-77' },
    });
    expect(document.getElementById(`coordinator-${organisation.id}-email-error`)?.textContent).toBe('An account with this email already exists.');
  });
});
