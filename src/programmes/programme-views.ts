import { languageName } from '../matching/domain/score.js';
import { describeRules } from '../organisations/domain/programme-rules.js';
import type { OrganisationEntity } from '../organisations/organisation.entity.js';
import { storedRegion } from './domain/stored-programme.js';
import type { OrganisationView } from './dto/organisation.dto.js';
import type { Place } from '../profiles/places/place-search.js';
import type { ProgrammeView, RegionPlaceView } from './dto/programme.view.js';
import type { ProgrammeRecord } from './programmes.repository.js';

/** `places` holds the region's centre, if it has one (see regionPlaceIds). */
export function toProgrammeView(record: ProgrammeRecord, places: ReadonlyMap<string, Place>): ProgrammeView {
  return {
    id: record.id,
    organisationId: record.organisationId,
    organisationName: record.organisationName,
    name: record.name,
    description: record.description,
    status: record.status,
    region: { ...storedRegion({ ...record.region, countryCodes: record.region.countryCodes ?? [] }), place: regionPlace(record.region.placeId, places) },
    rules: record.rules,
    summary: describeRules(record.rules, languageName),
    createdAt: record.createdAt.toISOString(),
  };
}

export function toOrganisationView(organisation: OrganisationEntity): OrganisationView {
  return { id: organisation.id, name: organisation.name, countryCode: organisation.countryCode, safeguardingEmail: organisation.safeguardingEmail, requiredVettingChecks: organisation.requiredVettingChecks, createdAt: organisation.createdAt.toISOString() };
}

/** The region's centre by name (null without one, or one no longer known). */
function regionPlace(placeId: string | null | undefined, places: ReadonlyMap<string, Place>): RegionPlaceView | null {
  const place = placeId === null || placeId === undefined ? undefined : places.get(placeId);
  return place === undefined ? null : { id: place.id, name: place.name, countryCode: place.countryCode };
}
