import { jest } from '@jest/globals';
import { ValidationPipe, type ArgumentMetadata, type Type } from '@nestjs/common';
import { Expose, plainToInstance, Transform, Type as TransformType } from 'class-transformer';
import { Equals, IsDate, IsEmail, IsIn, IsNotEmpty, IsOptional, IsString, Matches, MaxLength } from 'class-validator';
import { randomUUID } from 'node:crypto';
import { JoinDto, ReadDto, SendDto, TypingDto } from '../chat/dto/chat-payloads.dto.js';
import { MessageHistoryQuery } from '../chat/dto/message.view.js';
import { DeclineMatchDto } from '../matches/dto/match-actions.dto.js';
import { CreateMeetupDto, MeetupSlotsQueryDto } from '../meetups/dto/meetup-input.dto.js';
import { CreateReportDto } from '../moderation/dto/report.dto.js';
import { ProfileInputDto } from '../profiles/dto/profile-input.dto.js';
import { ContractValidationPipe, flatInstanceBuilder, VALIDATION_OPTIONS } from './validation.js';

const trim = ({ value }: { value: unknown }): unknown => (typeof value === 'string' ? value.trim() : value);

/** Common sits below auth, so sign-up's validators (email, one-of, equals, pattern, optional) come in a DTO of the test's own. */
class AccountFormDto {
  @Transform(trim) @IsEmail({}, { message: 'email must be an email address' }) @MaxLength(254) email!: string;
  @IsString() @MaxLength(1024) password!: string;
  @Transform(trim) @IsString() @IsNotEmpty() @MaxLength(80) displayName!: string;
  @IsIn(['migrant', 'host'], { message: 'role must be "migrant" or "host"' }) role!: 'migrant' | 'host';
  @Equals(true, { message: 'acceptTerms must be true' }) acceptTerms!: true;
  @IsOptional() @IsString() @Matches(/^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/, { message: 'locale must be a language tag' }) locale?: string;
}

/** Each DTO with one payload it accepts; the variants below are derived from it. */
const CASES: Array<{ dto: Type<unknown>; type: ArgumentMetadata['type']; valid: Record<string, unknown> }> = [
  { dto: SendDto, type: 'body', valid: { matchId: randomUUID(), clientId: randomUUID(), body: '  hello there  ' } },
  { dto: JoinDto, type: 'body', valid: { matchId: randomUUID(), afterSeq: 3 } },
  { dto: ReadDto, type: 'body', valid: { matchId: randomUUID(), seq: 7 } },
  { dto: TypingDto, type: 'body', valid: { matchId: randomUUID() } },
  { dto: DeclineMatchDto, type: 'body', valid: { note: '  not now ' } },
  { dto: CreateReportDto, type: 'body', valid: { messageId: randomUUID(), reason: 'spam', details: ' ads ' } },
  { dto: AccountFormDto, type: 'body', valid: { email: ' ana@example.org ', password: 'Correct-Horse-7', displayName: ' Ana ', role: 'migrant', acceptTerms: true } },
  { dto: CreateMeetupDto, type: 'body', valid: { startsAt: '2030-01-02T10:00:00.000Z', durationMinutes: 60, place: ' Library ', online: false } },
  { dto: MessageHistoryQuery, type: 'query', valid: { afterSeq: '4', limit: '20' } },
  { dto: MeetupSlotsQueryDto, type: 'query', valid: { from: '2030-01-02T10:00:00Z', durationMinutes: '60' } },
];

/** Values each property is also tried with: wrong types, edges, injections. */
const ODD_VALUES: unknown[] = [
  undefined, null, '', ' ', '   \n', 'x', 'x'.repeat(4001), '\u0000', '<b>hi</b>', 0, -1, 1, 1.5, 2 ** 31, Number.NaN, Infinity,
  true, false, '7', '-1', '1e3', randomUUID(), 'not-a-uuid', '2030-01-02T10:00:00Z', 'spam', 'migrant', {}, [], ['a'], { nested: 1 },
];

function variantsOf(valid: Record<string, unknown>): unknown[] {
  const variants: unknown[] = [valid, { ...valid, unknown: 1 }, { ...valid, constructor: 'x' }, JSON.parse(`{"__proto__": {"admin": true}, ${JSON.stringify(valid).slice(1)}`), null, undefined, 'text', [valid], {}];
  for (const key of Object.keys(valid)) {
    const { [key]: _dropped, ...without } = valid;
    variants.push(without);
    for (const odd of ODD_VALUES) variants.push({ ...valid, [key]: odd });
  }
  return variants;
}

/** A fresh copy for each pipe (both may change what they are given), keeping own `__proto__` keys. */
function copy(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(copy);
  if (typeof value === 'object' && value !== null) return Object.fromEntries(Object.entries(value).map(([key, field]) => [key, copy(field)]));
  return value;
}

type Outcome = { accepted: unknown; constructor?: unknown } | { refused: unknown };

async function outcome(pipe: ValidationPipe, value: unknown, metadata: ArgumentMetadata): Promise<Outcome> {
  try {
    const accepted = await pipe.transform(copy(value), metadata);
    return { accepted, constructor: (accepted as object | null)?.constructor };
  } catch (error) {
    return { refused: (error as { getResponse?: () => unknown }).getResponse?.() ?? String(error) };
  }
}

describe('ContractValidationPipe', () => {
  const fast = new ContractValidationPipe(VALIDATION_OPTIONS);
  const full = new ValidationPipe(VALIDATION_OPTIONS);

  it.each(CASES.map((testCase) => [testCase.dto.name, testCase] as const))('answers every variant of a %s payload exactly as the full ValidationPipe', async (_name, { dto, type, valid }) => {
    const metadata: ArgumentMetadata = { type, metatype: dto, data: '' };
    let accepted = 0;
    for (const variant of variantsOf(valid)) {
      const [mine, nests] = [await outcome(fast, variant, metadata), await outcome(full, variant, metadata)];
      expect({ variant, outcome: mine }).toStrictEqual({ variant, outcome: nests });
      if ('accepted' in mine) accepted += 1;
    }
    // The valid payload and its harmless variants pass, so the comparison covered the fast path.
    expect(accepted).toBeGreaterThan(1);
  });

  it.each(CASES.map((testCase) => [testCase.dto.name, testCase] as const))('builds a flat %s payload into the very instance plainToInstance builds', (_name, { dto, valid }) => {
    const build = flatInstanceBuilder(dto, new Set(Object.keys(valid)), VALIDATION_OPTIONS.transformOptions);
    // MessageHistoryQuery's numbers come through @Type(() => Number), which the builder leaves to plainToInstance.
    expect(build === null).toBe(dto === MessageHistoryQuery);
    if (build === null) return;
    let built = 0;
    for (const variant of variantsOf(valid)) {
      if (typeof variant !== 'object' || variant === null || Array.isArray(variant) || Object.values(variant).some((field) => typeof field === 'object' && field !== null)) continue;
      const mine = build(copy(variant) as Record<string, unknown>);
      if (mine === undefined) continue;
      built += 1;
      const theirs: unknown = plainToInstance(dto, copy(variant), VALIDATION_OPTIONS.transformOptions);
      expect({ variant, instance: mine, constructor: mine.constructor }).toStrictEqual({ variant, instance: theirs, constructor: (theirs as object).constructor });
    }
    expect(built).toBeGreaterThan(1);
  });

  it('leaves DTOs and options it does not mirror to plainToInstance', () => {
    class Grouped {
      @Transform(({ value }: { value: unknown }) => value, { groups: ['staff'] }) @IsString() note!: string;
    }
    class Typed {
      @TransformType(() => Date) @IsDate() at!: Date;
    }
    class Exposed {
      @Expose({ name: 'n' }) @IsString() name!: string;
    }
    class WithGetter {
      @IsString() label!: string;
      get shout(): string {
        return this.label.toUpperCase();
      }
    }
    const options = VALIDATION_OPTIONS.transformOptions;
    expect(flatInstanceBuilder(Grouped, new Set(['note']), options)).not.toBeNull(); // a grouped transform is skipped, as plainToInstance skips it
    expect(flatInstanceBuilder(Grouped, new Set(['note']), { ...options, groups: ['staff'] })).toBeNull();
    expect(flatInstanceBuilder(Typed, new Set(['at']), options)).toBeNull();
    expect(flatInstanceBuilder(Exposed, new Set(['name']), options)).toBeNull();
    expect(flatInstanceBuilder(WithGetter, new Set(['label', 'shout']), options)).toBeNull();
    expect(flatInstanceBuilder(SendDto, new Set(['matchId', 'clientId', 'body']), { ...options, enableImplicitConversion: true })).toBeNull();
  });

  it('decides flat chat payloads without the full pipe, and leaves failures and nested DTOs to it', async () => {
    const fullPath = jest.spyOn(ValidationPipe.prototype, 'transform');
    const body: ArgumentMetadata = { type: 'body', metatype: SendDto, data: '' };
    const sent = await fast.transform({ matchId: randomUUID(), clientId: randomUUID(), body: ' hi ' }, body);
    expect(sent).toBeInstanceOf(SendDto);
    expect(sent).toMatchObject({ body: 'hi' });
    expect(fullPath).not.toHaveBeenCalled();

    await expect(fast.transform({ matchId: 'nope', clientId: randomUUID(), body: 'hi' }, body)).rejects.toThrow();
    expect(fullPath).toHaveBeenCalledTimes(1);
    await expect(fast.transform({ displayName: 'Ana', languages: [] }, { type: 'body', metatype: ProfileInputDto, data: '' })).rejects.toThrow();
    expect(fullPath).toHaveBeenCalledTimes(2);
    fullPath.mockRestore();
  });
});
