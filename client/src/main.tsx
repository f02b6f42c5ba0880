import { startTransition, StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';
import { languageReady, setUpI18n } from './i18n/i18n';
import { preloadPageFor } from './lazy-pages';
import { registerServiceWorker } from './offline/register-service-worker';
import { parseHash } from './router';
import './styles.css';

preloadPageFor(parseHash(window.location.hash));
setUpI18n();
registerServiceWorker();
const root = document.getElementById('root');
// Rendering waits for the words of the person's language, so nothing shows in English first.
void languageReady().finally(() => {
  if (root !== null) {
    // As a transition React renders the first page in slices and lets the browser paint and
    // answer input between them, instead of holding the phone's main thread for the whole tree.
    startTransition(() => {
      createRoot(root).render(
        <StrictMode>
          <App />
        </StrictMode>,
      );
    });
  }
});
