import { normalisePlaceName } from './normalise-place-name.js';

describe('normalisePlaceName', () => {
  it.each([
    ['Zürich', 'zurich'],
    ['ZURICH', 'zurich'],
    ['São Paulo', 'sao paulo'],
    ['Gießen', 'giessen'],
    ['Łódź', 'lodz'],
    ['Diyarbakır', 'diyarbakir'],
    ['İzmir', 'izmir'],
    ['Tromsø', 'tromso'],
    ['Æbeltoft', 'aebeltoft'],
    ['Œuilly', 'oeuilly'],
    ['Đà Nẵng', 'da nang'],
    ['Þorlákshöfn', 'thorlakshofn'],
    ["'s-Hertogenbosch", 's hertogenbosch'],
    ['Norabats’', 'norabats'],
    ['St. Gallen', 'st gallen'],
    ['  Den   Haag ', 'den haag'],
  ])('folds %j to %j', (input, expected) => {
    expect(normalisePlaceName(input)).toBe(expected);
  });

  it('folds whitespace and punctuation only to the empty string', () => {
    expect(normalisePlaceName('  \t ')).toBe('');
    expect(normalisePlaceName(' - ')).toBe('');
  });
});
