/** The UI slice: language, selection and hover — what the learner is looking at, not the cluster. */
import type { StateCreator } from 'zustand/vanilla';
import type { Lang } from '../i18n';
import type { AppState } from './createAppStore';
import { saveLang } from './langPreference';

/** The diagram's pan/zoom transform: screen = model * k + (x, y). */
export interface ViewTransform {
  /** Horizontal translation in screen pixels. */
  readonly x: number;
  /** Vertical translation in screen pixels. */
  readonly y: number;
  /** Zoom factor; also decides the diagram's level of detail. */
  readonly k: number;
}

/** State and actions of the UI slice. */
export interface UiSlice {
  /** The interface language. */
  lang: Lang;
  /** The selected diagram element (a device, pod, node or container id), if any. */
  selected: string | null;
  /** The hovered diagram element, if any. */
  hovered: string | null;
  /** Presenter mode: larger type and controls for projecting to a room. */
  presenter: boolean;
  /** The screen is blanked to black (a clicker's B or . key), so the room looks at the speaker. */
  blanked: boolean;
  /** Switches the interface language (and remembers the choice). */
  setLang: (lang: Lang) => void;
  /** Turns presenter mode on or off. */
  togglePresenter: () => void;
  /** Blanks the screen (and pauses the packet, so no hop passes unseen) or brings it back. */
  setBlanked: (blanked: boolean) => void;
  /** Selects an element (null clears). */
  select: (id: string | null) => void;
  /** Marks an element as hovered (null clears). */
  hover: (id: string | null) => void;
  /** The diagram's current pan/zoom, written by the diagram's zoom behaviour. */
  view: ViewTransform;
  /** Records the diagram's pan/zoom. */
  setView: (view: ViewTransform) => void;
}

/** Builds the UI slice. */
export const createUiSlice =
  (lang: Lang): StateCreator<AppState, [], [], UiSlice> =>
  (set) => ({
    lang,
    selected: null,
    hovered: null,
    view: { x: 0, y: 0, k: 1 },
    setView: (view) => set({ view }),
    presenter: false,
    setLang: (l) => {
      saveLang(l);
      set({ lang: l });
    },
    togglePresenter: () => set((s) => ({ presenter: !s.presenter })),
    blanked: false,
    setBlanked: (blanked) => set(blanked ? { blanked, playing: false } : { blanked }),
    select: (id) => set({ selected: id }),
    hover: (id) => set({ hovered: id }),
  });
