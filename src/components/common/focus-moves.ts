// Focus moved on purpose (issue 17): after an action removes or replaces the focused control, focus
// goes where the user now is, never to the page body.

export const VIEW_HEADING_ID = 'view-heading';
export const MAIN_CONTENT_ID = 'main-content';
export const CALC_INPUTS_ID = 'calc-inputs';

/** Focus an element by id once React has drawn it (the next frame). */
export function focusSoon(id: string): void {
  requestAnimationFrame(() => document.getElementById(id)?.focus());
}

/** Whether focus was lost: on the body, or on nothing (its element was removed). */
export function focusLost(): boolean {
  const active = document.activeElement;
  return active === null || active === document.body || !active.isConnected;
}
