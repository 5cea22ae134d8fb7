/**
 * Buffer's service names as people write them in files (SPEC §2): the wire's
 * `Service` enum, any letter case, the seed's spellings and the names people
 * use for a network. Known without a key, so a misspelt service is an error
 * offline too (fork PRs, `buffer-gitops validate`), not only once Buffer is asked.
 */
import { SEED_SERVICE_SPELLINGS, SERVICES, type Service } from '../buffer/types.js';
import { nearest } from '../text/did-you-mean.js';

/** The seed's spellings, and the names people use for a network, mapped to Buffer's `Service` enum. */
const SERVICE_ALIASES: Record<string, Service> = {
  ...SEED_SERVICE_SPELLINGS,
  x: 'twitter',
  google: 'googlebusiness',
  gbp: 'googlebusiness',
};

export function normalizeService(text: string): Service | undefined {
  if ((SERVICES as readonly string[]).includes(text)) return text as Service;
  const lower = text.toLowerCase();
  const exact = SERVICES.find((s) => s.toLowerCase() === lower);
  return exact ?? SERVICE_ALIASES[lower];
}

/** The service a reference names (`twitter`, `linkedin:Acme Inc`); undefined for a channel ID or an unknown name. */
export function serviceOfReference(ref: string): Service | undefined {
  const colon = ref.indexOf(':');
  return normalizeService((colon === -1 ? ref : ref.slice(0, colon)).trim());
}

/**
 * The service `text` is plausibly a typo of (`twiter` → `twitter`), else
 * undefined. Only full names are candidates: a one-letter alias like `x`
 * would make every short word look like a typo.
 */
export function misspeltService(text: string): Service | undefined {
  if (normalizeService(text)) return undefined;
  return nearest(text, SERVICES) as Service | undefined;
}
