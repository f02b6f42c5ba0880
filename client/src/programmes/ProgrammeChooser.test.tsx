import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { api } from '../api/client';
import { answer, renderWithData } from '../data/test-support';
import { ProgrammeChooser } from './ProgrammeChooser';
import { makeMembership, makeProgramme } from './test-programmes';

const PLACE = '2745912';

function serve(programmes: unknown[], memberships: unknown[]) {
  return vi.spyOn(api, 'GET').mockImplementation((path) => {
    if (path === '/api/programmes') return answer(200, programmes);
    if (path === '/api/me/programmes') return answer(200, memberships);
    return answer(404);
  });
}

describe('choosing a programme near one\'s place', () => {
  it('shows each open programme with its organisation, description and rules in words, asked for the person\'s place', async () => {
    const get = serve([makeProgramme()], []);
    renderWithData(<ProgrammeChooser placeId={PLACE} />);
    const card = await screen.findByRole('listitem', { name: '1001 Strengths' });
    expect(card.textContent).toContain('Run by Rode Kruis Utrecht');
    expect(card.textContent).toContain('Women who are new here meet women who have lived here long.');
    expect(card.textContent).toContain('Pairs women newcomers with local women aged 55+; speaks Dutch; in person; 26 weeks');
    expect(get).toHaveBeenCalledWith('/api/programmes', expect.objectContaining({ params: { query: { placeId: PLACE } } }));
  });

  it('joins with the history shared only when the person ticks it, and then shows the programme as theirs', async () => {
    const programme = makeProgramme();
    let memberships: unknown[] = [];
    vi.spyOn(api, 'GET').mockImplementation((path) => answer(200, path === '/api/programmes' ? [programme] : memberships));
    const post = vi.spyOn(api, 'POST').mockImplementation(() => {
      memberships = [makeMembership(programme)];
      return answer(201, memberships[0]);
    });
    renderWithData(<ProgrammeChooser placeId={PLACE} />);
    const card = await screen.findByRole('listitem', { name: '1001 Strengths' });
    const share = within(card).getByRole('checkbox', { name: 'Share my history with Rode Kruis Utrecht' });
    expect((share as HTMLInputElement).checked).toBe(false);
    expect(share.getAttribute('aria-describedby')).not.toBeNull();
    fireEvent.click(share);
    fireEvent.click(within(card).getByRole('button', { name: 'Join 1001 Strengths' }));
    await waitFor(() => expect(within(card).getByText('You belong to this programme.')).toBeTruthy());
    expect(post).toHaveBeenCalledWith('/api/me/programmes', { body: { programmeId: programme.id, shareHistory: true } });
    expect(within(card).queryByRole('button', { name: 'Join 1001 Strengths' })).toBeNull();
  });

  it('says which rule the person does not meet when the server refuses', async () => {
    serve([makeProgramme()], []);
    vi.spyOn(api, 'POST').mockImplementation(() =>
      answer(409, { statusCode: 409, error: 'Conflict', code: 'programme.rule-not-met', message: 'Newcomers in this programme are women' }),
    );
    renderWithData(<ProgrammeChooser placeId={PLACE} />);
    fireEvent.click(await screen.findByRole('button', { name: 'Join 1001 Strengths' }));
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toBe('You cannot join this programme. Newcomers in this programme are women.');
  });

  it('says so when no programme runs there', async () => {
    serve([], []);
    renderWithData(<ProgrammeChooser placeId={PLACE} />);
    expect(await screen.findByText('No open programmes near you right now.')).toBeTruthy();
  });
});
