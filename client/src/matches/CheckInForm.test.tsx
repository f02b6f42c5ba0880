import { fireEvent, screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { api } from '../api/client';
import { answer, renderWithData } from '../data/test-support';
import { CheckInForm } from './CheckInForm';

const MATCH = '00000000-0000-4000-8000-0000000000aa';

describe('the check-in form', () => {
  it('asks for a score before sending anything', () => {
    const post = vi.spyOn(api, 'POST');
    renderWithData(<CheckInForm matchId={MATCH} />);
    fireEvent.click(screen.getByRole('button', { name: 'Send check-in' }));
    expect(screen.getByText('Choose how your match is going, from 1 to 5.')).toBeTruthy();
    expect(screen.getByRole('group', { name: 'How is your match going?' }).getAttribute('aria-describedby')).toBe(`checkin-${MATCH}-score-error`);
    expect(post).not.toHaveBeenCalled();
  });

  it('sends the score, the comment and the wish to be contacted, then thanks the person', async () => {
    const post = vi.spyOn(api, 'POST').mockImplementation(() => answer(201, { id: 'c1' }));
    renderWithData(<CheckInForm matchId={MATCH} />);
    fireEvent.click(screen.getByRole('radio', { name: '2 – Not so well' }));
    fireEvent.change(screen.getByLabelText('Anything you would like to tell the coordinators? (optional)'), { target: { value: '  We rarely find a time.  ' } });
    fireEvent.click(screen.getByRole('checkbox', { name: 'I would like staff to contact me' }));
    fireEvent.click(screen.getByRole('button', { name: 'Send check-in' }));
    expect(await screen.findByText('Thank you. The coordinators read every check-in.')).toBeTruthy();
    expect(post).toHaveBeenCalledWith('/api/matches/{id}/check-ins', { params: { path: { id: MATCH } }, body: { score: 2, wantsContact: true, comment: 'We rarely find a time.' } });
  });

  it('leaves out an empty comment', async () => {
    const post = vi.spyOn(api, 'POST').mockImplementation(() => answer(201, { id: 'c1' }));
    renderWithData(<CheckInForm matchId={MATCH} />);
    fireEvent.click(screen.getByRole('radio', { name: '5 – Very well' }));
    fireEvent.click(screen.getByRole('button', { name: 'Send check-in' }));
    await screen.findByText('Thank you. The coordinators read every check-in.');
    expect(post).toHaveBeenCalledWith('/api/matches/{id}/check-ins', { params: { path: { id: MATCH } }, body: { score: 5, wantsContact: false } });
  });
});
