import { maskDigits, maskEmail, maskHandle, maskMessengerContact, maskTerm, maskUrl } from './mask.js';

describe('masking what was detected', () => {
  it.each([
    ['fuck', 'f**k'],
    ['ass', 'a**'],
    ['sale con', 's**e c**'],
    ['сука', 'с**а'],
    ['🖕', '🖕'],
  ])('term %s → %s', (term, expected) => {
    expect(maskTerm(term)).toBe(expected);
  });

  it.each([
    ['+31 6 12345678', '+31 * ******78'],
    ['0612345678', '06******78'],
    ['(020) 123-4567', '(02*) ***-**67'],
  ])('phone %s → %s', (phone, expected) => {
    expect(maskDigits(phone)).toBe(expected);
  });

  it.each([
    ['jan.smit@example.com', 'j***@example.com'],
    ['jan (at) gmail (dot) com', 'j***'],
  ])('e-mail %s → %s', (address, expected) => {
    expect(maskEmail(address)).toBe(expected);
  });

  it.each([
    ['t.me/janhandle', 't.me/j***'],
    ['https://example.com/some/page', 'https://example.com/s***'],
    ['www.marktplaats.nl', 'www.marktplaats.nl'],
    ['example.com/', 'example.com'],
  ])('URL %s → %s', (url, expected) => {
    expect(maskUrl(url)).toBe(expected);
  });

  it('handles and messenger contacts', () => {
    expect(maskHandle('@jan_smit')).toBe('@j***');
    expect(maskMessengerContact('whatsapp', '06 1234 5678')).toBe('whatsapp 06 **** **78');
    expect(maskMessengerContact('insta', 'jan.smit99')).toBe('insta j***');
  });
});
