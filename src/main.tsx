/** Entry point: creates the store, then mounts React over the static shell. */
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { preferredLang } from './i18n';
import { defaultScenario } from './scenario/defaultScenario';
import { createAppStore } from './store';
import { App } from './ui/App';
import { StoreContext } from './ui/storeContext';
import './styles.css';

const store = createAppStore({
  scenario: defaultScenario,
  lang: preferredLang(navigator.languages),
});
const root = document.getElementById('root');
if (root) {
  createRoot(root).render(
    <StrictMode>
      <StoreContext.Provider value={store}>
        <App />
      </StoreContext.Provider>
    </StrictMode>,
  );
}
