import { useEffect, useRef, useState, type ReactNode } from 'react';

interface ChartBoxProps {
  /** Fixed, or from the width (e.g. taller rows on phones). */
  height: number | ((width: number) => number);
  /** Renders the chart at the measured width (nothing until it is known). */
  children: (width: number) => ReactNode;
}

/** Holds a chart's space (no jump on load) and hands it the container's width as it changes. */
export function ChartBox({ height, children }: ChartBoxProps) {
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
      style={{ height: typeof height === 'function' ? height(width) : height }}
    >
      {width > 0 && children(width)}
    </div>
  );
}
