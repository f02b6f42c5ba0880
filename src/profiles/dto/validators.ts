import { registerDecorator, ValidationArguments, ValidationOptions } from 'class-validator';
import { isInterestCode } from '../reference/interests.js';
import { isLanguageCode } from '../reference/languages.js';
import { isIanaTimezone } from '../reference/timezones.js';
import { availabilityProblem } from '../availability-rules.js';

function simpleValidator(name: string, test: (value: unknown) => boolean, message: string, options?: ValidationOptions): PropertyDecorator {
  return (target: object, propertyName: string | symbol) => {
    registerDecorator({
      name,
      target: target.constructor,
      propertyName: String(propertyName),
      options: { message, ...options },
      validator: { validate: (value: unknown) => test(value) },
    });
  };
}

export const IsLanguageCode = (options?: ValidationOptions): PropertyDecorator =>
  simpleValidator('isLanguageCode', (v) => typeof v === 'string' && isLanguageCode(v), '$property must be ISO 639 language codes (see GET /api/languages)', options);

export const IsInterestCode = (options?: ValidationOptions): PropertyDecorator =>
  simpleValidator('isInterestCode', (v) => typeof v === 'string' && isInterestCode(v), '$property must be interest codes from GET /api/interests', options);

export const IsIanaTimezone = (options?: ValidationOptions): PropertyDecorator =>
  simpleValidator('isIanaTimezone', (v) => typeof v === 'string' && isIanaTimezone(v), '$property must be an IANA time zone such as "Europe/Amsterdam"', options);

/** Windows must each run forwards within a day and never overlap another window on the same day. */
export function IsWeeklyAvailability(options?: ValidationOptions): PropertyDecorator {
  return (target: object, propertyName: string | symbol) => {
    registerDecorator({
      name: 'isWeeklyAvailability',
      target: target.constructor,
      propertyName: String(propertyName),
      options,
      validator: {
        // Anything but a list of objects is IsArray's and IsObject's to refuse.
        validate: (value: unknown) => !isListOfObjects(value) || availabilityProblem(value as never[]) === undefined,
        defaultMessage: (args?: ValidationArguments) => `${args?.property ?? 'availability'}: ${availabilityProblem((args?.value ?? []) as never[]) ?? 'is invalid'}`,
      },
    });
  };
}

function isListOfObjects(value: unknown): value is object[] {
  return Array.isArray(value) && value.every((element) => typeof element === 'object' && element !== null && !Array.isArray(element));
}
