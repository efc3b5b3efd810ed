/** Entry point: decides the first view (shared link, autosave or default), creates the store, mounts React. */
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { loadEnglishRest } from './i18n/catalog';
import { defaultScenario } from './scenario/defaultScenario';
import { createAppStore } from './store';
import { initialLang } from './store/langPreference';
import { openStorage } from './store/persistence';
import { App } from './ui/App';
import { onFirstInput } from './ui/firstInput';
import { applyBoot, planBoot } from './ui/share/boot';
import { startSyncWhenActive } from './ui/share/startSync';
import { StoreContext } from './ui/storeContext';
import './styles.css';

/** Plans the first view, builds the store, arranges autosave and the address sync, then renders. */
async function boot(): Promise<void> {
  const storage = openStorage();
  const plan = await planBoot(window.location, storage);
  const store = createAppStore({
    scenario: plan.scenario,
    lang: plan.lang ?? initialLang(navigator.languages),
  });
  applyBoot(store, plan);
  // The first chunk holds the English texts of the built-in scenario's first view; a shared packet,
  // a notice, another scenario (a saved one may show summaries, Services or the overlay) or the
  // embed view wait for the rest, so nothing is drawn without its words.
  const needsRest =
    plan.flows.length > 0 ||
    plan.notice !== null ||
    plan.shareChoice !== null ||
    plan.storageProblem !== null ||
    plan.embed ||
    plan.scenario !== defaultScenario;
  if (needsRest) await loadEnglishRest();
  if (!plan.embed) startSyncWhenActive(store, storage);
  // The embed view is rare: its module loads only for it (the static shell stays painted meanwhile).
  const View = plan.embed ? (await import('./ui/embed/EmbedApp')).EmbedApp : App;
  const root = document.getElementById('root');
  if (!root) return;
  createRoot(root).render(
    <StrictMode>
      <StoreContext.Provider value={store}>
        <View />
      </StoreContext.Provider>
    </StrictMode>,
  );
  // The rest of the English messages load on the learner's first input (a pointer moving over the
  // page is enough), before they can send a packet or open a tool, not with the first load.
  onFirstInput(() => void loadEnglishRest());
}

void boot();
