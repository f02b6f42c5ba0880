import { describe, expect, it } from 'vitest';
import { organisationNames } from './organisations';

describe('the organisations behind the open programmes', () => {
  it('names each organisation once, sorted, and leaves out blank names', () => {
    const programmes = [{ organisationName: 'Rode Kruis Utrecht' }, { organisationName: 'Croix-Rouge de Belgique' }, { organisationName: 'Rode Kruis Utrecht' }, { organisationName: ' ' }];
    expect(organisationNames(programmes, 'en')).toEqual(['Croix-Rouge de Belgique', 'Rode Kruis Utrecht']);
  });

  it('names nobody when no programme is open', () => {
    expect(organisationNames([], 'nl')).toEqual([]);
  });
});
