import { useEffect, useState } from 'react';

type Health = 'checking' | 'ok' | 'unavailable';

/** Placeholder until the web client lands: says what this is and whether the server is healthy. */
export function App() {
  const [health, setHealth] = useState<Health>('checking');

  useEffect(() => {
    fetch('/api/health')
      .then((response) => setHealth(response.ok ? 'ok' : 'unavailable'))
      .catch(() => setHealth('unavailable'));
  }, []);

  return (
    <main style={{ maxWidth: '40rem', margin: '2rem auto', padding: '0 1rem', fontFamily: 'system-ui, sans-serif', lineHeight: 1.5 }}>
      <h1>Common Ground</h1>
      <p>Newcomers and local residents, matched for conversation, walks and coffee.</p>
      <p role="status">Server: {health === 'checking' ? 'checking…' : health}</p>
      <p>
        API documentation: <a href="/api/docs">/api/docs</a>
      </p>
    </main>
  );
}
