/** A story: an article, a video interview or a return story, with the person it is about. */
import { z } from 'astro/zod';
import { CAPTIONS, ISO_DURATION } from '../patterns';
import { canonicalVideoUrl, LOCAL_VIDEO, videoUrlProblem } from '../../media/video-embed';
import { storyFormats } from '../vocabulary';
import { type ImageSchema, shared, fields, text, oneOf, picture, publishableFields, flag, noFeaturedOffBrand } from './fields';

/** A story's fields that hold no image. */
const storyText = shared(() => ({
  format: oneOf(storyFormats, 'story format').describe("artikel, video (video interview) or terugkeer (return story)."),
  person: fields({
    name: text(80).describe("Name, as shown."),
    role: text(120).describe("Role or job, e.g. \"Werktuigbouwkundige bij een maakbedrijf\"."),
    age: z.number({ error: 'must be a number' }).int().min(4).max(99).optional().describe("Age at the time of the story (optional)."),
  }).optional().describe("The person the story is about."),
  quote: text(240).optional().describe("A short quote from the person, shown large."),
  return: fields({
    from: text(80).describe("Where they lived, e.g. \"Amsterdam\"."),
    away: text(40).describe("How long they were away, e.g. \"8 jaar\"."),
    why: text(240).describe("Why they came back, in one sentence."),
  }).optional().describe("For a return story: where the person lived and why they came back."),
}));

/** The fields of a story's video that hold no image. */
const videoText = shared(() => ({
  url: text()
    .refine((url) => canonicalVideoUrl(url) !== undefined, {
      error: (issue) => videoUrlProblem(String(issue.input)),
    })
    .transform((url) => canonicalVideoUrl(url) ?? url)
    .describe(
      'YouTube or Vimeo address, or a file in public/videos/ (e.g. /videos/interview.mp4). Read in any form an editor pastes; pages get the canonical address (../../media/video-embed.ts).',
    ),
  duration: text().regex(ISO_DURATION, {
    error: 'must be a duration such as PT3M40S (3 minutes 40 seconds)',
  }).describe("Length as ISO 8601 duration, e.g. PT3M40S for 3 minutes 40 seconds."),
  captions: z.string().regex(CAPTIONS, { error: 'must be a .vtt file in /videos/' }).optional().describe("WebVTT captions for a local video, in public/videos/ (e.g. /videos/interview.nl.vtt)."),
  transcript: text().optional().describe("Full text of what is said, shown under the video (WCAG 1.2)."),
}));

export const storySchema = <I extends z.ZodType>(image: ImageSchema<I>) => {
  const story = storyText();
  const video = videoText();
  return fields({
    ...publishableFields(image),
    format: story.format,
    person: story.person,
    quote: story.quote,
    video: fields({
      url: video.url,
      duration: video.duration,
      poster: picture(image).optional().describe("Poster image shown before play, with alt text; the hero image when left out."),
      captions: video.captions,
      transcript: video.transcript,
    }).optional().describe("The video of a video interview."),
    return: story.return,
  }).superRefine((data, ctx) => {
    noFeaturedOffBrand(data, ctx);
    if (data.format === 'video') {
      if (!data.video) flag(ctx, ['video'], 'a video story needs a video (url, duration, transcript)');
      else if (!data.video.transcript) {
        flag(
          ctx,
          ['video', 'transcript'],
          'a video story needs a transcript: the full text of what is said (WCAG 1.2)',
        );
      }
    }
    if (data.video && LOCAL_VIDEO.test(data.video.url) && !data.video.captions) {
      flag(
        ctx,
        ['video', 'captions'],
        'a video on this site needs a captions file: /videos/name.vtt (WCAG 1.2.2)',
      );
    }
    if (data.format === 'terugkeer' && !data.return) {
      flag(ctx, ['return'], 'a return story needs return: from, away and why');
    }
  });
};
