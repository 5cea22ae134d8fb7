/**
 * Idea files (issue 3 item 7): a new file in ideas/ becomes an entry on
 * Buffer's ideas board with its ID written back; edits and removals are
 * reported, because Buffer's API cannot edit or delete ideas.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHarness, type Harness } from './harness.js';

const IDEA = `---
title: Customer story series
services: [linkedin, twitter]
date: 2027-02-01
---
Interview three customers about how they moved to Acme 2.0.

![Sketch of the series banner](https://example.com/img/banner.png)
`;

describe('ideas', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await createHarness({ now: '2027-01-01T00:00:00Z' });
  });
  afterAll(async () => h?.close());

  it('creates the idea and writes its ID back', async () => {
    const run = await h.runPush(await h.pushFiles({ 'ideas/customer-stories.md': IDEA }, 'an idea'));
    expect(run.exitCode, run.stdout).toBe(0);
    expect(run.outputs.created).toBe('1');
    const ideas = h.sandbox.state().ideas;
    expect(ideas).toHaveLength(1);
    expect(ideas[0]!.content.title).toBe('Customer story series');
    expect(ideas[0]!.content.text).toBe('Interview three customers about how they moved to Acme 2.0.');
    expect(ideas[0]!.content.services).toEqual(['linkedin', 'twitter']);
    expect(ideas[0]!.content.media?.[0]).toMatchObject({
      url: 'https://example.com/img/banner.png',
      type: 'image',
      alt: 'Sketch of the series banner',
    });
    await h.pull();
    expect(await h.read('ideas/customer-stories.md')).toContain(ideas[0]!.id);
  });

  it('reports an edit as not supported by Buffer, without creating another idea', async () => {
    const current = await h.read('ideas/customer-stories.md');
    const run = await h.runPush(
      await h.pushFiles(
        { 'ideas/customer-stories.md': current.replace('three customers', 'five customers') },
        'edit idea',
      ),
    );
    expect(run.stdout).toMatch(/cannot edit ideas/);
    expect(h.sandbox.state().ideas).toHaveLength(1);
    expect(h.sandbox.state().stats.byRootField.createIdea).toBe(1);
  });

  it('reports a removal as not supported by Buffer', async () => {
    const run = await h.runPush(await h.pushFiles({ 'ideas/customer-stories.md': null }, 'drop idea'));
    expect(run.stdout).toMatch(/cannot delete ideas/);
    expect(h.sandbox.state().ideas).toHaveLength(1);
  });
});
