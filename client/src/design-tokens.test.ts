import { describe, expect, it } from 'vitest';
import css from './styles.css?raw';

/** The custom properties declared in the first `:root { … }` after `from` in the stylesheet. */
function tokensAfter(from: string): Map<string, string> {
  const start = css.indexOf(':root {', css.indexOf(from));
  const block = css.slice(start, css.indexOf('}', start));
  return new Map([...block.matchAll(/(--[\w-]+):\s*(#[0-9a-f]{6})\b/gi)].map((m) => [m[1] ?? '', (m[2] ?? '').toLowerCase()]));
}

function luminance(hex: string): number {
  const [r, g, b] = [1, 3, 5].map((i) => {
    const channel = parseInt(hex.slice(i, i + 2), 16) / 255;
    return channel <= 0.03928 ? channel / 12.92 : ((channel + 0.055) / 1.055) ** 2.4;
  }) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** WCAG 2 contrast ratio of two colours. */
function contrast(a: string, b: string): number {
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (light + 0.05) / (dark + 0.05);
}

// Text on the backgrounds it is drawn on: 4.5:1 (WCAG AA for body text).
const TEXT_PAIRS: Array<[string, string]> = [
  ['--text', '--bg'], ['--muted', '--bg'], ['--text', '--surface'], ['--muted', '--surface'],
  ['--accent', '--bg'], ['--accent', '--surface'], ['--accent-text', '--accent'], ['--danger', '--bg'], ['--danger-text', '--danger'],
  ['--success', '--bg'], ['--error-fg', '--error-bg'], ['--success-fg', '--success-bg'], ['--info-fg', '--info-bg'], ['--text', '--mine-bg'],
];
// Borders and the focus ring against the page: 3:1 (WCAG 1.4.11, non-text contrast).
const UI_PAIRS: Array<[string, string]> = [['--border', '--bg'], ['--focus', '--bg'], ['--danger', '--bg']];

describe.each([
  ['light', tokensAfter('/* Design tokens')],
  ['dark', tokensAfter('@media (prefers-color-scheme: dark)')],
])('the %s palette', (_name, tokens) => {
  const colour = (token: string): string => {
    const value = tokens.get(token);
    if (value === undefined) throw new Error(`${token} is not declared`);
    return value;
  };

  it.each(TEXT_PAIRS)('%s on %s reads at 4.5:1 or more', (foreground, background) => {
    expect(contrast(colour(foreground), colour(background))).toBeGreaterThanOrEqual(4.5);
  });

  it.each(UI_PAIRS)('%s against %s stands out at 3:1 or more', (foreground, background) => {
    expect(contrast(colour(foreground), colour(background))).toBeGreaterThanOrEqual(3);
  });
});

describe('the stylesheet', () => {
  it('uses logical properties only, so right-to-left languages mirror', () => {
    const physical = css.match(/(?:^|[\s;{])(?:margin|padding|border)-(?:left|right)\b|(?:^|[\s;{])(?:left|right):|text-align:\s*(?:left|right)|float:\s*(?:left|right)/gm);
    expect(physical).toBeNull();
  });
});
