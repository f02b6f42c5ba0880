import { registerDecorator, type ValidationArguments, type ValidationOptions } from 'class-validator';
import { isPlaceCountry } from '../../profiles/places/place-countries.js';

function check(name: string, test: (value: unknown, args: ValidationArguments) => boolean, message: string, options?: ValidationOptions): PropertyDecorator {
  return (target: object, propertyName: string | symbol) => {
    registerDecorator({ name, target: target.constructor, propertyName: String(propertyName), options: { message, ...options }, validator: { validate: test } });
  };
}

/** ISO 3166-1 alpha-2, upper case, of a country people live in (see place-countries.ts). */
export const IsCountryCode = (options?: ValidationOptions): PropertyDecorator =>
  check('isCountryCode', (v) => typeof v === 'string' && /^[A-Z]{2}$/.test(v) && isPlaceCountry(v), '$property must be ISO 3166-1 alpha-2 country codes in upper case, such as "NL"', options);

/** Not below another numeric property of the same object (when both are numbers). */
export const NotBelow = (other: string, options?: ValidationOptions): PropertyDecorator =>
  check(
    'notBelow',
    (value, args) => {
      const floor = (args.object as Record<string, unknown>)[other];
      return typeof value !== 'number' || typeof floor !== 'number' || value >= floor;
    },
    `$property must not be below ${other}`,
    options,
  );
