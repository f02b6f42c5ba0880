import {
  findContactDetails,
  findEmailAddresses,
  findMessengerContacts,
  findPhoneNumbers,
  findUrls,
} from './contact-details.js';

describe('findPhoneNumbers', () => {
  it.each([
    ['+31 6 12345678', '+31 6 12345678'],
    ['+380 67 123 4567', '+380 67 123 4567'],
    ['0031 6 12345678', '0031 6 12345678'],
    ['+44 (0)20 7946 0958', '+44 (0)20 7946 0958'],
    ['06-12345678', '06-12345678'],
    ['06 1234 5678', '06 1234 5678'],
    ['020 123 4567', '020 123 4567'],
    ['(020) 123-4567', '(020) 123-4567'],
    ['0612345678', '0612345678'],
    ['067 123 45 67', '067 123 45 67'],
    ['06/12345678', '06/12345678'],
    ['555 123 4567', '555 123 4567'],
    ['٠٦١٢٣٤٥٦٧٨', '0612345678'],
    ['tel:0612345678.', '0612345678'],
  ])('finds %s', (text, expected) => {
    expect(findPhoneNumbers(text)).toEqual([expected]);
  });

  it.each([
    '18:30',
    '18.30',
    '18:30-21:00',
    '18.30-21.00',
    '2026-12-01',
    '01/12/2026',
    '1.12.2026',
    '1998',
    '1998 2015',
    '2019-2021',
    '€12.50',
    '€ 1 250 000',
    '10-15 km',
    '10000-15000 people',
    '3 kids, 2 dogs',
    '1012 AB',
    '12345',
    '1234567',
    '+31 6 1234',
    '0612345678901234567',
    'room 101 102 103 104',
    '01.12 - 05.12.2026',
    '1/12-5/12',
  ])('ignores %s', (text) => {
    expect(findPhoneNumbers(text)).toEqual([]);
  });

  it('finds two numbers in one message', () => {
    expect(findPhoneNumbers('home 020 123 4567, mobile 06-12345678')).toEqual(['020 123 4567', '06-12345678']);
  });
});

describe('findEmailAddresses', () => {
  it.each([
    ['mail jan.smit+cg@example.co.uk please', 'jan.smit+cg@example.co.uk'],
    ['olena@ukr.net', 'olena@ukr.net'],
    ['jan (at) gmail (dot) com', 'jan (at) gmail (dot) com'],
    ['jan[at]hotmail.com', 'jan[at]hotmail.com'],
    ['jan at gmail dot com', 'jan at gmail dot com'],
    ['olena at ukr.net', 'olena at ukr.net'],
    ['jan apenstaartje ziggo punt nl', 'jan apenstaartje ziggo punt nl'],
    ['jan @ gmail . com', 'jan @ gmail . com'],
  ])('finds %s', (text, expected) => {
    expect(findEmailAddresses(text)).toEqual([expected]);
  });

  it.each(['I am at home. Then we walk', 'meet at noon.Then', 'find me at example.com', 'hello @jan', 'at 18.30'])(
    'ignores %s',
    (text) => {
      expect(findEmailAddresses(text)).toEqual([]);
    },
  );
});

describe('findUrls', () => {
  it.each([
    ['see https://example.com/page?id=3.', 'https://example.com/page?id=3'],
    ['http://localhost:3000/x', 'http://localhost:3000/x'],
    ['www.marktplaats.nl', 'www.marktplaats.nl'],
    ['(example.com/path)', 'example.com/path'],
    ['t.me/handle', 't.me/handle'],
    ['wa.me/31612345678', 'wa.me/31612345678'],
    ['bit.ly/3xYz', 'bit.ly/3xYz'],
    ['Visit Gemeente.Amsterdam.nl today', 'Gemeente.Amsterdam.nl'],
  ])('finds %s', (text, expected) => {
    expect(findUrls(text)).toEqual([expected]);
  });

  it.each(['e.g. this', 'i.e. that', '18.30', '3.5 km', 'noon.Then', 'Node.js', 'index.html', 'a.m. and p.m.'])(
    'ignores %s',
    (text) => {
      expect(findUrls(text)).toEqual([]);
    },
  );
});

describe('findMessengerContacts', () => {
  it.each([
    ['WhatsApp me on 06 1234 5678', 'whatsapp', '06 1234 5678'],
    ['whatsappen kan ook: 0612345678', 'whatsappen', '0612345678'],
    ['add me on telegram @jan_smit', 'telegram', '@jan_smit'],
    ['my insta: jan.smit99', 'insta', 'jan.smit99'],
    ['snapchat is jan_99', 'snapchat', 'jan_99'],
    ['Напиши у вайбер +380671234567', 'ваибер', '+380671234567'],
    ['телеграм @olena_k', 'телеграм', '@olena_k'],
    ['راسلني على الواتس 0612345678', 'الواتس', '0612345678'],
  ])('finds %s', (text, via, contact) => {
    expect(findMessengerContacts(text)).toEqual([{ via, contact }]);
  });

  it('finds each messenger named in one message, also when asked again', () => {
    const text = 'telegram @jan_smit, or insta: jan.smit99';
    const expected = [
      { via: 'telegram', contact: '@jan_smit' },
      { via: 'insta', contact: 'jan.smit99' },
    ];
    expect(findMessengerContacts(text)).toEqual(expected);
    expect(findMessengerContacts(text)).toEqual(expected);
  });

  it.each([
    "I don't use WhatsApp",
    'Do you have Telegram or Signal?',
    'my insta is great',
    'instant coffee, 0612345678',
    'Я не користуюся вайбером',
    'هل عندك واتساب؟',
    'the signal was weak at 18:30',
    'hello @everyone, the WhatsApp group is nice',
    '@jan_smit, do you use telegram?',
  ])('ignores %s', (text) => {
    expect(findMessengerContacts(text)).toEqual([]);
  });
});

describe('findContactDetails', () => {
  it('reports one detail once: an e-mail is not also a URL, a URL not also a phone number', () => {
    expect(findContactDetails('jan@example.com and wa.me/31612345678')).toEqual([
      { kind: 'email', text: 'jan@example.com' },
      { kind: 'url', text: 'wa.me/31612345678' },
    ]);
  });

  it('reports a messenger contact next to the phone number it contains', () => {
    expect(findContactDetails('viber: 0671234567')).toEqual([
      { kind: 'phone', text: '0671234567' },
      { kind: 'messenger', text: '0671234567', via: 'viber' },
    ]);
  });

  it('finds nothing in an ordinary message', () => {
    expect(findContactDetails('Zullen we zaterdag om 14:30 afspreken bij het station? Het kost €12.50.')).toEqual([]);
  });
});
