// One picture, one person: two stories about different people may not share a hero image.
import { describe, expect, it } from 'vitest';
import { imageKey, sharedPortraits } from '../../src/lib/content/portraits';

describe('sharedPortraits', () => {
  it('names the second story and the first when two people share an image', () => {
    const problems = sharedPortraits([
      { file: 'content/stories/nl/roel.mdx', image: 'trein.jpg' },
      { file: 'content/stories/nl/iris.mdx', image: 'trein.jpg' },
    ]);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(
      /^content\/stories\/nl\/roel\.mdx: gebruikt dezelfde hoofdafbeelding als content\/stories\/nl\/iris\.mdx/,
    );
  });

  it('lets the two languages of one story, and different images, pass', () => {
    expect(
      sharedPortraits([
        { file: 'content/stories/nl/roel.mdx', image: 'trein.jpg' },
        { file: 'content/stories/en/roel.mdx', image: 'trein.jpg' },
        { file: 'content/stories/nl/iris.mdx', image: 'portret-7.jpg' },
      ]),
    ).toEqual([]);
  });

  it('reads the image from the forms the content store keeps', () => {
    expect(imageKey('__ASTRO_IMAGE_../../images/portret-7.jpg')).toBe('portret-7.jpg');
    expect(imageKey({ src: '/_astro/portret-7.jpg' })).toBe('portret-7.jpg');
    expect(imageKey(undefined)).toBeUndefined();
  });
});
