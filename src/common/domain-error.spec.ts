import { HttpStatus } from '@nestjs/common';
import { badCursor, commonErrors, type CommonErrorCode } from './common-errors.js';
import { assertNever, DomainError, isDomainError, type RefusalStatus } from './domain-error.js';

/** A module of the test's own: two codes, each mapped. */
type PlantErrorCode = 'plant.not-found' | 'plant.wilted';

function plantStatus(code: PlantErrorCode): RefusalStatus {
  switch (code) {
    case 'plant.not-found':
      return HttpStatus.NOT_FOUND;
    case 'plant.wilted':
      return HttpStatus.CONFLICT;
    default:
      return assertNever(code);
  }
}

const plantErrors = DomainError.catalogue(plantStatus);

describe('DomainError catalogues', () => {
  it('makes a refusal with its code, the status the code maps to, the message and the params', () => {
    const error = plantErrors.refusal('plant.wilted', 'The plant has wilted', { days: 3 });
    expect(error).toBeInstanceOf(DomainError);
    expect(error).toMatchObject({ name: 'DomainError', code: 'plant.wilted', status: 409, message: 'The plant has wilted', params: { days: 3 } });
    expect(plantErrors.refusal('plant.wilted', 'Wilted').params).toEqual({});
  });

  it('says what was not found as `<what>.not-found`, "<What> not found"', () => {
    expect(plantErrors.notFound('plant')).toMatchObject({ code: 'plant.not-found', status: 404, message: 'Plant not found', params: {} });
  });

  it('tells domain errors from anything else', () => {
    expect(isDomainError(plantErrors.notFound('plant'))).toBe(true);
    expect(isDomainError(new Error('plant.not-found'))).toBe(false);
    expect(isDomainError({ code: 'plant.not-found', status: 404 })).toBe(false);
  });

  it('does not compile a code outside the module, a not-found it does not have, or an error made by hand', () => {
    // @ts-expect-error 'plant.stolen' is not one of the module's codes
    expect(() => plantErrors.refusal('plant.stolen', 'Stolen')).toThrow('Unmapped value: "plant.stolen"');
    // @ts-expect-error the module has no 'pot.not-found'
    expect(() => plantErrors.notFound('pot')).toThrow('Unmapped value: "pot.not-found"');
    // @ts-expect-error only a catalogue makes a DomainError
    const byHand: DomainError = new DomainError('plant.stolen', HttpStatus.CONFLICT, 'Stolen', {});
    expect(byHand.code).toBe('plant.stolen');
  });

  it('does not compile a mapping that forgets a code', () => {
    const forgetful = (code: PlantErrorCode | 'plant.overwatered'): RefusalStatus => {
      // eslint-disable-next-line @typescript-eslint/switch-exhaustiveness-check -- the forgotten case is the point
      switch (code) {
        case 'plant.not-found':
          return HttpStatus.NOT_FOUND;
        case 'plant.wilted':
          return HttpStatus.CONFLICT;
        default:
          // @ts-expect-error 'plant.overwatered' is in the union but has no status
          return assertNever(code);
      }
    };
    expect(() => forgetful('plant.overwatered')).toThrow('Unmapped value: "plant.overwatered"');
  });
});

describe('common error codes', () => {
  const STATUS: Record<CommonErrorCode, number> = {
    'pagination.bad-cursor': 400,
  };

  it.each(Object.entries(STATUS))('%s answers %i', (code, status) => {
    expect(commonErrors.statusOf(code as CommonErrorCode)).toBe(status);
  });

  it('refuses a forged cursor as pagination.bad-cursor', () => {
    expect(badCursor()).toMatchObject({ code: 'pagination.bad-cursor', status: 400, message: 'cursor is not a cursor this server issued' });
  });
});
