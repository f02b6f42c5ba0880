import { statusChangeProblem } from './programme-status.js';

describe('statusChangeProblem', () => {
  it.each([
    ['draft', 'open'],
    ['draft', 'closed'],
    ['open', 'closed'],
    ['closed', 'open'],
    ['open', 'open'],
    ['draft', 'draft'],
  ] as const)('lets %s become %s', (from, to) => {
    expect(statusChangeProblem(from, to, false)).toBeNull();
  });

  it.each([
    ['open', 'draft'],
    ['closed', 'draft'],
  ] as const)('never lets %s go back to draft', (from, to) => {
    expect(statusChangeProblem(from, to, false)).toBe('reopened-as-draft');
  });

  it('keeps the default programme open', () => {
    expect(statusChangeProblem('open', 'closed', true)).toBe('default-closed');
    expect(statusChangeProblem('open', 'draft', true)).toBe('default-closed');
    expect(statusChangeProblem('open', 'open', true)).toBeNull();
  });
});
