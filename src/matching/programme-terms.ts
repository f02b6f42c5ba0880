import type { ProgrammeRules } from '../organisations/domain/programme.js';
import { describeRules } from '../organisations/domain/programme-rules.js';
import { listLanguages } from '../profiles/reference/languages.js';
import type { PairProgramme } from './domain/pair.js';

const ENGLISH_NAMES: ReadonlyMap<string, string> = new Map(listLanguages('en').map((language) => [language.code, language.name]));

/** A language's English name for the rules' sentences ("Dutch" for "nl"); the code when unknown. */
export function languageName(code: string): string {
  return ENGLISH_NAMES.get(code) ?? code;
}

/** A programme's rules as evaluatePair takes them, described once. */
export function pairProgrammeOf(rules: ProgrammeRules): PairProgramme {
  return { rules, description: describeRules(rules, languageName), languageName };
}

/** The programme's terms a match keeps from the moment it is proposed (later rule changes apply to new proposals only). */
export function matchTermsOf(rules: ProgrammeRules): { matchWeeks: number | null; checkInWeeks: number | null } {
  return { matchWeeks: rules.matchWeeks ?? null, checkInWeeks: rules.checkInWeeks ?? null };
}
