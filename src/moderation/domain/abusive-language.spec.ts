import { AbusiveLanguageMatcher, findAbusiveLanguage, splitAnyIntoChunks, splitAsciiIntoChunks, splitIntoChunks } from './abusive-language.js';
import type { WordList } from './word-lists.js';

function termsIn(text: string): string[] {
  return findAbusiveLanguage(text).map((match) => match.term);
}

describe('findAbusiveLanguage', () => {
  it.each([
    ['you fucking idiot', 'fucking', 'en'],
    ['FUCK', 'fuck', 'en'],
    ['fuuuuuck', 'fuck', 'en'],
    ['asssshole', 'asshole', 'en'],
    ['f.u.c.k', 'fuck', 'en'],
    ['f-u-c-k', 'fuck', 'en'],
    ['f u c k', 'fuck', 'en'],
    ['sh1t', 'shit', 'en'],
    ['$hit', 'shit', 'en'],
    ['b!tch', 'bitch', 'en'],
    ['@sshole', 'asshole', 'en'],
    ['f*cking', 'fucking', 'en'],
    ['klootzak', 'klootzak', 'nl'],
    ['kloooootzak', 'klootzak', 'nl'],
    ['1ul', 'lul', 'nl'],
    ['enculé', 'enculé', 'fr'],
    ['ENCULE', 'enculé', 'fr'],
    ['شرموطة', 'شرموطة', 'ar'],
    ['شرموطه', 'شرموطة', 'ar'],
    ['الشرموطة', 'شرموطة', 'ar'],
    ['خـــول', 'خول', 'ar'],
    ['сука', 'сука', 'uk'],
    ['СУКА', 'сука', 'uk'],
    ['їбаний', 'їбаний', 'uk'],
    ['йобаний', 'йобаний', 'uk'],
    ['xуйло', 'хуйло', 'uk'],
    ['ебать', 'ебать', 'ru'],
  ])('%s → %s (%s)', (text, term, language) => {
    expect(findAbusiveLanguage(text)).toContainEqual({ term, language });
  });

  it.each([
    ['sale con', 'sale con'],
    ['ta gueule', 'ta gueule'],
    ['rot op', 'rot op'],
    ['кос омак', undefined],
    ['kos omak', 'kos omak'],
    ['пішов нахуй', 'пішов нахуй'],
    ['suka blyat', 'suka blyat'],
  ])('matches the phrase %s', (text, term) => {
    if (term === undefined) expect(termsIn(text)).toEqual([]);
    else expect(termsIn(text)).toContain(term);
  });

  it.each([
    'Scunthorpe',
    'class',
    'assistant',
    'Dickens',
    'analysis',
    'cocktail',
    'grape',
    'therapist',
    'shitake',
    'passion',
    'bass',
    'aas',
    'Cockburn',
    'cum laude',
    'het is jouw beurt',
    'de hond uitlaten',
    'un baiser',
    'cul-de-sac',
    'chili con carne',
    'Danke bitte',
    'a bite to eat',
    'gruyère râpé',
    'سرطان الثدي',
    'فرج',
    'Привіт',
    'f***', // too little left to tell which word it was
    '1998',
  ])('leaves %s alone', (text) => {
    expect(termsIn(text)).toEqual([]);
  });

  it('reports each term once', () => {
    expect(termsIn('fuck fuck FUCK')).toEqual(['fuck']);
  });

  it('matches the middle-finger emoji from the package list', () => {
    expect(termsIn('🖕🏻')).toEqual(['🖕']);
  });
});

describe('AbusiveLanguageMatcher', () => {
  const lists: WordList[] = [
    { language: 'xx', source: 'test', terms: ['flarn', 'big flarn', 'aa'] },
    { language: 'yy', source: 'test', terms: ['flarn', 'zorp'] },
  ];
  const matcher = new AbusiveLanguageMatcher(lists);

  it('takes any list in the common shape, package or ours', () => {
    expect(matcher.findAll('you zorp')).toEqual([{ term: 'zorp', language: 'yy' }]);
  });

  it('lets the first list that has a term name its language', () => {
    expect(matcher.findAll('flarn')).toEqual([{ term: 'flarn', language: 'xx' }]);
  });

  it('matches phrases on whole tokens only', () => {
    expect(matcher.findAll('a big flarn')).toContainEqual({ term: 'big flarn', language: 'xx' });
    expect(matcher.findAll('bigflarns')).toEqual([]);
  });
});

describe('splitting folded text into chunks', () => {
  /** A small deterministic generator, so a failure names a text that can be replayed. */
  function* randomTexts(count: number, alphabet: string): Generator<string> {
    let state = 20261128;
    const next = (n: number): number => {
      state = (Math.imul(state, 1103515245) + 12345) >>> 0;
      return state % n;
    };
    for (let i = 0; i < count; i += 1) {
      let text = '';
      for (let length = next(24); length > 0; length -= 1) text += alphabet[next(alphabet.length)];
      yield text;
    }
  }

  it('reads ASCII text in one pass exactly as the Unicode-class regexes do', () => {
    // Letters, digits, the kept symbols, "!" (an i between letters), separators and every ASCII space.
    const alphabet = 'abZ19@$*!!.,-_:/()\'"?#&+=~^%|<>[]{} \t\n\r\v\f\u001c\u007f';
    let compared = 0;
    for (const text of randomTexts(20000, alphabet)) {
      expect({ text, chunks: splitAsciiIntoChunks(text) }).toEqual({ text, chunks: splitAnyIntoChunks(text) });
      compared += 1;
    }
    expect(compared).toBe(20000);
  });

  it.each([
    ['b!tch', [{ parts: ['bitch'], joined: 'bitch' }]],
    ['a!b!c !x y! !!', [{ parts: ['aibic'], joined: 'aibic' }, { parts: ['x'], joined: 'x' }, { parts: ['y'], joined: 'y' }]],
    ['f.u.c.k  lul-de-behanger', [{ parts: ['f', 'u', 'c', 'k'], joined: 'fuck' }, { parts: ['lul', 'de', 'behanger'], joined: 'luldebehanger' }]],
    ['', []],
    [' \t ... ', []],
  ])('splits %j', (text, chunks) => {
    expect(splitAsciiIntoChunks(text)).toEqual(chunks);
    expect(splitIntoChunks(text)).toEqual(chunks);
  });

  it('takes the Unicode path for text outside ASCII', () => {
    expect(splitIntoChunks('schöne grüße\u00a0aus köln')).toEqual(splitAnyIntoChunks('schöne grüße\u00a0aus köln'));
    expect(splitIntoChunks('a\u00a0b')).toEqual([{ parts: ['a'], joined: 'a' }, { parts: ['b'], joined: 'b' }]);
  });
});
