import type { ErrorCatalogue } from '../../src/common/domain-error.js';

/**
 * Every code of a module's catalogue answers its HTTP status. The table is typed over the module's
 * code union, so a code added without a row does not compile.
 */
export function itAnswersEveryCodeWith<Code extends string>(catalogue: ErrorCatalogue<Code>, statuses: Readonly<Record<Code, number>>): void {
  it.each(Object.entries(statuses) as Array<[Code, number]>)('%s answers %i', (code, status) => {
    expect(catalogue.refusal(code, 'Refused')).toMatchObject({ code, status });
  });
}
