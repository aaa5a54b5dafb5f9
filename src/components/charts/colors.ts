/** The chart palette, read from the CSS variables of src/styles (tokens.css, charts.css) so charts follow light and dark. */
export interface ChartColors {
  theme: 'light' | 'dark';
  text: string;
  muted: string;
  border: string;
  surface: string;
  surface2: string;
  /** The one accent: leaked, breached, untouched. */
  gap: string;
  gapSoft: string;
  /** Neutral marks: the rest of the data. */
  neutral: string;
  /** A lighter neutral: context (pending, dropped, "other"). */
  neutralSoft: string;
  /** A second series, where a chart has one (Okabe–Ito blue). */
  second: string;
  focus: string;
}

type ColorKey = Exclude<keyof ChartColors, 'theme'>;

export const COLOR_VARIABLES: Record<ColorKey, string> = {
  text: '--text',
  muted: '--muted',
  border: '--border',
  surface: '--surface',
  surface2: '--surface-2',
  gap: '--gap',
  gapSoft: '--gap-soft',
  neutral: '--chart-neutral',
  neutralSoft: '--chart-neutral-soft',
  second: '--action',
  focus: '--focus',
};

/** Used when a variable is missing (e.g. a test page without the stylesheet); same values as src/styles/tokens.css and charts.css. */
export const FALLBACK_COLORS: Record<'light' | 'dark', Record<ColorKey, string>> = {
  light: {
    text: '#1d1d1b',
    muted: '#5f5f5a',
    border: '#dcdcd6',
    surface: '#ffffff',
    surface2: '#f0f0ed',
    gap: '#b34b00',
    gapSoft: '#fbeee4',
    neutral: '#6f6f69',
    neutralSoft: '#c9c9c2',
    second: '#0061a0',
    focus: '#b36b00',
  },
  dark: {
    text: '#ecece8',
    muted: '#a5a59f',
    border: '#3a3a37',
    surface: '#1e1e1c',
    surface2: '#282826',
    gap: '#f08a3c',
    gapSoft: '#3a2414',
    neutral: '#a9a9a2',
    neutralSoft: '#55554f',
    second: '#56b4e9',
    focus: '#e69f00',
  },
};

const COLOR = /^(#[0-9a-f]{3,8}|(rgb|rgba|hsl|hsla|oklch|oklab|lab|lch|color)\(.+\)|[a-z]+)$/i;

/** Reads each variable through `read` (e.g. getComputedStyle(...).getPropertyValue); blanks fall back. */
export function readChartColors(read: (variable: string) => string, theme: 'light' | 'dark'): ChartColors {
  const fallback = FALLBACK_COLORS[theme];
  const colors = { theme } as ChartColors;
  for (const key of Object.keys(COLOR_VARIABLES) as ColorKey[]) {
    const value = (read(COLOR_VARIABLES[key]) ?? '').trim();
    colors[key] = COLOR.test(value) ? value : fallback[key];
  }
  return colors;
}

export function themeOf(value: string | undefined): 'light' | 'dark' {
  return value === 'dark' ? 'dark' : 'light';
}
