import type { ReactNode } from 'react';
import { viewInfo } from '../../lib/views';
import { useAppStore, type Theme } from '../../store';
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
  return (
    <div className="topbar">
      <div>
        <h1>{title}</h1>
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
