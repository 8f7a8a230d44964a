/**
 * Space toggles a checkbox; people expect Enter to work on a switch as well. A disabled switch
 * ignores both.
 */
export function enterToggles(box: HTMLInputElement): void {
  box.addEventListener('keydown', (event) => {
    if (event.key === 'Enter' && !box.disabled) {
      event.preventDefault();
      box.click();
    }
  });
}
