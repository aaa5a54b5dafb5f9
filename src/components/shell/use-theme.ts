import { useEffect } from 'react';
import { useAppStore } from '../../store';

/** Light and dark follow the system unless the user picked one (UI.md). */
export function useTheme(): void {
  const theme = useAppStore((s) => s.theme);
  useEffect(() => {
    const media = matchMedia('(prefers-color-scheme: dark)');
    const apply = () => {
      const dark = theme === 'dark' || (theme === 'system' && media.matches);
      document.documentElement.dataset['theme'] = dark ? 'dark' : 'light';
    };
    apply();
    media.addEventListener('change', apply);
    return () => media.removeEventListener('change', apply);
  }, [theme]);
}
