import { describe, expect, it } from 'vitest';
import { parseIdeaFile } from '../../src/posts/idea.js';

describe('parseIdeaFile', () => {
  it('reads title, services, date, body text and media', () => {
    const raw =
      '---\ntitle: Launch thread\nservices: [twitter, startpage]\ndate: 2026-12-01\nbuffer: {id: 64f0a1}\n---\nIdea with **bold** and ![chart](https://x/c.png)\n';
    const idea = parseIdeaFile('ideas/a.md', raw);
    expect(idea).toMatchObject({
      path: 'ideas/a.md',
      raw,
      title: 'Launch thread',
      services: ['twitter', 'startPage'],
      // A bare date is midnight UTC when no time zone is configured: Buffer's `DateTime` is a full ISO 8601 instant.
      date: '2026-12-01T00:00:00.000Z',
      body: 'Idea with bold and',
      media: [{ url: 'https://x/c.png', alt: 'chart' }],
      tracked: { id: '64f0a1' },
    });
    expect(idea.findings.map((f) => [f.code, f.severity, f.line])).toEqual([['seed-spelling', 'notice', 3]]);
  });

  it('accepts the write-back form keyed like a post block', () => {
    expect(parseIdeaFile('ideas/b.md', '---\nbuffer:\n  idea: {id: "123"}\n---\nText\n').tracked).toEqual({
      id: '123',
    });
  });

  it('a body-only idea needs no front-matter', () => {
    const idea = parseIdeaFile('ideas/c.md', 'Just a thought\n');
    expect(idea.findings).toEqual([]);
    expect(idea.body).toBe('Just a thought');
  });

  it('reports unknown keys, unknown services, bad dates and bad media URLs', () => {
    const raw = '---\ntitel: x\nservices: [twiter]\ndate: someday\nbuffer: {status: x}\n---\n![a](img/a.png)\n';
    const idea = parseIdeaFile('ideas/d.md', raw);
    expect(idea.findings.map((f) => [f.code, f.line, f.column])).toEqual([
      ['unknown-key', 2, 1],
      ['unknown-service', 3, 12],
      ['invalid-date', 4, 7],
      ['invalid-buffer-block', 5, 1],
      ['image-url-relative', 7, 1],
    ]);
    expect(idea.findings[0]!.message).toContain('Did you mean `title`?');
    expect(idea.findings[1]!.message).toContain('Did you mean `twitter`?');
    expect(idea.services).toEqual([]);
  });

  it.each([
    // [written, timezone, sent]
    ['2027-02-01', undefined, '2027-02-01T00:00:00.000Z'],
    ['2027-02-01', 'Europe/Berlin', '2027-01-31T23:00:00.000Z'],
    ['2027-07-01', 'America/New_York', '2027-07-01T04:00:00.000Z'],
    ['"2027-02-01"', 'Europe/Berlin', '2027-01-31T23:00:00.000Z'],
    ['2027-02-01T09:30:00+01:00', 'America/New_York', '2027-02-01T08:30:00.000Z'],
    ['2027-02-01T09:30', 'Europe/Berlin', '2027-02-01T08:30:00.000Z'],
  ])('date %s (timezone %s) is sent as the ISO date-time %s', (written, timezone, sent) => {
    const idea = parseIdeaFile(
      'ideas/g.md',
      `---\ntitle: T\ndate: ${written}\n---\nText\n`,
      timezone ? { timezone } : {},
    );
    expect(idea.findings).toEqual([]);
    expect(idea.date).toBe(sent);
  });

  it('a date with a time of day but no offset and no time zone is an error, not a guess', () => {
    const idea = parseIdeaFile('ideas/h.md', '---\ndate: 2027-02-01T09:30\n---\nText\n');
    expect(idea.findings.map((f) => [f.code, f.line, f.column])).toEqual([['invalid-date', 2, 7]]);
    expect(idea.findings[0]!.message).toContain('has no UTC offset and no time zone is configured');
    expect(idea.date).toBeUndefined();
  });

  it('a title YAML reads as a number is sent as the text written', () => {
    expect(parseIdeaFile('ideas/i.md', '---\ntitle: 2027.10\n---\nText\n').title).toBe('2027.10');
    expect(parseIdeaFile('ideas/i.md', '---\ntitle: [a]\n---\nText\n').findings.map((f) => [f.code, f.line])).toEqual([
      ['wrong-type', 2],
    ]);
  });

  it('an empty idea is an error; a broken YAML is reported', () => {
    expect(parseIdeaFile('ideas/e.md', '---\n---\n').findings.map((f) => f.code)).toEqual(['empty-idea']);
    expect(parseIdeaFile('ideas/f.md', '---\ntitle: [x\n---\nText\n').findings.map((f) => f.code)).toContain(
      'yaml-syntax',
    );
  });
});
