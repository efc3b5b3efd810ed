/** Entry point: decides the first view (shared link, autosave or default), creates the store, mounts React. */
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { createAppStore } from './store';
import { initialLang } from './store/langPreference';
import { openStorage, startAutosave } from './store/persistence';
import { App } from './ui/App';
import { EmbedApp } from './ui/embed/EmbedApp';
import { applyBoot, openIncomingLink, planBoot } from './ui/share/boot';
import { startUrlSync } from './ui/share/shareLink';
import { StoreContext } from './ui/storeContext';
import './styles.css';

/** Plans the first view, builds the store, starts autosave and the address sync, then renders. */
async function boot(): Promise<void> {
  const storage = openStorage();
  const plan = await planBoot(window.location, storage);
  const store = createAppStore({
    scenario: plan.scenario,
    lang: plan.lang ?? initialLang(navigator.languages),
  });
  applyBoot(store, plan);
  if (!plan.embed) {
    const autosave = startAutosave(store, storage);
    window.addEventListener('pagehide', autosave.flush);
    const sync = startUrlSync(store);
    window.addEventListener('hashchange', () => {
      if (window.location.hash !== sync.lastHash())
        void openIncomingLink(store, window.location.hash);
    });
  }
  const root = document.getElementById('root');
  if (!root) return;
  createRoot(root).render(
    <StrictMode>
      <StoreContext.Provider value={store}>
        {plan.embed ? <EmbedApp /> : <App />}
      </StoreContext.Provider>
    </StrictMode>,
  );
}

void boot();
