import { startTransition, StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';
import { prefetchPageData } from './data/page-data';
import { createQueryClient } from './data/query-client';
import { openSession } from './data/session';
import { languageReady, setUpI18n } from './i18n/i18n';
import { preloadPageFor } from './lazy-pages';
import { registerServiceWorker } from './offline/register-service-worker';
import { parseHash } from './router';
import { pageFor } from './routes';
import './styles.css';

const route = parseHash(window.location.hash);
preloadPageFor(route);
const i18n = setUpI18n();
// Whether someone is signed in, and what the page needs, are asked at once, before the first render.
const queryClient = createQueryClient();
void openSession(queryClient);
prefetchPageData(queryClient, pageFor(route), i18n.language);
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
          <App queryClient={queryClient} />
        </StrictMode>,
      );
    });
  }
});
