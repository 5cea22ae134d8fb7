/**
 * Preload (`node --import`) for third-party CLIs under test: their fetch may
 * reach 127.0.0.1 only. Anything else fails as it does on a machine without
 * network, so a tool that phones home (the official Buffer CLI's `doctor`
 * asks registry.npmjs.org for its latest version) runs offline and says so.
 */
const localFetch = globalThis.fetch;
globalThis.fetch = (input, init) => {
  const url = new URL(typeof input === 'string' || input instanceof URL ? input : input.url);
  if (url.hostname !== '127.0.0.1')
    return Promise.reject(new TypeError(`fetch failed: ${url.host} is not reachable from the tests (127.0.0.1 only)`));
  return localFetch(input, init);
};
