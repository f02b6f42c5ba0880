import { ZxcvbnFactory, type OptionsDictionary } from '@zxcvbn-ts/core';
import { adjacencyGraphs, dictionary as commonDictionary } from '@zxcvbn-ts/language-common';
import { dictionary as englishDictionary, translations } from '@zxcvbn-ts/language-en';

export const PASSWORD_MIN_LENGTH = 10;
export const PASSWORD_MAX_LENGTH = 128;
/** zxcvbn's 0..4 scale; 3 is "safely unguessable: moderate protection from offline slow-hash attacks". */
export const PASSWORD_MIN_SCORE = 3;
const ESTIMATED_LENGTH = 64;

export type PasswordScore = 0 | 1 | 2 | 3 | 4;
/** Why a password is refused: its length, the email's name in it, or how easily it is guessed. */
export type PasswordProblem = 'length' | 'contains-email' | 'guessable';

export interface PasswordVerdict {
  score: PasswordScore;
  problem: PasswordProblem | undefined;
  /** zxcvbn's feedback in English: what makes it guessable, and what would help. */
  warning: string | undefined;
  suggestions: string[];
}

/** What the person told us that a password should not be built from. */
export interface PasswordOwner {
  email: string;
  displayName?: string;
}

/** Judges one password for one person. */
export type PasswordJudge = (password: string, owner: PasswordOwner) => PasswordVerdict;

/** A language's word lists (zxcvbn-ts's `dictionary`), keyed by its language code: `{ nl: dutch.dictionary }`. */
export type LanguageDictionaries = Record<string, OptionsDictionary>;

/**
 * Every list by a name of its own: languages share list names (Dutch and German both have
 * `commonWords`), and zxcvbn keeps one list per name, so a plain merge would drop all but the last.
 */
export function nameListsByLanguage(languages: LanguageDictionaries): OptionsDictionary {
  return Object.fromEntries(
    Object.entries(languages).flatMap(([language, lists]) => Object.entries(lists).map(([name, words]) => [name.endsWith(`-${language}`) ? name : `${name}-${language}`, words])),
  );
}

/**
 * The one password rule, for the server (which refuses) and the web client (which shows strength
 * while typing): 10..128 characters, not containing the email's name, and a zxcvbn score of at least
 * 3 against the common and English dictionaries, the given languages' and the person's own email
 * and name. Feedback stays in English.
 */
export function createPasswordJudge(moreLanguages: LanguageDictionaries = {}): PasswordJudge {
  const estimator = new ZxcvbnFactory({
    translations,
    graphs: adjacencyGraphs,
    dictionary: { ...commonDictionary, ...englishDictionary, ...nameListsByLanguage(moreLanguages) },
  });
  return (password, owner) => {
    const localPart = owner.email.split('@')[0]?.toLowerCase() ?? '';
    const userInputs = [owner.email, localPart, ...localPart.split(/[._+-]+/), ...(owner.displayName?.split(/\s+/) ?? [])].filter((input) => input.length >= 3);
    // zxcvbn slows sharply with length; a prefix never scores higher than the whole, so this only errs on the safe side.
    const result = estimator.check(password.slice(0, ESTIMATED_LENGTH), userInputs);
    const verdict = { score: result.score, warning: result.feedback.warning ?? undefined, suggestions: result.feedback.suggestions };
    if (password.length < PASSWORD_MIN_LENGTH || password.length > PASSWORD_MAX_LENGTH) return { ...verdict, problem: 'length' };
    if (localPart.length >= 4 && password.toLowerCase().includes(localPart)) return { ...verdict, problem: 'contains-email' };
    return { ...verdict, problem: result.score < PASSWORD_MIN_SCORE ? 'guessable' : undefined };
  };
}

let englishJudge: PasswordJudge | undefined;
/** The rule with the common and English dictionaries only: what the web client shows while typing. */
export function judgePassword(password: string, owner: PasswordOwner): PasswordVerdict {
  englishJudge ??= createPasswordJudge();
  return englishJudge(password, owner);
}

/** The refusal in words, for the API's 400. */
export function describePasswordProblem(verdict: PasswordVerdict): string | undefined {
  switch (verdict.problem) {
    case undefined:
      return undefined;
    case 'length':
      return `password must be ${PASSWORD_MIN_LENGTH} to ${PASSWORD_MAX_LENGTH} characters long`;
    case 'contains-email':
      return 'password must not contain your email address';
    case 'guessable': {
      const why = verdict.warning === undefined || verdict.warning === '' ? 'it is too easy to guess' : verdict.warning.replace(/\.$/, '');
      const help = verdict.suggestions.length > 0 ? ` ${verdict.suggestions.join(' ')}` : ' Add more words or characters.';
      return `password is too weak: ${why}.${help}`;
    }
  }
}
