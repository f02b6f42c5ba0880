import { missingProfileFields } from '../profiles/domain/completeness.js';
import { isInterestCode } from '../profiles/reference/interests.js';
import { isLanguageCode } from '../profiles/reference/languages.js';
import { isIanaTimezone } from '../profiles/reference/timezones.js';
import { syntheticPeople } from './synthetic-people.js';

describe('syntheticPeople', () => {
  const people = [...syntheticPeople({ migrants: 300, hosts: 300, seed: 5 })];

  it('is reproducible from the seed', () => {
    expect([...syntheticPeople({ migrants: 300, hosts: 300, seed: 5 })]).toEqual(people);
    expect([...syntheticPeople({ migrants: 300, hosts: 300, seed: 6 })][0].id).not.toBe(people[0].id);
  });

  it('makes complete, valid profiles: migrants first, then hosts with capacity 1..3', () => {
    expect(people.slice(0, 300).every((p) => p.role === 'migrant' && p.capacity === null && p.verification === null)).toBe(true);
    const hosts = people.slice(300);
    expect(hosts.every((p) => p.role === 'host' && p.capacity !== null && p.capacity >= 1 && p.capacity <= 3)).toBe(true);
    const pending = hosts.filter((p) => p.verification === 'pending').length / hosts.length;
    expect(pending).toBeGreaterThan(0.08);
    expect(pending).toBeLessThan(0.25);
    for (const person of people) {
      expect(missingProfileFields({ ...person, placeId: person.place.id })).toEqual([]);
      expect(person.languages.every((l) => isLanguageCode(l.code))).toBe(true);
      expect(person.interests.every(isInterestCode)).toBe(true);
      expect(isIanaTimezone(person.timezone)).toBe(true);
      expect(['NL', 'BE', 'DE', 'FR', 'ZA']).toContain(person.place.countryCode);
    }
    expect(new Set(people.map((p) => p.email)).size).toBe(people.length);
    expect(people[0].email).toBe('seed-5-1@example.org');
  });

  it('gives migrants a native language from where newcomers come from, and hosts a local one', () => {
    const migrantNatives = new Set(people.slice(0, 300).map((p) => p.languages[0].code));
    expect([...migrantNatives].some((code) => ['ar', 'uk', 'fa', 'ti'].includes(code))).toBe(true);
    expect(people.slice(300).every((p) => ['nl', 'fr', 'de', 'zu', 'en', 'st', 'xh'].includes(p.languages[0].code))).toBe(true);
  });

  it('places people in the Netherlands and around Johannesburg, with the languages of the example programmes', () => {
    const many = [...syntheticPeople({ migrants: 2000, hosts: 2000, seed: 9 })];
    const dutchSpeakers = many.filter((p) => p.place.countryCode === 'NL' && p.languages.some((l) => l.code === 'nl'));
    expect(dutchSpeakers.length).toBeGreaterThan(100);
    const johannesburg = { lat: -26.20227, lon: 28.04363 };
    const nearJohannesburg = many.filter((p) => p.place.countryCode === 'ZA' && Math.hypot(p.place.lat - johannesburg.lat, p.place.lon - johannesburg.lon) < 0.5);
    expect(nearJohannesburg.length).toBeGreaterThan(20);
    expect(nearJohannesburg.some((p) => p.role === 'host' && p.languages.some((l) => ['zu', 'st'].includes(l.code)))).toBe(true);
    expect(many.filter((p) => p.place.countryCode === 'ZA').every((p) => p.timezone === 'Africa/Johannesburg')).toBe(true);
  });
});
