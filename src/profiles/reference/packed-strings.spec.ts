import { PackedStrings } from './packed-strings.js';

describe('PackedStrings', () => {
  const strings = ['amsterdam', '', 'a', 'zürich', 'ab', 'abc', '東京', 'a'];
  const packed = new PackedStrings(strings);

  it('gives each string back', () => {
    expect(packed.length).toBe(strings.length);
    expect(strings.map((_, i) => packed.at(i))).toEqual(strings);
    expect(new PackedStrings([]).length).toBe(0);
  });

  it('answers startsWith, equals and compare as the strings themselves would', () => {
    const probes = ['', 'a', 'ab', 'abc', 'abcd', 'am', 'amsterdam', 'amsterdamm', 'z', 'zü', 'zu', '東', '東京', 'b'];
    for (const [i, string] of strings.entries()) {
      for (const probe of probes) {
        expect([i, probe, packed.startsWith(i, probe)]).toEqual([i, probe, string.startsWith(probe)]);
        expect([i, probe, packed.equals(i, probe)]).toEqual([i, probe, string === probe]);
        expect([i, probe, Math.sign(packed.compare(i, probe))]).toEqual([i, probe, string < probe ? -1 : string > probe ? 1 : 0]);
      }
    }
  });
});
