import { describe, expect, it } from 'vitest';
import {
  COLOR_VARIABLES,
  FALLBACK_COLORS,
  readChartColors,
  themeOf,
} from '../../../src/components/charts/colors';

describe('readChartColors', () => {
  it('reads each CSS variable, trimmed', () => {
    const colors = readChartColors((name) => (name === '--gap' ? '  #f08a3c ' : '#123456'), 'dark');
    expect(colors.gap).toBe('#f08a3c');
    expect(colors.text).toBe('#123456');
    expect(colors.theme).toBe('dark');
  });

  it("falls back to the theme's palette when a variable is blank or not a colour", () => {
    const light = readChartColors(() => '', 'light');
    expect(light).toEqual({ theme: 'light', ...FALLBACK_COLORS.light });
    const dark = readChartColors((name) => (name === '--text' ? 'var(--oops' : ''), 'dark');
    expect(dark.text).toBe(FALLBACK_COLORS.dark.text);
    expect(dark.gap).toBe(FALLBACK_COLORS.dark.gap);
  });

  it('accepts rgb() and named colours', () => {
    const colors = readChartColors((name) => (name === '--muted' ? 'rgb(95 95 90)' : 'white'), 'light');
    expect(colors.muted).toBe('rgb(95 95 90)');
    expect(colors.surface).toBe('white');
  });

  it('reads only the palette variables of global.css', () => {
    const asked: string[] = [];
    readChartColors((name) => {
      asked.push(name);
      return '';
    }, 'light');
    expect(asked.sort()).toEqual(Object.values(COLOR_VARIABLES).sort());
    expect(asked).toContain('--gap');
  });
});

describe('themeOf', () => {
  it('is dark only for data-theme="dark"', () => {
    expect(themeOf('dark')).toBe('dark');
    expect(themeOf('light')).toBe('light');
    expect(themeOf(undefined)).toBe('light');
  });
});
