/**
 * Abusive-language matching over word lists in several languages.
 *
 * Terms are matched as whole tokens, never as substrings, which is what keeps
 * "Scunthorpe", "class" and "cocktail" clean. Both list terms and message text go
 * through the same normalisation (normalise.ts), so the lists can be written plainly.
 *
 * Cost: building the index is linear in the list sizes and happens once. Matching a
 * message is a handful of Map look-ups per token; only tokens containing "*" scan the
 * (small) bucket of same-length words.
 */
import { collapseRepeatedLetters, foldText, foldToken, hasAmbiguousOne, hasStretchedLetters, isAscii } from './normalise.js';
import { defaultWordLists, type WordList } from './word-lists.js';

export interface AbusiveMatch {
  /** The list term that matched, as written in the list. */
  readonly term: string;
  readonly language: string;
}

interface PhraseEntry extends AbusiveMatch {
  readonly tokens: readonly string[];
}

/** A whitespace-delimited chunk of folded text, split on punctuation inside it. */
export interface Chunk {
  readonly parts: readonly string[];
  /** The parts glued together: "f.u.c.k" → "fuck", "lul-de-behanger" → "luldebehanger". */
  readonly joined: string;
}

const WHITESPACE = /\s+/u;
/** Everything but letters, digits and the leetspeak/masking symbols separates parts. */
const PART_SEPARATORS = /[^\p{L}\p{N}@$*]+/u;
/** "sh!t": an exclamation mark between letters stands for an i. */
const BANG_BETWEEN_LETTERS = /(?<=\p{L})!(?=\p{L})/gu;
const HAS_LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;
const LETTERS = /\p{L}/gu;
const HAS_LETTER = /\p{L}/u;
const ARABIC = /\p{Script=Arabic}/u;
/** Only Latin or only Cyrillic letters: no leetspeak, mixed script or Arabic prefix to undo. */
const PLAIN_WORD = /^(?:[a-z]+|[\u0430-\u045f]+)$/u;
/** Arabic writes "the", "and", "with the" and the vocative "O ..." joined to the next word. */
const ARABIC_PREFIXES: readonly string[] = ['وال', 'بال', 'فال', 'كال', 'لل', 'ال', 'يا', 'و'];
const MIN_ARABIC_STEM_LENGTH = 2;
/** "f*ck" is recognisable; "f***" could be anything. */
const MIN_KNOWN_LETTERS_IN_MASKED_WORD = 2;
/** "f u c k": this many single letters in a row are read as one word. */
const MIN_SPACED_OUT_LETTERS = 3;

/** Chunks of folded text. Most messages are ASCII, and one pass over their code units does what the regexes do. */
export function splitIntoChunks(folded: string): Chunk[] {
  return isAscii(folded) ? splitAsciiIntoChunks(folded) : splitAnyIntoChunks(folded);
}

/** The general case: whitespace, then punctuation inside each chunk, by Unicode class. */
export function splitAnyIntoChunks(folded: string): Chunk[] {
  const chunks: Chunk[] = [];
  for (const raw of folded.split(WHITESPACE)) {
    const parts = raw
      .replace(BANG_BETWEEN_LETTERS, 'i')
      .split(PART_SEPARATORS)
      .filter((part) => part !== '');
    if (parts.length > 0) chunks.push({ parts, joined: parts.join('') });
  }
  return chunks;
}

const BANG = 0x21;

/** What `\s` matches among ASCII code units: tab, line feed, vertical tab, form feed, carriage return, space. */
function isAsciiWhitespace(code: number): boolean {
  return code === 0x20 || (code >= 0x09 && code <= 0x0d);
}

function isAsciiLetter(code: number): boolean {
  return (code >= 0x61 && code <= 0x7a) || (code >= 0x41 && code <= 0x5a);
}

/** What PART_SEPARATORS leaves in ASCII: letters, digits, "@", "$" and "*". */
function isAsciiPartChar(code: number): boolean {
  return isAsciiLetter(code) || (code >= 0x30 && code <= 0x39) || code === 0x40 || code === 0x24 || code === 0x2a;
}

/** `splitAnyIntoChunks` for ASCII text, without a regex or an intermediate array per chunk. */
export function splitAsciiIntoChunks(folded: string): Chunk[] {
  const chunks: Chunk[] = [];
  let parts: string[] = [];
  /** Where the current part's run of part characters began, or -1 between parts. */
  let runStart = -1;
  /** The current part before `runStart`, when a "!" inside it was read as an i. */
  let head = '';
  for (let i = 0; i <= folded.length; i += 1) {
    const code = i < folded.length ? folded.charCodeAt(i) : 0x20;
    if (isAsciiPartChar(code)) {
      if (runStart < 0) runStart = i;
      continue;
    }
    if (code === BANG && runStart >= 0 && isAsciiLetter(folded.charCodeAt(i - 1)) && isAsciiLetter(folded.charCodeAt(i + 1))) {
      head += folded.slice(runStart, i) + 'i';
      runStart = i + 1;
      continue;
    }
    if (runStart >= 0) {
      parts.push(head + folded.slice(runStart, i));
      head = '';
      runStart = -1;
    }
    if (isAsciiWhitespace(code) && parts.length > 0) {
      chunks.push({ parts, joined: parts.length === 1 ? parts[0] : parts.join('') });
      parts = [];
    }
  }
  return chunks;
}

/** How a list term looks after normalisation: one token per whitespace-separated chunk. */
function normaliseTerm(term: string): string[] {
  return splitIntoChunks(foldText(term)).map((chunk) => foldToken(chunk.joined));
}

/** Every token worth a single-word look-up: parts, glued parts, and spaced-out letters. */
function singleWordCandidates(chunks: readonly Chunk[]): string[] {
  const candidates: string[] = [];
  for (const chunk of chunks) {
    candidates.push(...chunk.parts);
    if (chunk.parts.length > 1) candidates.push(chunk.joined);
  }
  candidates.push(...spacedOutWords(chunks));
  return candidates;
}

function spacedOutWords(chunks: readonly Chunk[]): string[] {
  const words: string[] = [];
  let letters = '';
  for (const chunk of [...chunks, { parts: [], joined: '' }]) {
    if (chunk.joined.length === 1) {
      letters += chunk.joined;
      continue;
    }
    if (letters.length >= MIN_SPACED_OUT_LETTERS) words.push(letters);
    letters = '';
  }
  return words;
}

/** The normalised readings of a token: "1" may stand for i or for l. */
function readingsOf(token: string): string[] {
  const asI = foldToken(token, 'i');
  return hasAmbiguousOne(token) ? [asI, foldToken(token, 'l')] : [asI];
}

function countLetters(token: string): number {
  return token.match(LETTERS)?.length ?? 0;
}

function matchesMask(masked: string, word: string): boolean {
  for (let index = 0; index < masked.length; index++) {
    if (masked[index] !== '*' && masked[index] !== word[index]) return false;
  }
  return true;
}

export class AbusiveLanguageMatcher {
  private readonly words = new Map<string, AbusiveMatch>();
  /** Keyed by the word with repeated letters collapsed, for "fuuuuck". */
  private readonly wordsWithoutRepeats = new Map<string, AbusiveMatch>();
  private readonly wordsByLength = new Map<number, string[]>();
  private readonly phrasesByFirstToken = new Map<string, PhraseEntry[]>();
  /** Terms with no letters or digits at all (emoji), found by substring. */
  private readonly symbols: AbusiveMatch[] = [];

  constructor(lists: readonly WordList[]) {
    for (const list of lists) {
      for (const term of list.terms) this.add({ term, language: list.language });
    }
  }

  /** All distinct list terms found in `text`, in no particular order. */
  findAll(text: string): AbusiveMatch[] {
    const found = new Map<string, AbusiveMatch>();
    const remember = (match: AbusiveMatch | undefined): void => {
      if (match !== undefined && !found.has(match.term)) found.set(match.term, match);
    };
    for (const symbol of this.symbols) if (text.includes(symbol.term)) remember(symbol);

    const chunks = splitIntoChunks(foldText(text));
    for (const candidate of singleWordCandidates(chunks)) remember(this.lookUpWord(candidate));
    this.findPhrases(chunks.map((chunk) => foldToken(chunk.joined))).forEach(remember);
    return [...found.values()];
  }

  private add(entry: AbusiveMatch): void {
    if (!HAS_LETTER_OR_DIGIT.test(entry.term)) {
      this.symbols.push(entry);
      return;
    }
    const tokens = normaliseTerm(entry.term);
    // A list term that normalises to one letter (e.g. "s&m" → "s", "m") would match noise.
    if (tokens.join('').length < 2) return;
    if (tokens.length === 1) this.addWord(tokens[0] ?? '', entry);
    else this.addPhrase(tokens, entry);
  }

  private addWord(word: string, entry: AbusiveMatch): void {
    if (this.words.has(word)) return; // the earlier list keeps the language
    this.words.set(word, entry);
    const collapsed = collapseRepeatedLetters(word);
    if (!this.wordsWithoutRepeats.has(collapsed)) this.wordsWithoutRepeats.set(collapsed, entry);
    const sameLength = this.wordsByLength.get(word.length) ?? [];
    sameLength.push(word);
    this.wordsByLength.set(word.length, sameLength);
  }

  private addPhrase(tokens: readonly string[], entry: AbusiveMatch): void {
    const first = tokens[0] ?? '';
    const phrases = this.phrasesByFirstToken.get(first) ?? [];
    phrases.push({ ...entry, tokens });
    this.phrasesByFirstToken.set(first, phrases);
  }

  private lookUpWord(candidate: string): AbusiveMatch | undefined {
    // Fast path for the common case: nothing to undo in a plain one-script word.
    if (PLAIN_WORD.test(candidate)) return this.words.get(candidate) ?? this.lookUpStretched(candidate);
    if (!HAS_LETTER.test(candidate)) return undefined; // plain numbers are never words
    for (const token of readingsOf(candidate)) {
      const match =
        this.words.get(token) ??
        this.lookUpStretched(token) ??
        this.lookUpMasked(token) ??
        this.lookUpWithoutArabicPrefix(token);
      if (match !== undefined) return match;
    }
    return undefined;
  }

  private lookUpStretched(token: string): AbusiveMatch | undefined {
    return hasStretchedLetters(token) ? this.wordsWithoutRepeats.get(collapseRepeatedLetters(token)) : undefined;
  }

  private lookUpMasked(token: string): AbusiveMatch | undefined {
    if (!token.includes('*') || countLetters(token) < MIN_KNOWN_LETTERS_IN_MASKED_WORD) return undefined;
    const word = this.wordsByLength.get(token.length)?.find((candidate) => matchesMask(token, candidate));
    return word === undefined ? undefined : this.words.get(word);
  }

  private lookUpWithoutArabicPrefix(token: string): AbusiveMatch | undefined {
    if (!ARABIC.test(token)) return undefined;
    for (const prefix of ARABIC_PREFIXES) {
      const stem = token.slice(prefix.length);
      if (token.startsWith(prefix) && stem.length >= MIN_ARABIC_STEM_LENGTH) {
        const match = this.words.get(stem) ?? this.lookUpStretched(stem);
        if (match !== undefined) return match;
      }
    }
    return undefined;
  }

  private findPhrases(tokens: readonly string[]): AbusiveMatch[] {
    const matches: AbusiveMatch[] = [];
    tokens.forEach((token, start) => {
      for (const phrase of this.phrasesByFirstToken.get(token) ?? []) {
        if (phrase.tokens.every((expected, offset) => tokens[start + offset] === expected)) {
          matches.push({ term: phrase.term, language: phrase.language });
        }
      }
    });
    return matches;
  }
}

/** Built once at module load from the package lists and our own lists. */
const defaultMatcher = new AbusiveLanguageMatcher(defaultWordLists());

/** Abusive terms in `text`, using the default multi-language lists. */
export function findAbusiveLanguage(text: string): AbusiveMatch[] {
  return defaultMatcher.findAll(text);
}
