import { useEffect, useRef, type ReactNode } from 'react';
import { viewInfo } from '../../lib/views';
import { useAppStore, type Theme } from '../../store';
import { focusLost, VIEW_HEADING_ID } from '../common/focus-moves';
import { ShareControls } from '../share/ShareControls';
import { ExportControls } from './ExportControls';

const NEXT_THEME: Record<Theme, Theme> = { system: 'dark', dark: 'light', light: 'system' };
const THEME_LABEL: Record<Theme, string> = {
  system: 'Theme: system',
  dark: 'Theme: dark',
  light: 'Theme: light',
};
const THEME_ICON: Record<Theme, string> = { system: '◐', dark: '☾', light: '☀' };

export function TopBar({ children }: { children: ReactNode }) {
  const theme = useAppStore((s) => s.theme);
  const setTheme = useAppStore((s) => s.setTheme);
  const view = useAppStore((s) => s.view);
  const { title, subtitle } = viewInfo(view);
  // A view opened by the app itself (the Overview after loading) replaced the focused control: the
  // new view's heading takes focus. The rail moves focus here itself (Rail.tsx).
  const shown = useRef(view);
  useEffect(() => {
    if (shown.current === view) return;
    shown.current = view;
    if (focusLost()) document.getElementById(VIEW_HEADING_ID)?.focus();
  }, [view]);
  return (
    <div className="topbar">
      <div>
        <h1 id={VIEW_HEADING_ID} tabIndex={-1}>
          {title}
        </h1>
        <p className="muted small" style={{ margin: 0 }}>
          {subtitle}
        </p>
      </div>
      <div className="actions">
        {children}
        <ExportControls />
        <ShareControls />
        <button
          type="button"
          className="theme-toggle"
          onClick={() => setTheme(NEXT_THEME[theme])}
          aria-label={`${THEME_LABEL[theme]} (switch)`}
          title={`${THEME_LABEL[theme]}: switch light / dark / system`}
        >
          <span aria-hidden="true">{THEME_ICON[theme]}</span>
        </button>
      </div>
    </div>
  );
}
