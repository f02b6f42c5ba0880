import { describe, expect, it } from 'vitest';
import { tabAfterKey } from './match-sections';

describe('tabAfterKey', () => {
  it('moves right to the next tab and wraps from the last to the first', () => {
    expect(tabAfterKey('ArrowRight', 0, 4, 'ltr')).toBe(1);
    expect(tabAfterKey('ArrowRight', 3, 4, 'ltr')).toBe(0);
  });

  it('moves left to the previous tab and wraps from the first to the last', () => {
    expect(tabAfterKey('ArrowLeft', 2, 4, 'ltr')).toBe(1);
    expect(tabAfterKey('ArrowLeft', 0, 4, 'ltr')).toBe(3);
  });

  it('mirrors the arrows in a right-to-left language', () => {
    expect(tabAfterKey('ArrowLeft', 0, 4, 'rtl')).toBe(1);
    expect(tabAfterKey('ArrowRight', 0, 4, 'rtl')).toBe(3);
  });

  it('jumps to the ends with Home and End', () => {
    expect(tabAfterKey('Home', 2, 4, 'ltr')).toBe(0);
    expect(tabAfterKey('End', 1, 3, 'rtl')).toBe(2);
  });

  it('ignores other keys and an empty tab list', () => {
    expect(tabAfterKey('Enter', 1, 4, 'ltr')).toBeUndefined();
    expect(tabAfterKey('ArrowDown', 1, 4, 'ltr')).toBeUndefined();
    expect(tabAfterKey('ArrowRight', 0, 0, 'ltr')).toBeUndefined();
  });
});
