import type { TFunction } from 'i18next';
import type { Gender, ProgrammeRegion, ProgrammeRules, SideRules } from '../data/programme-api';
import { formatList, languageName } from '../i18n/translate-api';
import { displayNames, listFormat } from '../i18n/intl-formats';

type Side = 'migrant' | 'host';

function hasRule(side: SideRules | null | undefined): side is SideRules {
  return side !== null && side !== undefined && ((side.genders?.length ?? 0) > 0 || typeof side.minAge === 'number' || typeof side.maxAge === 'number');
}

function orList(items: readonly string[], uiLanguage: string): string {
  return listFormat(uiLanguage, { style: 'long', type: 'disjunction' }).format(items);
}

/** "women newcomers", "local volunteers (women or men)", "local women aged 55+". */
function sidePhrase(t: TFunction, side: Side, rules: SideRules | null | undefined, uiLanguage: string): string {
  const genders: Gender[] = rules?.genders ?? [];
  const [only] = genders;
  const who =
    genders.length === 0 || only === undefined ? t(`programmes.rules.${side}.any`)
      : genders.length === 1 ? t(`programmes.rules.${side}.${only}`)
        : t(`programmes.rules.${side}.several`, { genders: orList(genders.map((g) => t(`programmes.rules.genderWords.${g}`)), uiLanguage) });
  const min = typeof rules?.minAge === 'number' ? rules.minAge : undefined;
  const max = typeof rules?.maxAge === 'number' ? rules.maxAge : undefined;
  const age =
    min !== undefined && max !== undefined ? t('programmes.rules.ageBetween', { min, max })
      : min !== undefined ? t('programmes.rules.ageFrom', { min })
        : max !== undefined ? t('programmes.rules.ageTo', { max })
          : undefined;
  return age === undefined ? who : t('programmes.rules.withAge', { who, age });
}

/**
 * A programme's rules as one readable line in the interface language, e.g. "Pairs women newcomers
 * with local women aged 55+; speaks Dutch; in person; 26 weeks". Rules that are absent say nothing.
 */
export function describeRules(t: TFunction, rules: ProgrammeRules, uiLanguage: string): string {
  const parts: string[] = [];
  if (hasRule(rules.migrant) || hasRule(rules.host)) {
    parts.push(t('programmes.rules.pairs', { migrants: sidePhrase(t, 'migrant', rules.migrant, uiLanguage), hosts: sidePhrase(t, 'host', rules.host, uiLanguage) }));
  }
  if (rules.sameGender === true) parts.push(t('programmes.rules.sameGender'));
  if ((rules.languages?.length ?? 0) > 0) {
    parts.push(t('programmes.rules.languages', { languages: orList((rules.languages ?? []).map((code) => languageName(code, uiLanguage)), uiLanguage) }));
  }
  if (rules.meeting !== null && rules.meeting !== undefined) parts.push(t(`programmes.rules.meeting.${rules.meeting}`));
  if (typeof rules.matchWeeks === 'number') parts.push(t('programmes.rules.matchWeeks', { count: rules.matchWeeks }));
  if (typeof rules.checkInWeeks === 'number') parts.push(t('programmes.rules.checkInWeeks', { count: rules.checkInWeeks }));
  if (parts.length === 0) return t('programmes.rules.none');
  const [first = '', ...rest] = parts;
  // The first part starts the sentence; the others follow it in lower case, as the translations write them.
  return [first.charAt(0).toLocaleUpperCase(uiLanguage) + first.slice(1), ...rest].join(t('programmes.rules.separator'));
}

function countryName(code: string, uiLanguage: string): string {
  try {
    return displayNames(uiLanguage, { type: 'region' }).of(code) ?? code;
  } catch {
    return code;
  }
}

/** Where a programme runs: "Region: Netherlands and Belgium", "Within 40 km of Utrecht", or anywhere (no countries). */
export function describeRegion(t: TFunction, region: ProgrammeRegion, uiLanguage: string): string {
  const countries = formatList(region.countryCodes.map((code) => countryName(code, uiLanguage)), uiLanguage);
  if (typeof region.radiusKm === 'number' && region.placeId !== null && region.placeId !== undefined) {
    return t('programmes.region.around', { km: region.radiusKm, place: region.place?.name ?? t('programmes.region.aPlace'), countries });
  }
  return region.countryCodes.length === 0 ? t('programmes.region.anywhere') : t('programmes.region.countries', { countries });
}
