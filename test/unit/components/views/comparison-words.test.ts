import { describe, expect, it } from 'vitest';
import { change, figureText, windowText } from '../../../../src/components/views/comparison-words';

describe('a period change in words', () => {
  it('gives rates in points and counts in per cent, toned by what is better for the business', () => {
    expect(change('rate', true, 0.62, 0.5)).toEqual({ text: '+12 pts', tone: 'better' });
    expect(change('rate', true, 0.455, 0.5)).toEqual({ text: '\u22124.5 pts', tone: 'worse' });
    // More leads never followed up is worse, though the number rose.
    expect(change('count', false, 120, 100)).toEqual({ text: '+20%', tone: 'worse' });
    expect(change('money', true, 50, 200)).toEqual({ text: '\u221275%', tone: 'worse' });
    expect(change('count', true, 7, 7)).toEqual({ text: '+0%'.replace('+', ''), tone: 'same' });
  });

  it('says "new" from nothing, and nothing when a side is unknown', () => {
    expect(change('count', true, 5, 0)).toEqual({ text: 'new', tone: 'better' });
    expect(change('rate', true, null, 0.5)).toEqual({ text: '—', tone: 'unknown' });
  });

  it('gives durations in hours (minutes below one), a slower response worse', () => {
    expect(change('hours', false, 3.5, 6)).toEqual({ text: '\u22122.5 h', tone: 'better' });
    expect(change('hours', false, 30, 18)).toEqual({ text: '+12 h', tone: 'worse' });
    expect(change('hours', false, 1, 0.5)).toEqual({ text: '+30 min', tone: 'worse' });
    // Less than half a minute still reads as a change.
    expect(change('hours', false, 1, 1.001)).toEqual({ text: '\u22121 min', tone: 'better' });
    expect(change('hours', false, 2, 2)).toEqual({ text: '0 h', tone: 'same' });
    expect(change('hours', false, null, 2)).toEqual({ text: '—', tone: 'unknown' });
    expect(figureText('hours', 1.25, 'USD')).toBe('1.3 h');
    expect(figureText('hours', 96, 'USD')).toBe('4.0 d');
  });

  it('names a window with its days, and "to date" when it is not over', () => {
    expect(windowText({ from: '2026-01-01', to: '2026-01-10', toDate: true })).toBe(
      '1 Jan 2026 – 10 Jan 2026 (to date)',
    );
  });
});
