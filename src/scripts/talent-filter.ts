/**
 * `<talent-filter>`: instant filtering of a listing, on top of a page that works without it.
 *
 * The server renders one page of cards, a form of checkboxes and, for visitors without
 * JavaScript, links to the pre-rendered single-facet pages. This element marks itself ready
 * (CSS then shows the checkboxes instead of the links), and on first use loads the listing's JSON
 * index so that any combination of facets filters the whole collection in place:
 * - the selection lives in the URL query (`?age=18-25&line=werken`): pushState on each change,
 *   popstate restores it, a reload or a shared link opens the same view;
 * - every option shows what it would leave; the result count is announced (aria-live);
 * - an empty result offers the nearest wider selections;
 * - results are rendered with the server's card markup (`cardHtml`), one page at a time ("show more");
 * - opportunities whose last day has passed since the build are left out of everything;
 * - the phone's filter panel says how many results it leaves ("Toon 4 resultaten");
 * - the language switch follows the selection to the other language's listing (the facet ids
 *   are the same in both languages).
 * Matching and counting are the same functions the build uses (`src/lib/discovery/facets.ts`).
 */
import {
  evaluate,
  parseQuery,
  sameSelection,
  toListingQuery,
  toQuery,
  widerSelections,
  withDefaults,
  type FacetKey,
  type FacetSpec,
  type FacetValues,
  type Selection,
} from '../lib/discovery/facets';
import { cardHtml, type PictureData } from '../lib/discovery/card-markup';
import { isOpenOnDay } from '../lib/schedule';
import { fill, plural } from '../lib/site/templates';
import { zonedDate } from '../lib/time/zone';

/** One item of a listing's JSON index (written by `src/lib/discovery/listing-index.ts`). */
interface IndexItem {
  /** URL, title, summary, kicker, meta facts. */
  u: string;
  t: string;
  s: string;
  k: string;
  m: string[];
  /** Index into `images`, or -1. */
  i: number;
  /** An opportunity's last day to apply (YYYY-MM-DD). */
  dl?: string;
  /** The sort day (YYYY-MM-DD) and, where it differs from that, the publish day. */
  d: string;
  p?: string;
  /** A badge, e.g. "English OK". */
  b?: string;
  /** Facet ids per key. */
  f: FacetValues;
}

interface ListingIndex {
  images: PictureData[];
  items: IndexItem[];
}

interface Strings {
  one: string;
  many: string;
  without: string;
  loading: string;
  active: { none: string; one: string; many: string };
  showOne: string;
  showMany: string;
}

class TalentFilter extends HTMLElement {
  private spec: Record<string, string[]> = {};
  /** This page's own facet option (a single-facet page), or nothing. */
  private own: Selection = {};
  /** What the listing shows for a facet the URL leaves out (the agenda: upcoming events). */
  private defaults: Selection = {};
  /** What this page shows as rendered: its own option, with the defaults for the rest. */
  private base: Selection = {};
  private selection: Selection = {};
  private index?: ListingIndex;
  private facets: FacetValues[] = [];
  private loading?: Promise<void>;
  private found: number[] = [];
  private shown = 0;
  private inputs: HTMLInputElement[] = [];
  private strings!: Strings;
  private heading = '';
  /** The language switch, and where it points for this page's own view. */
  private languageSwitch: HTMLAnchorElement | null = null;
  private switchBase = '';
  private readonly onPop = () => {
    const selection = this.fromLocation();
    if (!sameSelection(this.spec, selection, this.selection)) void this.update(selection, false);
  };

  private get facetSpec(): FacetSpec {
    return this.spec;
  }

  private el<T extends HTMLElement = HTMLElement>(name: string): T {
    return this.querySelector(`[data-${name}]`) as T;
  }

  connectedCallback() {
    const form = this.el<HTMLFormElement>('form');
    this.inputs = [...form.querySelectorAll<HTMLInputElement>('input[type=checkbox]')];
    for (const input of this.inputs) (this.spec[input.name] ??= []).push(input.value);
    this.own = parseQuery(this.facetSpec, this.dataset.base ?? '');
    this.defaults = parseQuery(this.facetSpec, this.dataset.defaults ?? '');
    this.base = withDefaults(this.defaults, this.own);
    this.selection = this.base;
    this.strings = JSON.parse(this.dataset.strings ?? '{}') as Strings;
    this.heading = this.querySelector('h1')?.textContent ?? '';
    this.languageSwitch = document.querySelector<HTMLAnchorElement>('a[data-lang-switch]');
    this.switchBase = this.languageSwitch?.getAttribute('href') ?? '';

    form.addEventListener('change', () => void this.update(this.fromForm(), true));
    form.addEventListener('submit', (event) => event.preventDefault());
    // Start loading the index as soon as the visitor reaches for the filter.
    const warm = () => void this.load();
    form.addEventListener('pointerover', warm, { once: true });
    form.addEventListener('focusin', warm, { once: true });
    this.el('clear').addEventListener('click', () => void this.update(this.defaults, true));
    // "Toon 4 resultaten" at the end of the open panel: close it, then follow the link down.
    this.el('to-results').addEventListener('click', () => {
      this.el<HTMLDetailsElement>('panel').open = false;
    });
    this.el('more').addEventListener('click', () => this.more(true));
    this.el('suggestions').addEventListener('click', (event) => {
      const button = (event.target as Element).closest<HTMLButtonElement>('button[data-query]');
      if (button) void this.update(parseQuery(this.facetSpec, button.dataset.query ?? ''), true);
    });
    addEventListener('popstate', this.onPop);
    this.toggleAttribute('data-ready', true);

    const initial = this.fromLocation();
    if (!this.isBase(initial)) void this.update(initial, false);
  }

  disconnectedCallback() {
    removeEventListener('popstate', this.onPop);
  }

  /** Load the listing's index (once). On failure, fall back to the links of the no-script filter. */
  load(): Promise<void> {
    this.loading ??= fetch(this.dataset.index ?? '')
      .then((response) => {
        if (!response.ok) throw new Error(`${response.status}`);
        return response.json() as Promise<ListingIndex>;
      })
      .then((index) => {
        // The index is as old as the build: opportunities whose last day has passed since then
        // leave it here, by the same day rule as the build's, before anything is counted.
        const today = zonedDate(new Date());
        index.items = index.items.filter((item) => item.dl === undefined || isOpenOnDay(item.dl, today));
        this.index = index;
        this.facets = index.items.map((item) => item.f);
      })
      .catch(() => {
        this.removeAttribute('data-ready');
      });
    return this.loading;
  }

  /** Show a selection given as a URL query, without touching history (used by `npm run bench`). */
  show(query: string) {
    this.select(parseQuery(this.facetSpec, query));
    this.render();
  }

  private isBase(selection: Selection) {
    return sameSelection(this.facetSpec, selection, this.base);
  }

  /**
   * The selection in the address bar: the query, plus this page's own facet when on its URL, with
   * the listing's defaults for facets neither mentions.
   */
  private fromLocation(): Selection {
    const query = parseQuery(this.facetSpec, location.search);
    const merged: Selection = location.pathname === this.dataset.self ? { ...this.own } : {};
    for (const key of Object.keys(query) as FacetKey[]) {
      merged[key] = [...new Set([...(merged[key] ?? []), ...(query[key] ?? [])])];
    }
    return withDefaults(this.defaults, merged);
  }

  private fromForm(): Selection {
    const selection: Selection = {};
    for (const input of this.inputs)
      if (input.checked) (selection[input.name as FacetKey] ??= []).push(input.value);
    return selection;
  }

  private select(selection: Selection) {
    this.selection = selection;
    for (const input of this.inputs) {
      input.checked = selection[input.name as FacetKey]?.includes(input.value) ?? false;
    }
  }

  private async update(selection: Selection, push: boolean) {
    this.select(selection);
    // This page's own URL for its own selection; otherwise the listing with a query.
    const query = toListingQuery(this.facetSpec, this.defaults, selection);
    const base = this.isBase(selection);
    if (push) {
      const url = base ? this.dataset.self : `${this.dataset.path}${query && `?${query}`}`;
      if (url !== location.pathname + location.search) history.pushState(null, '', url);
    }
    // The same selection in the other language: its listing with the same query.
    this.languageSwitch?.setAttribute(
      'href',
      base ? this.switchBase : `${this.dataset.otherPath ?? ''}${query && `?${query}`}`,
    );
    if (!this.index && !this.isBase(selection)) {
      this.el('status').textContent = this.strings.loading;
      await this.load();
    }
    if (this.selection === selection) this.render();
  }

  private render() {
    const { selection, index } = this;
    const server = this.isBase(selection) || !index;
    this.el('server').hidden = !server;
    this.el('results').hidden = server;
    this.el('clear').hidden = sameSelection(this.facetSpec, selection, this.defaults);
    const active = Object.values(selection).reduce((sum, ids) => sum + (ids?.length ?? 0), 0);
    const { none, one, many } = this.strings.active;
    this.el('active').textContent = active === 0 ? none : plural(active, one, many);
    const h1 = this.querySelector('h1');
    if (h1) h1.textContent = this.isBase(selection) ? this.heading : (this.dataset.title ?? '');
    if (!index) return;

    const evaluation = evaluate(this.facets, this.facetSpec, selection);
    for (const input of this.inputs) {
      const count = evaluation.counts[input.name as FacetKey]?.[input.value] ?? 0;
      const label = input.parentElement as HTMLElement;
      label.toggleAttribute('data-zero', count === 0);
      (label.querySelector('[data-count]') as HTMLElement).textContent = `(${count})`;
    }
    this.found = evaluation.matches;
    this.el('status').textContent = plural(this.found.length, this.strings.one, this.strings.many);
    const show = plural(this.found.length, this.strings.showOne, this.strings.showMany);
    for (const label of this.querySelectorAll('[data-show]')) label.textContent = show;
    if (server) return;

    this.el('list').replaceChildren();
    this.shown = 0;
    this.more(false);
    this.el('empty').hidden = this.found.length > 0;
    const suggestions = this.el('suggestions');
    suggestions.replaceChildren();
    if (this.found.length > 0) return;
    for (const wider of widerSelections(selection, evaluation).slice(0, 3)) {
      const button = document.createElement('button');
      button.type = 'button';
      button.dataset.query = toQuery(this.facetSpec, wider.selection);
      button.className = 'min-h-11 rounded-sm border-2 border-ink bg-white px-3 py-1 font-bold hover:bg-lime';
      const legend = this.querySelector(`[data-facet="${wider.key}"] legend`)?.textContent ?? wider.key;
      button.textContent = fill(this.strings.without, { facet: legend.toLowerCase(), n: wider.count });
      const item = document.createElement('li');
      item.append(button);
      suggestions.append(item);
    }
  }

  /** Add the next page of results; with `focus`, move focus to the first new one. */
  private more(focus: boolean) {
    const items = this.index?.items ?? [];
    const next = this.found.slice(this.shown, this.shown + (Number(this.dataset.pageSize) || 12));
    const cards = next.map((i) => this.card(items[i] as IndexItem));
    this.el('list').append(...cards);
    this.shown += next.length;
    this.el('more').hidden = this.shown >= this.found.length;
    if (focus) cards[0]?.querySelector('a')?.focus();
  }

  private card(item: IndexItem): HTMLElement {
    const holder = document.createElement('li');
    holder.innerHTML = cardHtml({
      href: item.u,
      title: item.t,
      summary: item.s,
      kicker: item.k,
      meta: item.m,
      picture: this.index?.images[item.i],
      level: 2,
      deadline: item.dl,
      published: item.p ?? item.d,
      badge: item.b,
    });
    return holder;
  }
}

customElements.define('talent-filter', TalentFilter);
