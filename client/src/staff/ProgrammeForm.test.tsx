import { fireEvent, screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { api } from '../api/client';
import { answer, renderWithData } from '../data/test-support';
import { makeProgramme } from '../programmes/test-programmes';
import { ProgrammeForm } from './ProgrammeForm';

function fill(id: string, value: string): void {
  fireEvent.change(document.getElementById(id) as HTMLElement, { target: { value } });
}

const errorOf = (id: string): string | null | undefined => document.getElementById(`${id}-error`)?.textContent;

describe('the programme form', () => {
  it('shows what is wrong next to each field and sends nothing', () => {
    vi.spyOn(api, 'GET').mockImplementation(() => answer(200, []));
    const post = vi.spyOn(api, 'POST');
    renderWithData(<ProgrammeForm admin={false} onSaved={vi.fn()} onCancel={vi.fn()} />);
    fill('countryCodes', 'NLD');
    fill('hostMinAge', '60');
    fill('hostMaxAge', '55');
    fill('checkInWeeks', '53');
    fireEvent.click(screen.getByRole('button', { name: 'Create programme' }));
    expect(errorOf('name')).toBe('This field is required.');
    expect(errorOf('countryCodes')).toBe('Enter two-letter country codes such as NL or BE, separated by commas.');
    expect(errorOf('hostMaxAge')).toBe('The highest age cannot be lower than the lowest age.');
    expect(errorOf('checkInWeeks')).toBe('At most 52.');
    expect(document.getElementById('name')?.getAttribute('aria-invalid')).toBe('true');
    expect(screen.getByRole('alert').textContent).toBe('Please correct the marked fields.');
    expect(post).not.toHaveBeenCalled();
  });

  it('creates the programme and places the server\'s refusals under their fields', async () => {
    vi.spyOn(api, 'GET').mockImplementation(() => answer(200, []));
    const post = vi.spyOn(api, 'POST').mockImplementation(() =>
      answer(400, { statusCode: 400, error: 'Bad Request', message: ['rules.host.minAge must not be greater than 99', 'property colour should not exist'] }),
    );
    renderWithData(<ProgrammeForm admin={false} onSaved={vi.fn()} onCancel={vi.fn()} />);
    fill('name', '1001 Strengths');
    fill('countryCodes', 'nl');
    fireEvent.click(document.getElementById('hostGenders-female') as HTMLElement);
    fill('hostMinAge', '100');
    fireEvent.click(screen.getByRole('button', { name: 'Create programme' }));
    await screen.findByText('At most 99.');
    expect(errorOf('hostMinAge')).toBe('At most 99.');
    expect(screen.getByRole('alert').textContent).toBe('Please check what you entered.');
    expect(post).toHaveBeenCalledWith('/api/staff/programmes', {
      body: expect.objectContaining({ name: '1001 Strengths', region: { countryCodes: ['NL'] }, rules: expect.objectContaining({ host: { genders: ['female'], minAge: 100, maxAge: null } }) as unknown }) as unknown,
    });
  });

  it('saves changes to a programme with PATCH and hands back the saved programme', async () => {
    vi.spyOn(api, 'GET').mockImplementation(() => answer(200, []));
    const programme = makeProgramme();
    const saved = { ...programme, status: 'open' as const };
    const patch = vi.spyOn(api, 'PATCH').mockImplementation(() => answer(200, saved));
    const onSaved = vi.fn();
    renderWithData(<ProgrammeForm programme={{ ...programme, status: 'draft' }} admin={false} onSaved={onSaved} onCancel={vi.fn()} />);
    expect((document.getElementById('hostMinAge') as HTMLInputElement).value).toBe('55');
    fill('status', 'open');
    fireEvent.click(screen.getByRole('button', { name: 'Save changes' }));
    await vi.waitFor(() => expect(onSaved).toHaveBeenCalledWith(saved));
    expect(patch).toHaveBeenCalledWith('/api/staff/programmes/{id}', { params: { path: { id: programme.id } }, body: expect.objectContaining({ status: 'open' }) as unknown });
  });
});
