import { useAppStore } from '../../store';
import { CALC_INPUTS_ID, focusSoon, MAIN_CONTENT_ID } from '../common/focus-moves';

/**
 * The page's first Tabs: past the rail, top bar and filters to the view, and on the Calculator
 * straight to its inputs (its main action, under the headline and the scenarios). Buttons-like links
 * that move focus themselves: the URL hash holds the app's state, so no in-page anchors.
 */
export function SkipLinks() {
  const calculator = useAppStore((s) => s.view === 'calculator');
  const links = [
    { id: MAIN_CONTENT_ID, text: 'Skip to main content' },
    ...(calculator ? [{ id: CALC_INPUTS_ID, text: 'Skip to the calculator’s inputs' }] : []),
  ];
  return (
    <>
      {links.map((link) => (
        <a
          key={link.id}
          className="skip-link"
          href={`#${link.id}`}
          onClick={(event) => {
            event.preventDefault();
            focusSoon(link.id);
          }}
        >
          {link.text}
        </a>
      ))}
    </>
  );
}
