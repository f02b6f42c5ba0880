import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';
import { setUpI18n } from './i18n/i18n';
import { registerServiceWorker } from './offline/register-service-worker';
import './styles.css';

setUpI18n();
registerServiceWorker();
const root = document.getElementById('root');
if (root !== null) {
  createRoot(root).render(
    <StrictMode>
      <App />
    </StrictMode>,
  );
}
