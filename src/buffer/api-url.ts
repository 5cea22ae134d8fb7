/**
 * Buffer's public API (requests go to `<api-url>/graphql`). A module of its
 * own so settings can name the default without loading the HTTP transport.
 */
export const DEFAULT_API_URL = 'https://api.buffer.com';
