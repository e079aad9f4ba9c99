// What the production build gets for `import ... from 'react'` (vite.config.ts): Preact's compat
// layer plus what React 19 has and it lacks. Mantine 9 imports `Activity` (used only with
// `keepMounted`, which no page sets to true). Plain JavaScript: Preact's compat types use
// `export =`, which TypeScript cannot re-export with `export *`.
import { createElement } from 'preact';

export * from 'preact/compat';
export { default } from 'preact/compat';

/**
 * React's <Activity>: hidden children stay mounted (state kept) but are not shown. Unlike React,
 * their effects keep running while hidden.
 * @param {{ mode?: 'visible' | 'hidden', children?: import('preact').ComponentChildren }} props
 */
export function Activity({ mode = 'visible', children }) {
  return createElement('div', { style: { display: mode === 'hidden' ? 'none' : 'contents' } }, children);
}
