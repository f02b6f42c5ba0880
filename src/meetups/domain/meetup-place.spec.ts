import { locationOfProposal, resolveLocation } from './meetup-place.js';

describe('locationOfProposal', () => {
  it.each([
    [{ place: 'Café de Jaren' }, { place: 'Café de Jaren', online: false }],
    [{ place: '  Public library  ', online: false }, { place: 'Public library', online: false }],
    [{ online: true }, { place: null, online: true }],
    [{ online: true, place: null }, { place: null, online: true }],
    [{ online: true, place: '   ' }, { place: null, online: true }],
  ])('accepts %j', (input, location) => {
    expect(locationOfProposal(input)).toEqual({ ok: true, location });
  });

  it.each([[{}], [{ online: false }], [{ place: '  ' }], [{ place: null }]])('refuses %j: no place and not online', (input) => {
    expect(locationOfProposal(input)).toEqual({ ok: false, message: expect.stringContaining('public place') as unknown });
  });

  it('refuses a place together with online', () => {
    expect(locationOfProposal({ place: 'Library', online: true })).toEqual({ ok: false, message: expect.stringContaining('not both') as unknown });
  });
});

describe('resolveLocation', () => {
  const inPerson = { place: 'Library', online: false };
  const online = { place: null, online: true };

  it.each([
    ['nothing said keeps the place', inPerson, {}, inPerson],
    ['nothing said keeps online', online, {}, online],
    ['a new place replaces the old', inPerson, { place: 'Park café' }, { place: 'Park café', online: false }],
    ['a place turns online into in person', online, { place: 'Park café' }, { place: 'Park café', online: false }],
    ['online drops the place', inPerson, { online: true }, online],
    ['online:false keeps the place', inPerson, { online: false }, inPerson],
    ['clearing the place while online is fine', online, { place: null }, online],
  ])('%s', (_name, current, input, expected) => {
    expect(resolveLocation(current, input)).toEqual({ ok: true, location: expected });
  });

  it.each([
    ['online:false without any place', online, { online: false }],
    ['clearing the place of an in-person meetup', inPerson, { place: null }],
    ['both a place and online', inPerson, { place: 'Park', online: true }],
  ])('refuses %s', (_name, current, input) => {
    expect(resolveLocation(current, input).ok).toBe(false);
  });
});
