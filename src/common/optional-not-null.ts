import { ValidateIf } from 'class-validator';

/**
 * Like `@IsOptional()`, but only for a missing field: `null` is checked by the field's other rules
 * (and so refused). For fields where null means nothing (an id to act on, a number of days).
 */
export const OptionalNotNull = (): PropertyDecorator => ValidateIf((_object: object, value: unknown) => value !== undefined);
