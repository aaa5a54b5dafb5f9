import { useEffect, useId, useRef, useState, type KeyboardEvent, type ReactNode } from 'react';

export type MenuItem =
  | { kind: 'action'; label: string; testId?: string; disabled?: boolean; hint?: string; run: () => void }
  | { kind: 'check'; label: string; testId?: string; checked: boolean; toggle: (checked: boolean) => void };

interface Props {
  /** The button's accessible name, e.g. "More sharing options". */
  label: string;
  /** What the button shows (an arrow next to its group's main button). */
  children: ReactNode;
  items: readonly MenuItem[];
  testId?: string;
  disabled?: boolean;
}

/**
 * A menu button (WAI-ARIA APG "menu button"): Enter, Space or ↓ opens it on the first item, ↑ on
 * the last; arrows, Home and End move; Escape or Tab closes it and focus returns to the button.
 */
export function MenuButton({ label, children, items, testId, disabled = false }: Props) {
  const [open, setOpen] = useState(false);
  const button = useRef<HTMLButtonElement>(null);
  const menu = useRef<HTMLUListElement>(null);
  const id = useId();

  const entries = () => [...(menu.current?.querySelectorAll<HTMLElement>('[role^="menuitem"]') ?? [])];
  const focusAt = (index: number) => {
    const all = entries().filter((e) => e.getAttribute('aria-disabled') !== 'true');
    all.at(index < 0 ? all.length + index : index % Math.max(1, all.length))?.focus();
  };
  const close = (refocus = true) => {
    setOpen(false);
    if (refocus) button.current?.focus();
  };

  useEffect(() => {
    if (!open) return;
    const away = (event: PointerEvent) => {
      const target = event.target as Node;
      if (!menu.current?.contains(target) && !button.current?.contains(target)) setOpen(false);
    };
    document.addEventListener('pointerdown', away);
    return () => document.removeEventListener('pointerdown', away);
  }, [open]);

  const onButtonKey = (event: KeyboardEvent) => {
    if (event.key !== 'ArrowDown' && event.key !== 'ArrowUp') return;
    event.preventDefault();
    setOpen(true);
    const at = event.key === 'ArrowDown' ? 0 : -1;
    requestAnimationFrame(() => focusAt(at));
  };
  const onMenuKey = (event: KeyboardEvent) => {
    const all = entries().filter((e) => e.getAttribute('aria-disabled') !== 'true');
    const current = all.indexOf(document.activeElement as HTMLElement);
    const moves: Record<string, number> = { ArrowDown: current + 1, ArrowUp: current - 1, Home: 0, End: -1 };
    if (event.key in moves) {
      event.preventDefault();
      focusAt(moves[event.key] ?? 0);
    } else if (event.key === 'Escape') {
      event.preventDefault();
      close();
    } else if (event.key === 'Tab') close(false);
  };

  return (
    <span className="menu-button">
      <button
        ref={button}
        type="button"
        className="menu-toggle"
        aria-label={label}
        aria-haspopup="menu"
        aria-expanded={open}
        aria-controls={open ? id : undefined}
        data-testid={testId}
        disabled={disabled}
        onClick={() => {
          setOpen((was) => !was);
          if (!open) requestAnimationFrame(() => focusAt(0));
        }}
        onKeyDown={onButtonKey}
      >
        {children}
      </button>
      {open && (
        <ul ref={menu} id={id} role="menu" aria-label={label} className="menu-list" onKeyDown={onMenuKey}>
          {items.map((item) => (
            <li key={item.label} role="none">
              {item.kind === 'action' ? (
                <button
                  type="button"
                  role="menuitem"
                  tabIndex={-1}
                  data-testid={item.testId}
                  aria-disabled={item.disabled ? true : undefined}
                  title={item.hint}
                  onClick={() => {
                    if (item.disabled) return;
                    close();
                    item.run();
                  }}
                >
                  {item.label}
                </button>
              ) : (
                <button
                  type="button"
                  role="menuitemcheckbox"
                  tabIndex={-1}
                  aria-checked={item.checked}
                  data-testid={item.testId}
                  onClick={() => item.toggle(!item.checked)}
                >
                  <span className="menu-check" aria-hidden="true">
                    {item.checked ? '✓' : ''}
                  </span>
                  {item.label}
                </button>
              )}
            </li>
          ))}
        </ul>
      )}
    </span>
  );
}
