import { createContext, useContext } from 'react';

/**
 * Recharts' accessibilityLayer makes every chart's svg an unnamed tab stop (role="application") whose
 * arrow keys only move the tooltip: off on every chart. A chart is then either one named stop of its
 * own (BarList's bars, when they filter) or not focusable, its numbers behind the frame's Table button.
 */
export const RECHARTS_A11Y = { accessibilityLayer: false } as const;

/** The title of the ChartFrame around a chart: the name a screen reader hears for the chart. */
export const ChartTitle = createContext('');

export const useChartTitle = (): string => useContext(ChartTitle);
