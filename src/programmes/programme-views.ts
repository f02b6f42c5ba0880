import { languageName } from '../matching/domain/score.js';
import { describeRules } from '../organisations/domain/programme-rules.js';
import type { OrganisationEntity } from '../organisations/organisation.entity.js';
import { storedRegion } from './domain/stored-programme.js';
import type { OrganisationView } from './dto/organisation.dto.js';
import { getGazetteer } from '../profiles/reference/gazetteer.js';
import type { ProgrammeView, RegionPlaceView } from './dto/programme.view.js';
import type { ProgrammeRecord } from './programmes.repository.js';

export function toProgrammeView(record: ProgrammeRecord): ProgrammeView {
  return {
    id: record.id,
    organisationId: record.organisationId,
    organisationName: record.organisationName,
    name: record.name,
    description: record.description,
    status: record.status,
    region: { ...storedRegion({ ...record.region, countryCodes: record.region.countryCodes ?? [] }), place: regionPlace(record.region.placeId) },
    rules: record.rules,
    summary: describeRules(record.rules, languageName),
    createdAt: record.createdAt.toISOString(),
  };
}

export function toOrganisationView(organisation: OrganisationEntity): OrganisationView {
  return { id: organisation.id, name: organisation.name, countryCode: organisation.countryCode, safeguardingEmail: organisation.safeguardingEmail, requiredVettingChecks: organisation.requiredVettingChecks, createdAt: organisation.createdAt.toISOString() };
}

/** The region's centre by name, from the gazetteer (null without one, or one no longer known). */
function regionPlace(placeId: string | null | undefined): RegionPlaceView | null {
  const place = placeId === null || placeId === undefined ? undefined : getGazetteer().findById(placeId);
  return place === undefined ? null : { id: place.id, name: place.name, countryCode: place.countryCode };
}
