import type { ReactNode } from 'react';
import { useAppStore, type Theme, type View } from '../../store';
import { ShareControls } from '../share/ShareControls';
import { ExportMetricsButton } from './ExportMetricsButton';

const NEXT_THEME: Record<Theme, Theme> = { system: 'dark', dark: 'light', light: 'system' };
const THEME_LABEL: Record<Theme, string> = {
  system: 'Theme: system',
  dark: 'Theme: dark',
  light: 'Theme: light',
};

const TITLES: Record<View, [string, string]> = {
  data: ['Your data', 'Lead and deal exports, read in this browser.'],
  overview: ['Overview', 'Where leads leak, and what it costs.'],
  funnel: ['Funnel', 'Leads → followed up → qualified → opportunity → won.'],
  'follow-up': ['Follow-up', 'How fast, and how often, leads are followed up.'],
  reps: ['Reps', 'What have you done for me lately: follow-up by owner.'],
  sources: ['Sources and campaigns', 'Which channels bring leads that turn into revenue.'],
  calculator: ['The GAP calculator', 'Revenue − Inbound − Nurturing = The GAP.'],
};

export function TopBar({ children }: { children: ReactNode }) {
  const theme = useAppStore((s) => s.theme);
  const setTheme = useAppStore((s) => s.setTheme);
  const view = useAppStore((s) => s.view);
  const [title, subtitle] = TITLES[view];
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
        <ExportMetricsButton />
        <ShareControls />
        <button
          type="button"
          onClick={() => setTheme(NEXT_THEME[theme])}
          title="Switch light / dark / system"
        >
          {THEME_LABEL[theme]}
        </button>
      </div>
    </div>
  );
}
