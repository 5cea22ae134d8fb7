/**
 * The sandbox's default account with the channel mix the CLI's channel
 * listings are about: a second LinkedIn channel ("Acme Labs", so the service
 * name alone is ambiguous and references carry the name) and TikTok locked
 * (left out of what the CLI offers).
 */
import { defaultSeed, type SandboxSeed } from '../../src/sandbox/index.js';

export function seedWithTwoLinkedIns(): SandboxSeed {
  const seed = defaultSeed();
  seed.channels.push({
    ...seed.channels.find((c) => c.service === 'linkedin')!,
    id: '65f0c0de0003000000000099',
    name: 'Acme Labs',
    displayName: 'Acme Labs',
  });
  seed.channels.find((c) => c.service === 'tiktok')!.isLocked = true;
  return seed;
}
