import { describe, expect, it } from 'vitest';
import { validatePost } from '../../src/validate/rules.js';
import { documentAsset, image, makePost, opts, targetsFor, video, withCode } from './factory.js';

const codes = (findings: ReturnType<typeof validatePost>) => findings.map((f) => f.code);

const INSTAGRAM_MD = { instagram: { type: 'post', shouldShareToFeed: true } };

describe('required media', () => {
  it.each([
    ['instagram', 'Instagram needs an image or a video', { metadata: INSTAGRAM_MD }],
    ['tiktok', 'TikTok needs an image or a video', {}],
    ['pinterest', 'Pinterest needs an image', { metadata: { pinterest: { boardServiceId: '1' } } }],
    ['youtube', 'YouTube needs a video', { metadata: { youtube: { title: 'Demo', categoryId: '28' } } }],
  ] as const)('%s without media is an error at the channel reference', (service, start, extra) => {
    const post = makePost({ channels: ['twitter', service], post: extra });
    const [f] = withCode('media-required', validatePost(post, targetsFor(post), opts()));
    expect(f).toMatchObject({ file: 'posts/2026-12-01-launch.md', line: 2, column: 21, severity: 'error' });
    expect(f?.message.startsWith(`${start}: add one under \`assets:\``)).toBe(true);
  });

  it('is satisfied by the right kind only', () => {
    const pin = makePost({
      channels: ['pinterest'],
      post: { assets: [video()], metadata: { pinterest: { boardServiceId: '1' } } },
    });
    expect(codes(validatePost(pin, targetsFor(pin), opts()))).toContain('media-required');
    const yt = makePost({
      channels: ['youtube'],
      post: { assets: [video()], metadata: { youtube: { title: 'Demo', categoryId: '28' } } },
    });
    expect(validatePost(yt, targetsFor(yt), opts())).toEqual([]);
    const ig = makePost({ channels: ['instagram'], body: '', post: { assets: [image()], metadata: INSTAGRAM_MD } });
    expect(validatePost(ig, targetsFor(ig), opts())).toEqual([]);
  });
});

describe('media counts', () => {
  it('allows 4 images on X and rejects 5', () => {
    const ok = makePost({ post: { assets: [1, 2, 3, 4].map((n) => image(`https://example.com/${n}.png`)) } });
    expect(validatePost(ok, targetsFor(ok), opts())).toEqual([]);
    const bad = makePost({ post: { assets: [1, 2, 3, 4, 5].map((n) => image(`https://example.com/${n}.png`)) } });
    const [f] = withCode('too-many-images', validatePost(bad, targetsFor(bad), opts()));
    expect(f).toMatchObject({ line: 2, column: 12 });
    expect(f?.message).toBe(
      'X takes at most 4 images per post; this post has 5. Remove 1, or move some into a later thread item.',
    );
  });

  it('checks each thread reply at its own position', () => {
    const five = [1, 2, 3, 4, 5].map((n) => image(`https://example.com/r${n}.png`));
    const post = makePost({ channels: ['bluesky'], body: 'one\n---\ntwo', itemAssets: [[], five] });
    const [f] = withCode('too-many-images', validatePost(post, targetsFor(post), opts()));
    expect(f).toMatchObject({ line: 6, column: 1 });
    expect(f?.message).toContain('thread item 2 has 5');
  });

  it('rejects images and a video together on X but not on Instagram', () => {
    const x = makePost({ post: { assets: [image(), video()] } });
    const [f] = withCode('mixed-media', validatePost(x, targetsFor(x), opts()));
    expect(f?.message).toBe(
      'X cannot combine images and a video in one post; this post has both. Keep one kind, or move some into a later thread item.',
    );
    const ig = makePost({ channels: ['instagram'], post: { assets: [image(), video()], metadata: INSTAGRAM_MD } });
    expect(validatePost(ig, targetsFor(ig), opts())).toEqual([]);
  });

  it('counts an Instagram carousel as images and videos together (10)', () => {
    const assets = [
      ...Array.from({ length: 6 }, (_, n) => image(`https://example.com/${n}.png`)),
      ...Array.from({ length: 5 }, (_, n) => video(`https://example.com/${n}.mp4`)),
    ];
    const post = makePost({ channels: ['instagram'], post: { assets, metadata: INSTAGRAM_MD } });
    expect(codes(validatePost(post, targetsFor(post), opts()))).toEqual(['too-many-media']);
  });

  it('rejects two videos on X and documents outside LinkedIn', () => {
    const post = makePost({ channels: ['twitter', 'linkedin'], post: { assets: [documentAsset()] } });
    const findings = validatePost(post, targetsFor(post), opts());
    expect(findings.map((f) => [f.code, f.column])).toEqual([['document-not-supported', 12]]);
    const vids = makePost({
      post: { assets: [video('https://example.com/1.mp4'), video('https://example.com/2.mp4')] },
    });
    expect(codes(validatePost(vids, targetsFor(vids), opts()))).toEqual(['too-many-videos']);
  });

  it('rejects images on YouTube', () => {
    const post = makePost({
      channels: ['youtube'],
      post: { assets: [video(), image()], metadata: { youtube: { title: 'Demo', categoryId: '28' } } },
    });
    expect(codes(validatePost(post, targetsFor(post), opts())).sort()).toEqual(['mixed-media', 'too-many-images']);
  });
});
