import { describe, expect, it } from 'vitest';
import { foldSegments, placeBars } from '../../../src/components/charts/bar-data';
import { placeStages } from '../../../src/components/charts/funnel-data';
import { markBins } from '../../../src/components/charts/histogram-data';
import { formatPeriod, percentAxis } from '../../../src/components/charts/scales';
import { placeSegments } from '../../../src/components/charts/stack-data';
import { categoryAxisWidth, fitText, wrapText } from '../../../src/components/charts/text-fit';
import { waterfallBars } from '../../../src/components/charts/waterfall-data';

describe('placeBars', () => {
  it('orders bars biggest first and splits each into rest and gap', () => {
    const bars = placeBars(
      [
        { category: 'Events', value: 40, gap: 30 },
        { category: 'Web', value: 100, gap: 25 },
      ],
      10,
    );
    expect(bars.map((b) => b.category)).toEqual(['Web', 'Events']);
    expect(bars[0]).toMatchObject({ rest: 75, gapPart: 25, gapShare: 0.25, other: false });
  });

  it('keeps the first `top` by name and rolls the rest into "Other (n)", as the funnel by segment', () => {
    const data = Array.from({ length: 12 }, (_, i) => ({ category: `S${i}`, value: 12 - i, gap: 1 }));
    const bars = placeBars(data, 5);
    expect(bars).toHaveLength(6);
    expect(bars.slice(0, 5).map((b) => b.category)).toEqual(['S0', 'S1', 'S2', 'S3', 'S4']);
    expect(bars[5]).toMatchObject({
      category: 'Other (7)',
      value: 7 + 6 + 5 + 4 + 3 + 2 + 1,
      gapPart: 7,
      other: true,
    });
  });

  it('folds by the metrics order (most leads), then sorts only the kept bars by value', () => {
    // Referral has few leads but the most revenue per lead: it is kept because it is in the top by leads.
    const data = [
      { category: 'Web', value: 10 },
      { category: 'Referral', value: 90 },
      { category: 'Ads', value: 20 },
      { category: 'Tail', value: 500 },
    ];
    const bars = placeBars(data, 3);
    expect(bars.map((b) => b.category)).toEqual(['Referral', 'Ads', 'Web', 'Other (1)']);
  });

  it('rows whose figures do not add up are folded by the same rule with foldSegments', () => {
    const rows = [1, 2, 3, 4].map((n) => ({ name: `S${n}`, leads: n }));
    const folded = foldSegments(rows, 2, (rest) => ({ name: 'Other', leads: rest.length }));
    expect(folded).toEqual([rows[0], rows[1], { name: 'Other', leads: 2 }]);
    expect(foldSegments(rows, 4, () => ({ name: 'x', leads: 0 }))).toEqual(rows);
    const placed = placeBars([{ category: 'Other (2)', value: 1, other: true }], 1);
    expect(placed[0]?.other).toBe(true);
  });

  it('clamps a gap above its bar, and has no gap share without gap data or for an empty bar', () => {
    const bars = placeBars(
      [
        { category: 'A', value: 10, gap: 15 },
        { category: 'B', value: 5 },
        { category: 'C', value: 0, gap: 0 },
      ],
      10,
    );
    expect(bars[0]).toMatchObject({ gapPart: 10, rest: 0, gapShare: 1 });
    expect(bars[1]?.gapShare).toBeNull();
    expect(bars[2]?.gapShare).toBeNull();
  });
});

describe('placeStages', () => {
  it('measures each drop from the previous stage the data knows, skipping a missing stage', () => {
    const stages = placeStages([
      { key: 'leads', label: 'Leads', count: 1000, fromPrevious: null, fromLeads: 1 },
      { key: 'followed_up', label: 'Followed up', count: 600, fromPrevious: 0.6, fromLeads: 0.6 },
      { key: 'qualified', label: 'Qualified', count: null, fromPrevious: null, fromLeads: null },
      { key: 'won', label: 'Won', count: 50, fromPrevious: 50 / 600, fromLeads: 0.05 },
    ]);
    expect(stages.map((s) => s.drop)).toEqual([null, 400, null, 550]);
    expect(stages.map((s) => s.known)).toEqual([true, true, false, true]);
  });
});

describe('waterfallBars', () => {
  it('runs from the goal through the signed steps to the GAP', () => {
    const bars = waterfallBars(
      { label: 'Revenue goal', value: 1000 },
      [
        { label: 'Retained', value: -400 },
        { label: 'Inbound', value: -350 },
        { label: 'Nurture', value: -50 },
      ],
      { label: 'GAP' },
    );
    expect(bars.map((b) => b.range)).toEqual([
      [0, 1000],
      [600, 1000],
      [250, 600],
      [200, 250],
      [0, 200],
    ]);
    expect(bars.map((b) => b.level)).toEqual([1000, 600, 250, 200, 200]);
    expect(bars.map((b) => b.kind)).toEqual(['start', 'change', 'change', 'change', 'end']);
  });

  it('uses a given end value and draws a surplus below zero', () => {
    const bars = waterfallBars({ label: 'Goal', value: 100 }, [{ label: 'Inbound', value: -150 }], {
      label: 'Surplus',
      value: -50,
    });
    expect(bars[1]?.range).toEqual([-50, 100]);
    expect(bars[2]).toMatchObject({ value: -50, range: [-50, 0] });
  });
});

describe('histogram bins', () => {
  const bins = [
    { label: '0–24 h', count: 50, from: 0 },
    { label: '24–48 h', count: 30, from: 24 },
    { label: '48–72 h', count: 15, from: 48 },
    { label: '3 d+', count: 5, from: 72 },
  ];

  it('marks bins starting at or past the threshold', () => {
    expect(markBins(bins, 48).map((b) => b.past)).toEqual([false, false, true, true]);
  });
});

describe('placeSegments', () => {
  it('gives each segment its share and offset', () => {
    const { total, placed } = placeSegments([
      { key: 'within', label: 'Within', value: 60 },
      { key: 'breached', label: 'Breached', value: 30, tone: 'gap' },
      { key: 'pending', label: 'Pending', value: 10, tone: 'hatched' },
    ]);
    expect(total).toBe(100);
    expect(placed.map((s) => s.share)).toEqual([0.6, 0.3, 0.1]);
    expect(placed[2]?.offset).toBeCloseTo(0.9);
    expect(placeSegments([{ key: 'a', label: 'A', value: 0 }]).placed[0]?.share).toBeNull();
  });
});

describe('percentAxis', () => {
  it('tops out at the first round step above the data, at least 10%', () => {
    expect(percentAxis([0.42, null, 0.1])).toEqual({ max: 0.5, ticks: [0, 0.1, 0.2, 0.3, 0.4, 0.5] });
    expect(percentAxis([0.5]).max).toBe(0.5);
    expect(percentAxis([0.97])).toEqual({ max: 1, ticks: [0, 0.2, 0.4, 0.6, 0.8, 1] });
    expect(percentAxis([0.01])).toEqual({ max: 0.1, ticks: [0, 0.05, 0.1] });
    expect(percentAxis([]).max).toBe(0.1);
  });

  it('ends on a tick even for awkward maxima', () => {
    const { max, ticks } = percentAxis([0.7]);
    expect(ticks.at(-1)).toBe(max);
    expect(max).toBeGreaterThanOrEqual(0.7);
    expect(ticks.length).toBeLessThanOrEqual(6);
  });
});

describe('formatPeriod', () => {
  it('names a YYYY-MM month in the locale and leaves other labels alone', () => {
    const expected = new Intl.DateTimeFormat(undefined, {
      month: 'short',
      year: 'numeric',
      timeZone: 'UTC',
    }).format(new Date(Date.UTC(2024, 2, 1)));
    expect(formatPeriod('2024-03')).toBe(expected);
    expect(formatPeriod('Q1 2024')).toBe('Q1 2024');
  });
});

describe('text fitting', () => {
  it('cuts long labels with an ellipsis and keeps short ones', () => {
    expect(fitText('Web', 100, 12)).toBe('Web');
    const cut = fitText('A very long lead source name indeed', 80, 12);
    expect(cut.endsWith('…')).toBe(true);
    expect(cut.length).toBeLessThan(14);
  });

  it('wraps words onto at most the given number of lines', () => {
    expect(wrapText('New revenue needed', 80, 12, 2)).toEqual(['New revenue', 'needed']);
    const lines = wrapText('one two three four five six seven', 40, 12, 2);
    expect(lines).toHaveLength(2);
    expect(lines[1]?.endsWith('…')).toBe(true);
  });

  it('sizes a category axis to its longest label within a share of the chart', () => {
    expect(categoryAxisWidth(['Web', 'Events'], 600, 12)).toBe(51);
    expect(categoryAxisWidth(['A much much longer source name than fits'], 300, 12)).toBe(114);
  });
});
