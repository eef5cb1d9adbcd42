/** A story: an article, a video interview or a return story, with the person it is about. */
import { z } from 'astro/zod';
import { say } from '../messages';
import { CAPTIONS, DURATION, EMAIL, LINKEDIN, isoDuration } from '../patterns';
import { canonicalVideoUrl, LOCAL_VIDEO, VIDEO_URL, videoUrlProblem } from '../../media/video-embed';
import { storyFormats } from '../vocabulary';
import { type ImageSchema, shared, fields, text, oneOf, number, picture, publishableFields, flag, noFeaturedOffBrand, show, employerId } from './fields';

/** A story's fields that hold no image. */
const storyText = shared(() => ({
  format: oneOf(storyFormats).describe("artikel, video (video interview) or terugkeer (return story)."),
  person: fields({
    name: text(80).describe("Name, as shown."),
    role: text(120).describe("Role or job, e.g. \"Werktuigbouwkundige bij een maakbedrijf\"."),
    age: number({ int: true }).min(4).max(99).optional().describe("Age at the time of the story (optional)."),
  }).optional().describe("The person the story is about."),
  employers: z.array(employerId()).optional().describe("Employers the story features: file names in content/employers/ without .md (optional). The story is then shown on their pages."),
  quote: text(240).optional().describe("A short quote from the person, shown large."),
  askMe: text()
    .refine((value) => EMAIL.test(value) || LINKEDIN.test(value), {
      error: (issue) => say('askMeLink', { waarde: show(issue.input) }),
    })
    .meta({
      pattern: `${EMAIL.source.replace('[a-z]', '[A-Za-z]')}|${LINKEDIN.source}`,
      message: say('askMeLink', { waarde: 'Dit' }),
    })
    .optional()
    .describe("Opt-in: the e-mail address or LinkedIn page (https://www.linkedin.com/in/…) of the person in the story, shown as \"Vraag het <name>\"."),
  return: fields({
    from: text(80).describe("Where they lived, e.g. \"Amsterdam\"."),
    away: text(40).describe("How long they were away, e.g. \"8 jaar\"."),
    why: text(240).describe("Why they came back, in one sentence."),
  }).optional().describe("For a return story: where the person lived and why they came back."),
}));

/** The fields of a story's video that hold no image. */
const videoText = shared(() => ({
  url: text()
    .regex(VIDEO_URL, { error: (issue) => videoUrlProblem(String(issue.input)) })
    .transform((url) => canonicalVideoUrl(url) ?? url)
    .describe(
      'YouTube or Vimeo address, or a file in public/videos/ (e.g. /videos/interview.mp4). Read in any form an editor pastes; pages get the canonical address (../../media/video-embed.ts).',
    ),
  duration: text()
    .regex(DURATION, { error: (issue) => say('duration', { waarde: show(issue.input) }) })
    .transform((value) => isoDuration(value) ?? value)
    .describe("Length as minutes:seconds (4:12), hours:minutes:seconds (1:02:30) or ISO 8601 (PT4M12S); read as ISO 8601."),
  captions: text().regex(CAPTIONS, { error: (issue) => say('captions', { waarde: show(issue.input) }) }).optional().describe("WebVTT captions for a local video, in public/videos/ (e.g. /videos/interview.nl.vtt)."),
  transcript: text().optional().describe("Full text of what is said, shown under the video (WCAG 1.2)."),
}));

export const storySchema = <I extends z.ZodType>(image: ImageSchema<I>) => {
  const story = storyText();
  const video = videoText();
  return fields({
    ...publishableFields(image),
    format: story.format,
    person: story.person,
    employers: story.employers,
    quote: story.quote,
    askMe: story.askMe,
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
      if (!data.person) flag(ctx, ['person'], say('personMissing'));
      if (!data.video) flag(ctx, ['video'], say('videoMissing'));
      else if (!data.video.transcript) flag(ctx, ['video', 'transcript'], say('transcriptMissing'));
    }
    if (data.video && LOCAL_VIDEO.test(data.video.url) && !data.video.captions) {
      flag(ctx, ['video', 'captions'], say('captionsMissing'));
    }
    if (data.askMe && !data.person) flag(ctx, ['askMe'], say('askMeNoPerson'));
    if (data.format === 'terugkeer' && !data.return) flag(ctx, ['return'], say('returnMissing'));
  });
};
