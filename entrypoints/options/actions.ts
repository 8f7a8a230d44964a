import { deleteSite, editSite } from '@/lib/settings/edit';
import type { Settings, SiteSettings } from '@/lib/settings/types';
import { saveAndRegister } from '@/utils/ui/save';
import { focusName, type OptionsState } from './state';
import { showSaveFailure } from './storage-notices';

/** What the options page's controls do to the settings; each saves, re-registers, and redraws. */
export interface Actions {
  save(change: (s: Settings) => Settings): Promise<void>;
  changeSite(key: string, change: (site: SiteSettings) => void): Promise<void>;
  /** Removes a site's settings, offering "Undo" until the next change. */
  forget(key: string): void;
  undoForget(): void;
}

export function createActions(state: OptionsState, render: () => void): Actions {
  const save = async (change: (s: Settings) => Settings) => {
    try {
      state.settings = await saveAndRegister(change);
    } catch (error) {
      // A failed write is said, not swallowed (issue #13); the page keeps showing what is stored.
      showSaveFailure(error);
      return;
    }
    render();
  };
  return {
    save,
    changeSite: (key, change) => {
      state.undoForget = null;
      return save((s) => editSite(s, key, change));
    },
    forget: (key) => {
      const site = state.settings.sites[key];
      if (!site) return;
      state.undoForget = { key, site: structuredClone(site) };
      state.pendingFocus = focusName.undoForget;
      void save((s) => deleteSite(s, key));
    },
    undoForget: () => {
      const forgotten = state.undoForget;
      if (!forgotten) return;
      state.undoForget = null;
      state.pendingFocus = focusName.forget(forgotten.key);
      void save((s) => ({ ...s, sites: { ...s.sites, [forgotten.key]: forgotten.site } }));
    },
  };
}
