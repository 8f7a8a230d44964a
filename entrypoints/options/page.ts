import type { Actions } from './actions';
import type { OptionsState } from './state';

/** What each part of the options page is given: the state, the actions, and a way to redraw. */
export interface OptionsPage {
  state: OptionsState;
  actions: Actions;
  /** Redraws the page from the state, keeping focus and typed drafts. */
  render(): void;
}
