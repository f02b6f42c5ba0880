import { isInterestCode, listInterests } from './interests.js';

describe('interests', () => {
  const interests = listInterests();

  it('offers about forty interests with unique kebab-case codes and unique labels', () => {
    expect(interests.length).toBeGreaterThanOrEqual(35);
    expect(interests.length).toBeLessThanOrEqual(50);
    expect(interests.every(({ code }) => /^[a-z]+(-[a-z]+)*$/.test(code))).toBe(true);
    expect(new Set(interests.map(({ code }) => code)).size).toBe(interests.length);
    expect(new Set(interests.map(({ label }) => label)).size).toBe(interests.length);
  });

  it('keeps the codes that profiles already store', () => {
    // Codes are stable forever: this list may only grow.
    for (const code of ['cooking', 'walking', 'gardening', 'football', 'crafts', 'music', 'children-and-parenting', 'language-practice', 'faith-and-traditions', 'volunteering']) {
      expect(isInterestCode(code)).toBe(true);
    }
  });

  it.each(['', 'Cooking', 'politics', 'cooking ', 'board_games'])('rejects %j', (code) => {
    expect(isInterestCode(code)).toBe(false);
  });

  it('hands out copies', () => {
    listInterests()[0].label = 'changed';
    expect(listInterests()[0].label).not.toBe('changed');
  });
});
