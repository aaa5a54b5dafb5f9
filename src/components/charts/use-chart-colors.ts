import { useMemo, useSyncExternalStore } from 'react';
import { readChartColors, themeOf, type ChartColors } from './colors';

/** The theme toggle sets `data-theme` on <html>; charts re-read the palette when it changes. */
function subscribe(onChange: () => void): () => void {
  const observer = new MutationObserver(onChange);
  observer.observe(document.documentElement, { attributes: true, attributeFilter: ['data-theme'] });
  return () => observer.disconnect();
}

const currentTheme = () => themeOf(document.documentElement.dataset['theme']);
const serverTheme = () => 'light' as const;

export function useChartColors(): ChartColors {
  const theme = useSyncExternalStore(subscribe, currentTheme, serverTheme);
  return useMemo(() => {
    if (typeof document === 'undefined') return readChartColors(() => '', theme);
    const style = getComputedStyle(document.documentElement);
    return readChartColors((name) => style.getPropertyValue(name), theme);
  }, [theme]);
}
