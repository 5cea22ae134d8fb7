import fc from 'fast-check';
import twitter from 'twitter-text';
import { describe, expect, it } from 'vitest';
import { extractHashtagsX } from '../../src/text/x-hashtags.js';
import { postText } from './x-arbitraries.js';

describe('extractHashtagsX', () => {
  it('finds the hashtags twitter-text finds (generated posts, scripts twitter-text knows)', () => {
    fc.assert(
      fc.property(postText, (text) => {
        expect(extractHashtagsX(text)).toEqual(twitter.extractHashtags(text));
      }),
      { numRuns: 3000 },
    );
  });

  it('skips number-only tags, keycaps, tags inside links and tags followed by # or ://', () => {
    expect(extractHashtagsX('#ship #2024 #️⃣ #a#b https://example.com/#frag #日本語 ＃全角 #x://y')).toEqual([
      'ship',
      '日本語',
      '全角',
    ]);
  });

  /**
   * Deliberate difference: twitter-text's letter tables stop at an older
   * Unicode; we take any letter Unicode 17 knows (a hashtag in a script
   * encoded since is still a hashtag on the networks we count for).
   */
  it('counts hashtags in scripts newer than twitter-text’s tables', () => {
    // Syriac Supplement (Unicode 10), Armenian ՠ (Unicode 11), CJK Extension H (Unicode 15).
    const text = '#ࡠ #աՠ #𱍐';
    expect(extractHashtagsX(text)).toEqual(['ࡠ', 'աՠ', '𱍐']);
    expect(twitter.extractHashtags(text)).toEqual(['ա']);
  });
});
