/**
 * The markup of a card (a story, event, opportunity or topic), written once: the server renders
 * it through `EntryCard.astro`, and `<talent-filter>` renders the cards it finds in the JSON index
 * with the same function, so both show the same card. Browser-safe: no imports but the escaper.
 *
 * An opportunity's card carries its last day to apply (`data-deadline`): the browser hides it
 * after that day (`src/scripts/deadlines.ts`), however the card was rendered.
 */
import { attributes, escapeHtml } from '../site/html';

/** Image widths and sizes of a card image. */
export const CARD_IMAGE = {
  widths: [400, 640],
  sizes: '(min-width: 1024px) 360px, (min-width: 640px) 50vw, 100vw',
} as const;

/** A responsive picture as plain values: one source per format and the fallback image's attributes. */
export interface PictureData {
  sources: { type: string; srcset: string }[];
  /** The `<img>` attributes (src, srcset, width, height, loading, ...), without alt and class. */
  img: Record<string, string | number>;
}

export interface CardView {
  /** Where the card links to. */
  href: string;
  /** Card title (the link text). */
  title: string;
  /** Short text under the title. */
  summary?: string | undefined;
  /** Small label above the title, e.g. "Stage" or "Video-interview". */
  kicker?: string | undefined;
  /** Facts shown under the summary, e.g. a date and a place; empty ones are left out. */
  meta?: readonly (string | undefined)[] | undefined;
  /** Card image; decorative here, because the title says what the card is. */
  picture?: PictureData | undefined;
  /** Heading level of the title within the page outline. */
  level?: 2 | 3 | undefined;
  /** An opportunity's last day to apply, YYYY-MM-DD in Hengelo. */
  deadline?: string | undefined;
  /** The day it was published, YYYY-MM-DD in Hengelo (`src/scripts/new-marker.ts` reads it). */
  published?: string | undefined;
  /** A short label that stands out on the card, e.g. "English OK". */
  badge?: string | undefined;
}

function pictureHtml(picture: PictureData): string {
  const sources = picture.sources
    .map(
      (source) =>
        `<source${attributes({ srcset: source.srcset, type: source.type, sizes: CARD_IMAGE.sizes })}>`,
    )
    .join('');
  const img = `<img${attributes({ ...picture.img, alt: '', class: 'aspect-[2/1] w-full object-cover sm:aspect-[16/10]' })}>`;
  return `<picture>${sources}${img}</picture>`;
}

/** A card as HTML: one `<article>`, the whole card one link. */
export function cardHtml(card: CardView): string {
  const level = card.level ?? 3;
  const facts = (card.meta ?? []).filter((fact): fact is string => Boolean(fact));
  const parts = [
    card.picture ? pictureHtml(card.picture) : '',
    '<div class="flex flex-1 flex-col gap-2 p-4">',
    card.kicker
      ? `<p data-slot="kicker" class="text-sm font-bold tracking-wide text-green-dark uppercase">${escapeHtml(card.kicker)}</p>`
      : '',
    `<h${level} class="text-xl break-words hyphens-auto"><a${attributes({ href: card.href })} data-slot="link" class="no-underline after:absolute after:inset-0 group-hover:underline">${escapeHtml(card.title)}</a></h${level}>`,
    card.summary ? `<p data-slot="summary" class="text-muted">${escapeHtml(card.summary)}</p>` : '',
    card.badge
      ? `<p data-slot="badge"><span class="inline-block rounded-sm bg-lime px-2 py-0.5 text-sm font-bold text-ink">${escapeHtml(card.badge)}</span></p>`
      : '',
    facts.length > 0
      ? `<ul data-slot="meta" class="mt-auto flex flex-wrap gap-x-4 gap-y-1 pt-2 text-sm font-semibold">${facts
          .map((fact) => `<li>${escapeHtml(fact)}</li>`)
          .join('')}</ul>`
      : '',
    '</div>',
  ];
  return `<article${attributes({ 'data-deadline': card.deadline, 'data-published': card.published })} class="group relative flex flex-col overflow-hidden rounded-sm border-2 border-ink bg-white shadow-[6px_6px_0_var(--color-ink)] transition-transform focus-within:-translate-y-0.5 hover:-translate-y-0.5">${parts.join('')}</article>`;
}
