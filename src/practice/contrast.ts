/**
 * WCAG 2 colour contrast (success criterion 1.4.3) for the practice's brand colour, checked at build time, and
 * the tint made from it. The colour science is colorjs.io's (by editors of the CSS Color specifications): its
 * WCAG 2.1 contrast and sRGB mixing. Build time only, so it costs the visitor nothing.
 */
import Color from 'colorjs.io';

const HEX = /^#(?:[0-9a-f]{3}|[0-9a-f]{6})$/i;

/** `#1f5f8b` or `#fff`: the one colour syntax the configuration takes, so nobody wonders how a name resolves. */
export function isHexColour(value: string): boolean {
  return HEX.test(value);
}

/** From 1 (none) to 21 (black on white). */
export function contrastRatio(a: string, b: string): number {
  return new Color(a).contrast(new Color(b), 'WCAG21');
}

/** `share` of `colour` over `base`, as if painted at that opacity, as `#rrggbb`. */
export function mix(colour: string, base: string, share: number): string {
  return Color.mix(base, colour, share, { space: 'srgb', outputSpace: 'srgb' }).toString({
    format: 'hex',
    collapse: false,
  });
}

/** `#fff` as `#ffffff`, lower case. */
export function toLongHex(colour: string): string {
  return new Color(colour).toString({ format: 'hex', collapse: false });
}

/** Shown as "4.47:1", never rounded up past a threshold it missed. */
export function formatRatio(ratio: number): string {
  return `${(Math.floor(ratio * 100) / 100).toFixed(2)}:1`;
}

/** WCAG AA for normal-size text. */
export const AA_TEXT = 4.5;
