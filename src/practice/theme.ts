/**
 * The practice's brand colour as the app's one accent (UX.md: "one accent colour, AA contrast everywhere"), in
 * light and dark mode. The page's own colours are read from `src/styles.css`, so there is one palette to keep.
 */
import { AA_TEXT, contrastRatio, formatRatio, mix, toLongHex } from './contrast.ts';

export type Mode = 'light' | 'dark';

/** The colours an accent is seen against, from the stylesheet. */
export interface Palette {
  readonly text: string;
  readonly muted: string;
  readonly background: string;
  readonly surface: string;
  /** The app's own accent, which a brand colour replaces. */
  readonly accent: string;
}

export interface AccentColours {
  readonly accent: string;
  /** Text on a button filled with the accent: whichever of light or dark text reads better. */
  readonly accentText: string;
  /** The accent's tint behind a chosen answer, the next session and "your situation". */
  readonly accentSoft: string;
}

/** How much of the accent its tint holds, close to the default theme's own tints. */
const TINT: Readonly<Record<Mode, number>> = { light: 0.12, dark: 0.14 };

function readBlock(block: string): Palette {
  const value = (name: string): string => {
    const found = new RegExp(`--${name}:\\s*(#[0-9a-fA-F]{3,6})\\s*;`).exec(block)?.[1];
    if (found === undefined) throw new Error(`src/styles.css: no --${name} colour in the theme`);
    return found;
  };
  return {
    text: value('text'),
    muted: value('muted'),
    background: value('background'),
    surface: value('surface'),
    accent: value('accent'),
  };
}

/** The light palette is the first `:root` block; the dark one, the `:root` inside `prefers-color-scheme: dark`. */
export function readPalettes(css: string): Readonly<Record<Mode, Palette>> {
  const light = /:root\s*\{([^}]*)\}/.exec(css)?.[1];
  const dark = /@media \(prefers-color-scheme: dark\)\s*\{\s*:root\s*\{([^}]*)\}/.exec(css)?.[1];
  if (light === undefined || dark === undefined) throw new Error('src/styles.css: the light or dark theme is missing');
  return { light: readBlock(light), dark: readBlock(dark) };
}

/** Where the accent appears, and what it must stand out from there. */
interface Pairing {
  readonly where: string;
  readonly ratio: number;
}

export interface AccentResult {
  readonly colours: AccentColours;
  /** The pairings below WCAG AA, lowest first. */
  readonly failures: readonly Pairing[];
}

export function accentFor(hex: string, mode: Mode, palette: Palette): AccentResult {
  const accent = toLongHex(hex);
  const soft = mix(accent, palette.background, TINT[mode]);
  const candidates = ['#ffffff', mode === 'light' ? palette.text : palette.background];
  const accentText = candidates.reduce((best, next) =>
    contrastRatio(next, accent) > contrastRatio(best, accent) ? next : best,
  );
  const pairings: Pairing[] = [
    { where: 'as link text on the page background', ratio: contrastRatio(accent, palette.background) },
    { where: 'as link text on a card', ratio: contrastRatio(accent, palette.surface) },
    { where: 'behind the text of a button', ratio: contrastRatio(accentText, accent) },
    { where: 'as link text on its own tint (the next session)', ratio: contrastRatio(accent, soft) },
    { where: 'as the tint behind hint text (a chosen answer)', ratio: contrastRatio(palette.muted, soft) },
  ];
  return {
    colours: { accent, accentText: toLongHex(accentText), accentSoft: soft },
    failures: pairings.filter((pairing) => pairing.ratio < AA_TEXT).sort((a, b) => a.ratio - b.ratio),
  };
}

/** "as link text on the page background it reaches 2.12:1 in light mode; WCAG AA needs at least 4.5:1" */
export function describeFailure(pairing: Pairing, mode: Mode): string {
  const hint = mode === 'light' ? 'a darker colour' : 'a lighter colour';
  return `${pairing.where} it reaches ${formatRatio(pairing.ratio)} in ${mode} mode; WCAG AA needs at least ${AA_TEXT}:1 (try ${hint})`;
}

/** Custom properties over the stylesheet's defaults, in both modes; on screen only (print stays black on white). */
export function themeCss(colours: Readonly<Record<Mode, AccentColours>>): string {
  const block = ({ accent, accentText, accentSoft }: AccentColours) =>
    `--accent: ${accent}; --accent-text: ${accentText}; --accent-soft: ${accentSoft};`;
  return [
    '',
    "/* The practice's brand colour (practice.config.json) */",
    `@media screen { :root { ${block(colours.light)} } }`,
    `@media screen and (prefers-color-scheme: dark) { :root { ${block(colours.dark)} } }`,
    '',
  ].join('\n');
}
