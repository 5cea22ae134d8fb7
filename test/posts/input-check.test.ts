/**
 * Front-matter values checked against Buffer's input types (issue 12): every
 * scalar, enum, input object and list case, the text the user wrote for a
 * YAML number or boolean where Buffer wants a String, and the did-you-mean.
 */
import { describe, expect, it } from 'vitest';
import { isMap, type Pair } from 'yaml';
import { FindingList } from '../../src/posts/findings.js';
import { checkInput, type InputCheckOptions } from '../../src/posts/input-check.js';
import { parseYamlSource } from '../../src/posts/yaml-source.js';

/**
 * Checks the value of `v:` in `yaml` (the YAML starts on file line 2, as
 * front-matter does) against `type`.
 */
function check(yaml: string, type: string, opts: InputCheckOptions = {}) {
  const findings = new FindingList('posts/a.md');
  const source = parseYamlSource(yaml, 2, findings);
  expect(findings.items).toEqual([]);
  const map = source.doc.contents;
  if (!isMap(map)) throw new Error('test YAML must be a mapping');
  const pair = map.items.find((p) => String((p.key as { value?: unknown }).value) === 'v') as Pair;
  return checkInput(pair.value, type, 'v', source.at(pair.key), source, opts);
}

const ok = (yaml: string, type: string, opts?: InputCheckOptions) => {
  const result = check(yaml, type, opts);
  expect(result.problems).toEqual([]);
  return result.value;
};

const problems = (yaml: string, type: string, opts?: InputCheckOptions) =>
  check(yaml, type, opts).problems.map((p) => ({
    kind: p.kind,
    line: p.at.line,
    column: p.at.column,
    message: p.message,
  }));

describe('String (and ID scalars)', () => {
  it.each([
    ['v: hello', 'hello'],
    ['v: "28"', '28'],
    ['v: 28', '28'],
    ['v: 0028', '0028'],
    ['v: 1.50', '1.50'],
    ['v: 1e3', '1e3'],
    ['v: -0', '-0'],
    ['v: 0x1F', '0x1F'],
    ['v: true', 'true'],
    ['v: False', 'False'],
    ["v: '007'", '007'],
    ['v: |\n  two\n  lines', 'two\nlines\n'],
  ])('%s → the text as written', (yaml, text) => {
    expect(ok(yaml, 'String')).toBe(text);
  });
  it('custom ID scalars are text as written too', () => {
    expect(ok('v: 6750c3e10', 'ChannelId')).toBe('6750c3e10');
  });
  it('a mapping or list where text is wanted is a type problem at the key line', () => {
    expect(problems('v: {a: 1}', 'String')).toEqual([
      { kind: 'type', line: 2, column: 1, message: '`v` must be text; found a mapping.' },
    ]);
    expect(problems('v:\n  - a', 'String')).toEqual([
      { kind: 'type', line: 2, column: 1, message: '`v` must be text; found a list.' },
    ]);
  });
});

describe('Int and Float', () => {
  it.each([
    ['v: 3', 3],
    ['v: -12', -12],
    ['v: "42"', 42],
    ['v: 2147483647', 2147483647],
  ])('Int %s → %s', (yaml, value) => {
    expect(ok(yaml, 'Int')).toBe(value);
  });
  it.each(['v: 1.5', 'v: three', 'v: "4x"', 'v: 2147483648', 'v: true', 'v: [1]'])('Int refuses %s', (yaml) => {
    const [p] = problems(yaml, 'Int');
    expect(p).toMatchObject({ kind: 'type', line: 2 });
    expect(p!.message).toMatch(/^`v` must be a whole number, e.g. `3`; found /);
  });
  it.each([
    ['v: 0.5', 0.5],
    ['v: 2', 2],
    ['v: "1.25"', 1.25],
  ])('Float %s → %s', (yaml, value) => {
    expect(ok(yaml, 'Float')).toBe(value);
  });
  it('Float refuses text that is no number', () => {
    expect(problems('v: half', 'Float')[0]?.message).toBe('`v` must be a number, e.g. `0.5`; found the text "half".');
  });
});

describe('Boolean', () => {
  it('takes YAML booleans', () => {
    expect(ok('v: true', 'Boolean')).toBe(true);
    expect(ok('v: false', 'Boolean')).toBe(false);
  });
  it.each(['v: "true"', 'v: yes', 'v: 1'])('refuses %s: it says to write true or false unquoted', (yaml) => {
    expect(problems(yaml, 'Boolean')[0]?.message).toMatch(/^`v` must be `true` or `false` \(unquoted\); found /);
  });
});

describe('DateTime', () => {
  it('a date-time with an offset is sent as the UTC instant', () => {
    expect(ok('v: 2027-02-01T09:00:00+01:00', 'DateTime')).toBe('2027-02-01T08:00:00.000Z');
  });
  it('a bare date is midnight in the configured time zone, UTC when none is configured', () => {
    expect(ok('v: 2027-02-01', 'DateTime')).toBe('2027-02-01T00:00:00.000Z');
    expect(ok('v: 2027-02-01', 'DateTime', { timezone: 'Asia/Tokyo' })).toBe('2027-01-31T15:00:00.000Z');
  });
  it('a date-time without an offset uses the time zone, and is an error without one', () => {
    expect(ok('v: 2027-02-01T09:00', 'DateTime', { timezone: 'Europe/Berlin' })).toBe('2027-02-01T08:00:00.000Z');
    expect(problems('v: 2027-02-01T09:00', 'DateTime')[0]?.message).toContain(
      '`v` `2027-02-01T09:00` has no UTC offset and no time zone is configured',
    );
  });
  it.each(['v: next tuesday', 'v: 2027-02-30', 'v: 20270201'])('refuses %s', (yaml) => {
    expect(problems(yaml, 'DateTime')).toHaveLength(1);
  });
});

describe('enums', () => {
  it('takes a value of the enum', () => {
    expect(ok('v: unlisted', 'YoutubePrivacy')).toBe('unlisted');
  });
  it('an unknown value: did-you-mean and the values to use, at the key line', () => {
    expect(problems('v: publik', 'YoutubePrivacy')).toEqual([
      {
        kind: 'enum',
        line: 2,
        column: 1,
        message:
          '`v` is `publik`, which Buffer does not accept. Did you mean `public`? Use one of `private`, `public`, `unlisted`.',
      },
    ]);
  });
  it('a value far from every enum value gets no guess', () => {
    expect(problems('v: 42', 'YoutubePrivacy')[0]?.message).toBe(
      '`v` is `42`, which Buffer does not accept. Use one of `private`, `public`, `unlisted`.',
    );
  });
  it('a mapping is a type problem', () => {
    expect(problems('v: {a: b}', 'YoutubePrivacy')[0]).toMatchObject({
      kind: 'type',
      message: '`v` must be one of `private`, `public`, `unlisted`; found a mapping.',
    });
  });
});

describe('input objects', () => {
  it('checks each field by its type and sends numbers as the text written', () => {
    expect(
      ok('v: {title: 2027, categoryId: 28, madeForKids: false, privacy: public}', 'YoutubePostMetadataInput'),
    ).toEqual({
      title: '2027',
      categoryId: '28',
      madeForKids: false,
      privacy: 'public',
    });
  });
  it('an unknown key: at its own line, with a did-you-mean and the keys Buffer accepts', () => {
    expect(problems('v:\n  title: Demo\n  categoryID: "22"', 'YoutubePostMetadataInput')).toEqual([
      {
        kind: 'unknown-key',
        line: 4,
        column: 3,
        message:
          '`v` has no key `categoryID`. Did you mean `categoryId`? Buffer accepts the keys `categoryId`, `embeddable`, `isAiGenerated`, `license`, `madeForKids`, `notifySubscribers`, `privacy`, `title`.',
      },
    ]);
  });
  it('a field value problem points at the field key line and names the path', () => {
    expect(problems('v:\n  type: post\n  shouldShareToFeed: maybe', 'InstagramPostMetadataInput')).toEqual([
      {
        kind: 'type',
        line: 4,
        column: 3,
        message: '`v.shouldShareToFeed` must be `true` or `false` (unquoted); found the text "maybe".',
      },
    ]);
  });
  it('a missing required field (non-null, no default) is reported at the object key, saying what to write', () => {
    expect(problems('v: {type: post}', 'InstagramPostMetadataInput')).toEqual([
      {
        kind: 'required',
        line: 2,
        column: 1,
        message: '`v` needs `shouldShareToFeed` (`true` or `false`); add it under `v:`.',
      },
    ]);
  });
  it('a required field written empty is reported at its own key', () => {
    expect(problems('v:\n  type:\n  shouldShareToFeed: true', 'InstagramPostMetadataInput')).toEqual([
      {
        kind: 'required',
        line: 3,
        column: 3,
        message:
          '`v.type` needs a value: one of `carousel`, `event`, `ghost_post`, `offer`, `post`, `reel`, `short`, `story`, `thread`, `whats_new`.',
      },
    ]);
  });
  it('a non-null field with a default may be left out; null optional fields are not sent', () => {
    expect(ok('v: {text: Hi}', 'ThreadedPostInput')).toEqual({ text: 'Hi' });
    expect(ok('v: {title: ~, url: https://x}', 'PinterestPostMetadataInput')).toEqual({ url: 'https://x' });
  });
  it('nested objects and lists of objects are checked all the way down', () => {
    const yaml = 'v:\n  type: event\n  detailsEvent: {isFullDayEvent: true, startDate: 2027-03-01, button: book}';
    expect(ok(yaml, 'GoogleBusinessPostMetadataInput')).toEqual({
      type: 'event',
      detailsEvent: { isFullDayEvent: true, startDate: '2027-03-01T00:00:00.000Z', button: 'book' },
    });
    expect(
      problems(
        'v:\n  type: event\n  detailsEvent: {isFullDayEvent: true, button: bok}',
        'GoogleBusinessPostMetadataInput',
      ),
    ).toEqual([
      {
        kind: 'enum',
        line: 4,
        column: 40,
        message: expect.stringContaining(
          '`v.detailsEvent.button` is `bok`, which Buffer does not accept. Did you mean `book`?',
        ),
      },
    ]);
  });
  it('a list or text where a mapping belongs is a type problem naming the keys', () => {
    expect(problems('v: [a]', 'LinkAttachmentThumbnailInput')).toEqual([
      { kind: 'type', line: 2, column: 1, message: '`v` must be a mapping with the key `url`; found a list.' },
    ]);
    expect(problems('v: https://x', 'LinkAttachmentThumbnailInput')[0]?.message).toBe(
      '`v` must be a mapping with the key `url`; found the text "https://x".',
    );
  });
  it('@oneOf input objects take exactly one key', () => {
    expect(ok('v: {membership: ungrouped}', 'IdeasGroupFilter')).toEqual({ membership: 'ungrouped' });
    expect(problems('v: {membership: ungrouped, groups: [a]}', 'IdeasGroupFilter')[0]?.message).toBe(
      '`v` takes exactly one of the keys `groups`, `membership`; found 2.',
    );
  });
});

describe('lists', () => {
  it('checks every item, numbering them from 1 in messages, at the item line', () => {
    const yaml = 'v:\n  - {text: one}\n  - {text: 2}\n  - {txt: three}';
    const result = check(yaml, '[ThreadedPostInput!]');
    expect(result.value).toEqual([{ text: 'one' }, { text: '2' }, {}]);
    expect(result.problems.map((p) => [p.kind, p.at.line, p.message])).toEqual([
      ['unknown-key', 5, '`v[3]` has no key `txt`. Did you mean `text`? Buffer accepts the keys `assets`, `text`.'],
    ]);
  });
  it('an empty item of a non-null list is a problem', () => {
    expect(problems('v:\n  - {text: one}\n  -', '[ThreadedPostInput!]')).toMatchObject([
      { kind: 'required', line: 4, message: expect.stringContaining('`v[2]` is empty') },
    ]);
  });
  it('a mapping where a list belongs is a type problem', () => {
    expect(problems('v: {text: one}', '[ThreadedPostInput!]')[0]).toMatchObject({
      kind: 'type',
      message: expect.stringContaining('`v` must be a list'),
    });
  });
  it('lists of scalars coerce each item', () => {
    expect(ok('v: [1, "2", 3]', '[Int!]')).toEqual([1, 2, 3]);
    expect(ok('v: [twitter, linkedin]', '[Service!]')).toEqual(['twitter', 'linkedin']);
  });
});

describe('null and absent values', () => {
  it('null for a nullable type is nothing to send', () => {
    expect(check('v: ~', 'String')).toEqual({ value: undefined, problems: [] });
  });
  it('null for a non-null type says a value is needed and what to write', () => {
    expect(problems('v:', 'ShareMode!')[0]?.message).toBe(
      '`v` needs a value: one of `addToQueue`, `customScheduled`, `shareNext`, `shareNow`.',
    );
  });
  it('an alias is followed', () => {
    expect(ok('a: &x 28\nv: *x', 'String')).toBe('28');
  });
});
