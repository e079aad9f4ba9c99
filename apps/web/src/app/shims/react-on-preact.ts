// What the production build gets for `import ... from 'react'` (vite.config.ts): Preact's compat
// layer plus what React 19 has and it lacks. Mantine 9 imports `Activity` (used only with
// `keepMounted`, which no page sets to true).
import { createElement, type ComponentChildren } from 'preact';

export * from 'preact/compat';
export { default } from 'preact/compat';

/**
 * React's <Activity>: hidden children stay mounted (state kept) but are not shown. Unlike React,
 * their effects keep running while hidden.
 */
export function Activity({ mode = 'visible', children }: { mode?: 'visible' | 'hidden'; children?: ComponentChildren }) {
  return createElement('div', { style: { display: mode === 'hidden' ? 'none' : 'contents' } }, children);
}
