import { describe, expect, it } from 'vitest';
import { heldBackSummary, isPublishable, publishStatus } from '../../src/lib/content/publishing';
import { zonedTimeToUtc } from '../../src/lib/time/zone';

const now = new Date('2026-03-01T12:00:00Z');
const entry = { brand: 'on', draft: false, publishDate: new Date('2026-02-01T00:00:00Z') };

describe('publishStatus', () => {
  it('publishes an ON-brand, non-draft entry whose date has come', () => {
    expect(publishStatus(entry, now)).toEqual({ published: true });
  });

  it('publishes on the publish date itself', () => {
    expect(publishStatus({ ...entry, publishDate: now }, now).published).toBe(true);
  });

  it('holds back a draft', () => {
    expect(publishStatus({ ...entry, draft: true }, now)).toMatchObject({
      published: false,
      reason: 'draft',
    });
  });

  it('holds back an OFF-brand entry: only ON-brand goes in the shop window', () => {
    expect(publishStatus({ ...entry, brand: 'off' }, now)).toMatchObject({
      published: false,
      reason: 'off-brand',
    });
  });

  it('holds back an entry scheduled for later, and publishes it once the day comes', () => {
    const scheduled = { ...entry, publishDate: new Date('2026-03-02T00:00:00Z') };
    expect(publishStatus(scheduled, now)).toMatchObject({ published: false, reason: 'scheduled' });
    expect(publishStatus(scheduled, new Date('2026-03-02T00:00:00Z')).published).toBe(true);
  });

  it('names the publish date as the day in Hengelo', () => {
    // Midnight in Hengelo is still the day before in UTC.
    const scheduled = { ...entry, publishDate: zonedTimeToUtc('2026-03-02T00:00') };
    expect(publishStatus(scheduled, now)).toMatchObject({
      detail: 'gepland: het komt online op 02-03-2026.',
    });
  });

  it('gives draft precedence, so the reason an editor sees is the one to act on first', () => {
    expect(
      publishStatus({ brand: 'off', draft: true, publishDate: new Date('2030-01-01') }, now),
    ).toMatchObject({
      reason: 'draft',
    });
  });
});

describe('isPublishable', () => {
  it('recognises entries that carry publishing fields', () => {
    expect(isPublishable(entry)).toBe(true);
    expect(isPublishable({ title: 'Wonen', order: 1 })).toBe(false);
    expect(isPublishable({ ...entry, publishDate: '2026-01-01' })).toBe(false);
  });
});

describe('heldBackSummary', () => {
  it('names each held-back file and why', () => {
    const summary = heldBackSummary(
      'stories',
      [
        { file: 'content/stories/nl/a.md', reason: 'draft', detail: 'draft: true' },
        { file: 'content/stories/nl/b.md', reason: 'off-brand', detail: 'brand: off' },
      ],
      14,
    );
    expect(summary).toContain('12 van de 14 stukken staan online. Nog niet online:');
    expect(summary).toContain('content/stories/nl/a.md: draft: true');
    expect(summary).toContain('content/stories/nl/b.md: brand: off');
  });

  it('says when everything was published', () => {
    expect(heldBackSummary('events', [], 9)).toBe('events: alle 9 stukken staan online.');
  });
});
