/**
 * WCAG 2.2 colour contrast (success criterion 1.4.3, "contrast ratio" and "relative luminance" in its glossary),
 * for the practice's brand colour: checked at build time, and used to pick the text that goes on it.
 */

export type Rgb = readonly [number, number, number];

const HEX = /^#(?:[0-9a-f]{3}|[0-9a-f]{6})$/i;

export function isHexColour(value: string): boolean {
  return HEX.test(value);
}

/** `#1f5f8b` or `#fff` to 0–255 channels. Callers check `isHexColour` first. */
export function parseHex(hex: string): Rgb {
  const digits = hex.slice(1);
  const full = digits.length === 3 ? digits.replace(/./g, (digit) => digit + digit) : digits;
  const channel = (index: number) => Number.parseInt(full.slice(index * 2, index * 2 + 2), 16);
  return [channel(0), channel(1), channel(2)];
}

export function toHex(rgb: Rgb): string {
  return `#${rgb.map((channel) => Math.round(channel).toString(16).padStart(2, '0')).join('')}`;
}

function linear(channel: number): number {
  const value = channel / 255;
  return value <= 0.04045 ? value / 12.92 : ((value + 0.055) / 1.055) ** 2.4;
}

export function relativeLuminance([r, g, b]: Rgb): number {
  return 0.2126 * linear(r) + 0.7152 * linear(g) + 0.0722 * linear(b);
}

/** From 1 (none) to 21 (black on white). */
export function contrastRatio(a: Rgb, b: Rgb): number {
  const first = relativeLuminance(a);
  const second = relativeLuminance(b);
  return (Math.max(first, second) + 0.05) / (Math.min(first, second) + 0.05);
}

/** `share` of `colour` over `base`, as if painted at that opacity. */
export function mix(colour: Rgb, base: Rgb, share: number): Rgb {
  const blend = (over: number, under: number) => Math.round(under + (over - under) * share);
  return [blend(colour[0], base[0]), blend(colour[1], base[1]), blend(colour[2], base[2])];
}

/** Shown as "4.48:1", never rounded up past a threshold it missed. */
export function formatRatio(ratio: number): string {
  return `${(Math.floor(ratio * 100) / 100).toFixed(2)}:1`;
}

/** WCAG AA for normal-size text. */
export const AA_TEXT = 4.5;
