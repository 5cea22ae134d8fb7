import { describe, expect, it } from 'vitest';
import { byServiceThenName } from '../../src/channels/order.js';

describe('byServiceThenName', () => {
  it('orders by service, then name, then ID, in code-unit order whatever the locale', () => {
    const channels = [
      { service: 'twitter', name: 'acme', id: 'c2' },
      { service: 'linkedin', name: 'acme', id: 'c9' },
      { service: 'twitter', name: 'Acme', id: 'c5' },
      { service: 'twitter', name: 'acme', id: 'c1' },
    ];
    expect([...channels].sort(byServiceThenName).map((c) => c.id)).toEqual(['c9', 'c5', 'c1', 'c2']);
  });
});
