// jsdom plus the Fetch API classes that React Router's data router needs (it wraps every
// navigation in a `Request`). jest-environment-jsdom does not expose them, so take Node's.
// AbortController/AbortSignal come along: Node's Request only accepts its own AbortSignal.
const JSDOMEnvironment = require('jest-environment-jsdom').default;

const FROM_NODE = [
  'fetch',
  'Request',
  'Response',
  'Headers',
  'AbortController',
  'AbortSignal',
  'ReadableStream',
  'TextEncoder',
  'TextDecoder',
  'structuredClone',
];

class JSDOMWithFetchEnvironment extends JSDOMEnvironment {
  constructor(...args) {
    super(...args);
    for (const name of FROM_NODE) {
      if (globalThis[name] !== undefined) this.global[name] = globalThis[name];
    }
  }
}

module.exports = JSDOMWithFetchEnvironment;
