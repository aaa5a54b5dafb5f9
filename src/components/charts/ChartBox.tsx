import { useEffect, useRef, useState, type ReactNode } from 'react';
import { useChartTitle } from './chart-a11y';

interface ChartBoxProps {
  /** Fixed, or from the width (e.g. taller rows on phones). */
  height: number | ((width: number) => number);
  /** Renders the chart at the measured width (nothing until it is known). */
  children: (width: number) => ReactNode;
  /**
   * How a keyboard reaches the chart: 'keys' when its marks are one stop walked with arrow keys (a
   * vertical toolbar named by the chart's title), else a named image whose numbers are in the table.
   */
  access?: 'keys' | 'table' | undefined;
}

/** Holds a chart's space (no jump on load) and hands it the container's width as it changes. */
export function ChartBox({ height, children, access = 'table' }: ChartBoxProps) {
  const title = useChartTitle();
  const ref = useRef<HTMLDivElement>(null);
  const [width, setWidth] = useState(0);
  useEffect(() => {
    const element = ref.current;
    if (!element) return;
    const observer = new ResizeObserver(([entry]) => {
      if (entry) setWidth(Math.floor(entry.contentRect.width));
    });
    observer.observe(element);
    return () => observer.disconnect();
  }, []);
  return (
    <div
      ref={ref}
      className="chart-box"
      {...(title &&
        (access === 'keys'
          ? { role: 'toolbar', 'aria-orientation': 'vertical' as const, 'aria-label': title }
          : { role: 'img', 'aria-label': `${title} (chart: its numbers are under Table)` }))}
      style={{ height: typeof height === 'function' ? height(width) : height }}
    >
      {width > 0 && children(width)}
    </div>
  );
}
