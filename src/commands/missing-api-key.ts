/**
 * The error every command that talks to Buffer throws without a key, in the
 * words of the surface that runs it. A file of its own so the CLI can tell it
 * apart without loading the Buffer client (commands/context.ts).
 */
import { API_KEY_SETTINGS_URL } from '../buffer/errors.js';
import type { Surface } from '../config/settings-location.js';

export class MissingApiKeyError extends Error {
  constructor(command: string, surface: Surface = 'action') {
    super(
      surface === 'cli'
        ? `${command} needs a Buffer API key: set the BUFFER_API_KEY environment variable (e.g. \`export BUFFER_API_KEY=…\`; the key is never read from buffer-gitops.yml). Create a key at ${API_KEY_SETTINGS_URL}.`
        : `${command} needs a Buffer API key: set the \`buffer-api-key\` input (e.g. \`buffer-api-key: \${{ secrets.BUFFER_API_KEY }}\`) or the BUFFER_API_KEY environment variable. Create a key at ${API_KEY_SETTINGS_URL}.`,
    );
    this.name = 'MissingApiKeyError';
  }
}
