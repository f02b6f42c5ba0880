import type { Membership, Programme } from '../data/programme-api';

export function makeProgramme(patch: Partial<Programme> = {}): Programme {
  return {
    id: '00000000-0000-4000-8000-0000000000b1', organisationId: '00000000-0000-4000-8000-0000000000c1', organisationName: 'Rode Kruis Utrecht',
    name: '1001 Strengths', description: 'Women who are new here meet women who have lived here long.', status: 'open', createdAt: '2026-11-01T10:00:00.000Z',
    region: { countryCodes: ['NL'], place: null },
    rules: { migrant: { genders: ['female'] }, host: { genders: ['female'], minAge: 55 }, languages: ['nl'], meeting: 'in-person', matchWeeks: 26 },
    summary: null,
    ...patch,
  };
}

export function makeMembership(programme: Programme, patch: Partial<Membership> = {}): Membership {
  return {
    programme: { id: programme.id, name: programme.name, organisationId: programme.organisationId, organisationName: programme.organisationName },
    role: 'migrant', status: 'active', verification: null, joinedAt: '2026-11-02T10:00:00.000Z', ...patch,
  };
}
