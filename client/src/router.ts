import { useEffect, useState } from 'react';

/** A parsed hash route: "#/matches/abc" → { path: "/matches/abc", segments: ["matches", "abc"] }. */
export interface Route {
  path: string;
  segments: string[];
}

export function parseHash(hash: string): Route {
  const path = hash.replace(/^#/, '').split('?')[0] || '/';
  const normalised = path.startsWith('/') ? path : `/${path}`;
  return { path: normalised, segments: normalised.split('/').filter((segment) => segment !== '').map(decodeURIComponent) };
}

/** A query parameter of the hash ("#/reset-password?token=abc" → "abc"), or null. */
export function hashParam(hash: string, name: string): string | null {
  const query = hash.split('?').slice(1).join('?');
  return new URLSearchParams(query).get(name);
}

export function navigate(path: string): void {
  window.location.hash = path;
}

export function href(path: string): string {
  return `#${path}`;
}

/** The current route; re-renders on every hash change. */
export function useRoute(): Route {
  const [route, setRoute] = useState(() => parseHash(window.location.hash));
  useEffect(() => {
    const onChange = (): void => setRoute(parseHash(window.location.hash));
    window.addEventListener('hashchange', onChange);
    return () => window.removeEventListener('hashchange', onChange);
  }, []);
  return route;
}
