/**
 * Malformed request bodies and socket payloads derived from an OpenAPI schema, for the fuzz test.
 * Every case is wrong in exactly one place (the rest is a plausible body built from the schema), so
 * a case that is not refused points at the one check that let it through. Random choices come
 * from a seeded generator: the same seed sends the same requests.
 */

/** The parts of an OpenAPI schema object the generator reads. */
export interface Schema {
  $ref?: string;
  type?: string;
  format?: string;
  enum?: unknown[];
  nullable?: boolean;
  example?: unknown;
  minimum?: number;
  items?: Schema;
  properties?: Record<string, Schema>;
  required?: string[];
}

export type Components = Record<string, Schema>;

/** One malformed input: its JSON text and the status a correct server answers it with. */
export interface FuzzCase {
  label: string;
  json: string;
  expected: 400 | 413;
}

type Path = Array<string | number>;

/** mulberry32: small, fast and good enough to pick cases reproducibly. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let mixed = Math.imul(state ^ (state >>> 15), 1 | state);
    mixed = (mixed + Math.imul(mixed ^ (mixed >>> 7), 61 | mixed)) ^ mixed;
    return ((mixed ^ (mixed >>> 14)) >>> 0) / 4_294_967_296;
  };
}

export function seededUuid(random: () => number): string {
  const hex = Array.from({ length: 32 }, () => Math.floor(random() * 16).toString(16));
  hex[12] = '4';
  hex[16] = '89ab'[Math.floor(random() * 4)] ?? '8';
  const text = hex.join('');
  return `${text.slice(0, 8)}-${text.slice(8, 12)}-${text.slice(12, 16)}-${text.slice(16, 20)}-${text.slice(20)}`;
}

const pick = <T>(random: () => number, items: readonly T[]): T => items[Math.floor(random() * items.length)];

function insertedAtRandom(random: () => number, around: string, inserted: string): string {
  const position = Math.floor(random() * (around.length + 1));
  return around.slice(0, position) + inserted + around.slice(position);
}

/** `around` with U+0000 somewhere, which PostgreSQL text cannot hold. */
export function withNul(random: () => number, around = 'text'): string {
  return insertedAtRandom(random, around, '\u0000');
}

/** `around` with an unpaired surrogate somewhere (high, low, or a pair in the wrong order), which UTF-8 cannot hold. */
export function withLoneSurrogate(random: () => number, around = 'text'): string {
  return insertedAtRandom(random, around, pick(random, ['\uD800', '\uDBFF', '\uDC00', '\uDFFF', '\uDE00\uD83D']));
}

/** `levels` arrays or objects deep, as JSON text: JSON.stringify itself overflows long before. */
export function deepJson(levels: number, random: () => number): string {
  return random() < 0.5 ? `${'['.repeat(levels)}1${']'.repeat(levels)}` : `${'{"a":'.repeat(levels)}1${'}'.repeat(levels)}`;
}

export function resolve(schema: Schema, components: Components): Schema {
  if (schema.$ref === undefined) return schema;
  const target = components[schema.$ref.split('/').pop() ?? ''];
  if (target === undefined) throw new Error(`unknown schema ${schema.$ref}`);
  return resolve(target, components);
}

/** A plausible value of the schema: what a client would send. */
export function sampleOf(schema: Schema, components: Components, random: () => number): unknown {
  const resolved = resolve(schema, components);
  if (resolved.enum !== undefined && resolved.enum.length > 0) return resolved.enum[0];
  if (resolved.example !== undefined) return resolved.example;
  if (resolved.properties !== undefined) {
    return Object.fromEntries(Object.entries(resolved.properties).map(([key, property]) => [key, sampleOf(property, components, random)]));
  }
  const kind = kindOf(resolved);
  if (kind === 'array') return resolved.items === undefined ? [] : [sampleOf(resolved.items, components, random)];
  if (kind === 'number') return resolved.minimum ?? 1;
  if (kind === 'boolean') return false;
  if (resolved.format === 'uuid') return seededUuid(random);
  if (resolved.format === 'email') return 'fuzz@example.org';
  return 'text';
}

interface Leaf {
  path: Path;
  schema: Schema;
  /** Null is absent for an optional property (class-validator's IsOptional), so only a required one refuses it. */
  required: boolean;
}

/** Every property of the body, nested ones included (through the first element of each list). */
function leavesOf(schema: Schema, components: Components, path: Path = [], required = true): Leaf[] {
  const resolved = resolve(schema, components);
  const leaves: Leaf[] = path.length === 0 ? [] : [{ path, schema: resolved, required }];
  if (resolved.properties !== undefined) {
    for (const [key, property] of Object.entries(resolved.properties)) leaves.push(...leavesOf(property, components, [...path, key], resolved.required?.includes(key) ?? false));
  } else if (resolved.type === 'array' && resolved.items !== undefined) {
    leaves.push(...leavesOf(resolved.items, components, [...path, 0], true));
  }
  return leaves;
}

type Kind = 'string' | 'number' | 'boolean' | 'array' | 'object';
const KINDS: readonly Kind[] = ['string', 'number', 'boolean', 'array', 'object'];

function kindOf(schema: Schema): Kind {
  if (schema.properties !== undefined) return 'object';
  if (schema.type === 'integer') return 'number';
  if (schema.type === 'number' || schema.type === 'boolean' || schema.type === 'array') return schema.type;
  return 'string';
}

/**
 * Values of other JSON types than the property's. Text that only looks like another type ("7",
 * "true") is wrong for numbers and booleans only: a text property may well take it.
 */
const WRONG_TYPES: Record<Kind, Array<[string, unknown]>> = {
  string: [['a number', 42], ['a boolean', true], ['an empty list', []], ['a list of text', ['x']], ['an object', { value: 'x' }], ['an empty object', {}]],
  number: [['numeric text', '7'], ['a boolean', true], ['a list of a number', [1]], ['an object', { value: 1 }], ['a fraction as text', '1.5']],
  boolean: [['boolean text', 'true'], ['the number 1', 1], ['the number 0', 0], ['a list', [true]], ['an object', { value: true }]],
  array: [['text', 'x'], ['a number', 1], ['a boolean', true], ['an object', { 0: 'x' }], ['a list holding a list', [[]]], ['a list holding null', [null]]],
  object: [['text', 'x'], ['a number', 1], ['a boolean', true], ['a list', [{}]]],
};

function wrongTypes({ schema, required }: Leaf, components: Components): Array<[string, unknown]> {
  const kind = kindOf(schema);
  const wrong = [...WRONG_TYPES[kind]];
  if (required && schema.nullable !== true) wrong.push(['null', null]);
  if (kind === 'array') {
    const items = schema.items === undefined ? undefined : resolve(schema.items, components);
    wrong.push(items !== undefined && kindOf(items) === 'object' ? ['a list holding text', ['x']] : ['a list holding an object', [{}]]);
  }
  return wrong;
}

/** A random JSON value of another kind than `kind`, or text with NUL or a lone surrogate (wrong for every kind). */
function randomWrongValue(kind: Kind, random: () => number, depth = 0): unknown {
  const anything = (): unknown => (depth < 3 ? randomWrongValue(pick(random, KINDS), random, depth + 1) : null);
  const makers: Record<Kind, () => unknown> = {
    string: () => (random() < 0.5 ? withNul : withLoneSurrogate)(random, Math.floor(random() * 1e9).toString(36)),
    number: () => pick(random, [0, -1, 1e21, -0.5, 2 ** 53, Math.floor(random() * 1e9)]),
    boolean: () => random() < 0.5,
    array: () => Array.from({ length: Math.floor(random() * 3) }, anything),
    object: () => ({ [`k${Math.floor(random() * 100)}`]: anything() }),
  };
  return makers[pick(random, KINDS.filter((other) => other !== kind || other === 'string'))]();
}

function withValueAt(base: unknown, path: Path, value: unknown): unknown {
  const copy = structuredClone(base) as Record<string | number, unknown>;
  let parent = copy;
  for (const segment of path.slice(0, -1)) parent = parent[segment] as Record<string | number, unknown>;
  parent[path[path.length - 1]] = value;
  return copy;
}

/** The base with an own `key` (as JSON.parse makes one, `__proto__` included) in the object at `path`. */
function withOwnKeyAt(base: unknown, path: Path, key: string, value: unknown): unknown {
  const copy = structuredClone(base) as Record<string | number, unknown>;
  let target = copy;
  for (const segment of path) target = target[segment] as Record<string | number, unknown>;
  Object.defineProperty(target, key, { value, enumerable: true, configurable: true, writable: true });
  return copy;
}

const DEEP_MARKER = 'deep-value-marker';

/** Every malformed variant of a body with this schema; `random` varies the text and junk values. */
export function malformedBodies(schema: Schema, components: Components, random: () => number, deepLevels = 5000): FuzzCase[] {
  const base = sampleOf(schema, components, random);
  const json = (value: unknown): string => JSON.stringify(value);
  const cases: FuzzCase[] = [
    { label: 'null instead of an object', json: 'null', expected: 400 },
    { label: 'text instead of an object', json: '"text"', expected: 400 },
    { label: 'a number instead of an object', json: '42', expected: 400 },
    { label: 'a list holding the body', json: json([base]), expected: 400 },
    { label: 'an empty list', json: '[]', expected: 400 },
    { label: 'broken JSON', json: json(base).slice(0, -1), expected: 400 },
    { label: 'an unknown field', json: json({ ...(base as object), unexpectedField: 1 }), expected: 400 },
    { label: `nesting ${deepLevels} levels deep`, json: json({ ...(base as object), nested: DEEP_MARKER }).replace(`"${DEEP_MARKER}"`, deepJson(deepLevels, random)), expected: 400 },
  ];
  for (const key of ['__proto__', 'constructor', 'prototype']) {
    cases.push({ label: `a "${key}" key`, json: json(withOwnKeyAt(base, [], key, { admin: true })), expected: 400 });
  }
  const leaves = leavesOf(schema, components);
  for (const leaf of leaves) {
    const { path } = leaf;
    const name = path.join('.');
    const kind = kindOf(leaf.schema);
    for (const [label, value] of wrongTypes(leaf, components)) cases.push({ label: `${name} as ${label}`, json: json(withValueAt(base, path, value)), expected: 400 });
    for (let round = 0; round < 3; round += 1) {
      cases.push({ label: `${name} as random junk #${round}`, json: json(withValueAt(base, path, randomWrongValue(kind, random))), expected: 400 });
    }
    if (kind === 'object') {
      for (const key of ['__proto__', 'constructor']) cases.push({ label: `a "${key}" key in ${name}`, json: json(withOwnKeyAt(base, path, key, 1)), expected: 400 });
    }
    if (kind === 'string') {
      const sample = sampleOf(leaf.schema, components, random);
      const text = typeof sample === 'string' ? sample : 'text';
      cases.push({ label: `NUL in ${name}`, json: json(withValueAt(base, path, withNul(random, text))), expected: 400 });
      cases.push({ label: `a lone surrogate in ${name}`, json: json(withValueAt(base, path, withLoneSurrogate(random, text))), expected: 400 });
      cases.push({ label: `90 kB of text in ${name}`, json: json(withValueAt(base, path, 'x'.repeat(90_000))), expected: 400 });
      const key = path[path.length - 1];
      if (typeof key === 'string') cases.push({ label: `NUL in the name ${name}`, json: json(withOwnKeyAt(base, path.slice(0, -1), `${key}\u0000`, text)), expected: 400 });
    }
  }
  const firstText = leaves.find((leaf) => kindOf(leaf.schema) === 'string');
  if (firstText !== undefined) {
    cases.push({ label: `1 MB of text in ${firstText.path.join('.')}`, json: json(withValueAt(base, firstText.path, 'x'.repeat(1_000_000))), expected: 413 });
  }
  return cases;
}

/** What every route refuses, bodies it never reads included. */
export function malformedAnywhere(random: () => number, deepLevels = 5000): FuzzCase[] {
  return [
    { label: 'NUL in a field', json: JSON.stringify({ note: withNul(random) }), expected: 400 },
    { label: 'a lone surrogate in a field', json: JSON.stringify({ note: withLoneSurrogate(random) }), expected: 400 },
    { label: 'a "__proto__" key', json: '{"__proto__": {"admin": true}}', expected: 400 },
    { label: 'a "constructor" key', json: '{"constructor": {"prototype": {}}}', expected: 400 },
    { label: `nesting ${deepLevels} levels deep`, json: `{"a": ${deepJson(deepLevels, random)}}`, expected: 400 },
  ];
}
