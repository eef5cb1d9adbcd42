/**
 * `<new-marker>`: "Nieuw sinds je laatste bezoek" on a listing. Off until the visitor ticks its
 * checkbox; then this browser keeps, in localStorage only (no cookie, nothing sent), when this
 * device last looked at a listing. A page view more than an hour after the one before starts a
 * new visit, and every card published (`data-published`, a day in Hengelo) after the day of the
 * previous visit gets a "new" label, also the cards the filter renders later. Unticking forgets it.
 */
import { plural } from '../lib/site/templates';
import { zonedDate } from '../lib/time/zone';

/** The one key this site keeps in a browser (explained on the privacy page). */
export const MARKER_KEY = 'talent-hengelo:last-visit';
/** A page view this long after the one before starts a new visit. */
const VISIT_GAP = 60 * 60 * 1000;

interface Visits {
  /** The last page view, ISO instant. */
  last: string;
  /** The day of the visit before this one (YYYY-MM-DD in Hengelo); '' on the first. */
  since: string;
}

function read(): Visits | undefined {
  try {
    const value = JSON.parse(localStorage.getItem(MARKER_KEY) ?? 'null') as Partial<Visits> | null;
    return value && typeof value.last === 'string'
      ? { last: value.last, since: value.since ?? '' }
      : undefined;
  } catch {
    return undefined;
  }
}

class NewMarker extends HTMLElement {
  private since = '';

  connectedCallback() {
    const box = this.querySelector('input');
    const status = this.querySelector('[data-marker-status]');
    const strings = JSON.parse(this.dataset.strings ?? '{}') as Record<string, string>;
    if (!box || !status) return;
    const say = (text = '') => (status.textContent = text);
    const save = (visits: Visits) => localStorage.setItem(MARKER_KEY, JSON.stringify(visits));
    const now = new Date();
    const stored = read();
    if (stored) {
      const gap = now.getTime() - Date.parse(stored.last);
      this.since = gap > VISIT_GAP ? zonedDate(new Date(stored.last)) : stored.since;
      save({ last: now.toISOString(), since: this.since });
      box.checked = true;
      const count = this.mark();
      say(
        this.since
          ? count === 0
            ? strings.none
            : plural(count, strings.one ?? '', strings.many ?? '')
          : strings.first,
      );
    }
    box.addEventListener('change', () => {
      this.since = '';
      if (box.checked) {
        save({ last: new Date().toISOString(), since: '' });
        say(strings.first);
      } else {
        localStorage.removeItem(MARKER_KEY);
        for (const badge of document.querySelectorAll('[data-new]')) badge.remove();
        say(strings.off);
      }
    });
    // The filter renders cards of its own: mark them as they come.
    new MutationObserver(() => this.mark()).observe(this.closest('main') ?? document.body, {
      childList: true,
      subtree: true,
    });
    this.classList.remove('invisible');
  }

  /** Label every card published after the previous visit; how many there are. */
  private mark(): number {
    if (!this.since) return 0;
    let count = 0;
    for (const card of document.querySelectorAll<HTMLElement>('article[data-published]')) {
      if ((card.dataset.published ?? '') <= this.since) continue;
      count += 1;
      if (card.querySelector('[data-new]')) continue;
      const badge = document.createElement('p');
      badge.dataset.new = '';
      badge.className = 'self-start rounded-sm bg-lime px-2 text-sm font-bold text-ink';
      badge.textContent = this.dataset.badge ?? '';
      card.querySelector('div')?.prepend(badge);
    }
    return count;
  }
}

customElements.define('new-marker', NewMarker);
