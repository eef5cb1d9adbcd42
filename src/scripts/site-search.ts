/**
 * `<site-search>`: the search page. Pagefind (`/pagefind/pagefind.js`, written by the build) is
 * imported only when the visitor searches: a query in the URL, typing, focusing the field or
 * choosing a filter. Results are our own markup from a `<template>`: kind, date, title, excerpt
 * and facets. Filters use the names and ids of the listing URLs; the state lives in the URL
 * (`/zoeken/?q=stage&type=opportunity`), so results can be shared and back/forward work, and the
 * language switch carries it to the other language's search page.
 *
 * Ordered by relevance, the entries of a kind the query names come first ("vacature": jobs, the
 * `kind` filter), and events that have ended come after everything else and say so ("Geweest");
 * each group keeps Pagefind's order (`src/lib/discovery/search-order.ts`). The index knows when
 * each event ends (`ends`), and the page asks it which have ended by now, so this holds however
 * old the build is. Excerpts leave out a page's hidden search words
 * (`src/lib/discovery/search-excerpt.ts`).
 */
import { isEmpty, parseQuery, toQuery, type FacetKey, type Selection } from '../lib/discovery/facets';
import { excerptWithoutWords } from '../lib/discovery/search-excerpt';
import { grouped, kindsNamed } from '../lib/discovery/search-order';
import { hasEnded, isOpenOnDay } from '../lib/schedule';
import { excerptParts } from '../lib/site/html';
import { fill, plural } from '../lib/site/templates';
import { zonedDate } from '../lib/time/zone';

/** The part of Pagefind's JS API this page uses. */
interface PagefindResultData {
  url: string;
  excerpt: string;
  raw_content: string;
  weighted_locations: { location: number; balanced_score: number }[];
  meta: Record<string, string | undefined>;
  filters: Record<string, string[]>;
}
interface PagefindSearch {
  results: { id: string; data: () => Promise<PagefindResultData> }[];
  filters: Record<string, Record<string, number>>;
}
interface Pagefind {
  options: (options: Record<string, unknown>) => Promise<void>;
  init: () => Promise<void>;
  filters: () => Promise<Record<string, Record<string, number>>>;
  search: (
    term: string | null,
    options?: { filters?: Record<string, { any: string[] }>; sort?: Record<string, 'asc' | 'desc'> },
  ) => Promise<PagefindSearch>;
}

interface Strings {
  start: string;
  loading: string;
  one: string;
  many: string;
  none: string;
  error: string;
  past: string;
}

const PAGE = 10;
const EXCERPT = 24;
const DEBOUNCE = 250;

class SiteSearch extends HTMLElement {
  private pagefind?: Promise<Pagefind>;
  private spec: Record<string, string[]> = {};
  private inputs: HTMLInputElement[] = [];
  private strings!: Strings;
  private run = 0;
  private timer = 0;
  private results: PagefindSearch['results'] = [];
  /** When each indexed event ends (the `ends` filter's values, ISO 8601). */
  private ends: string[] = [];
  /** The kinds of entry by the words that name them in this language (from the vocabulary). */
  private kinds: Record<string, string[]> = {};
  private shown = 0;
  /** The next page of results while it loads. */
  private adding?: Promise<void> | undefined;
  /** Results left out because their deadline has passed since the build. */
  private closed = 0;
  /** The language switch, and the other language's search page it links to. */
  private languageSwitch: HTMLAnchorElement | null = null;
  private switchBase = '';
  private readonly onPop = () => {
    this.fromLocation();
    void this.search();
  };

  private el<T extends HTMLElement = HTMLElement>(name: string): T {
    return this.querySelector(`[data-${name}]`) as T;
  }

  private get field() {
    return this.el<HTMLInputElement>('input');
  }

  connectedCallback() {
    this.strings = JSON.parse(this.dataset.strings ?? '{}') as Strings;
    this.kinds = JSON.parse(this.dataset.kinds ?? '{}') as Record<string, string[]>;
    this.inputs = [...this.el('filters').querySelectorAll<HTMLInputElement>('input[type=checkbox]')];
    for (const input of this.inputs) (this.spec[input.name] ??= []).push(input.value);
    this.languageSwitch = document.querySelector<HTMLAnchorElement>('a[data-lang-switch]');
    this.switchBase = this.languageSwitch?.getAttribute('href')?.split('?')[0] ?? '';
    this.el('ui').hidden = false;
    this.el('noscript').hidden = true;

    const field = this.field;
    field.addEventListener('focus', () => void this.load(), { once: true });
    field.addEventListener('input', () => {
      clearTimeout(this.timer);
      this.timer = window.setTimeout(() => {
        this.remember(false);
        void this.search();
      }, DEBOUNCE);
    });
    this.el('form').addEventListener('submit', (event) => {
      event.preventDefault();
      clearTimeout(this.timer);
      this.remember(true);
      void this.search();
    });
    this.el('filters').addEventListener('change', () => {
      this.remember(true);
      void this.search();
    });
    // One page at a time: a second click while the next results load adds nothing twice.
    this.el('more').addEventListener('click', () => {
      this.adding ??= this.more(true).finally(() => (this.adding = undefined));
    });
    addEventListener('popstate', this.onPop);

    this.fromLocation();
    if (this.field.value.trim() || !isEmpty(this.selection())) void this.search();
  }

  disconnectedCallback() {
    removeEventListener('popstate', this.onPop);
  }

  /** Import and start Pagefind (once). */
  private load(): Promise<Pagefind> {
    this.pagefind ??= (async () => {
      const url = `${this.dataset.bundle ?? '/pagefind/'}pagefind.js`;
      const pagefind = (await import(/* @vite-ignore */ url)) as Pagefind;
      await pagefind.options({ excerptLength: EXCERPT, excerptEllipsis: '…' });
      await pagefind.init();
      // Loads the filter index, so that searches return counts per filter value.
      this.ends = Object.keys((await pagefind.filters()).ends ?? {});
      return pagefind;
    })();
    return this.pagefind;
  }

  private selection(): Selection {
    const selection: Selection = {};
    for (const input of this.inputs)
      if (input.checked) (selection[input.name as FacetKey] ??= []).push(input.value);
    return selection;
  }

  private get sort() {
    return this.el<HTMLSelectElement>('sort');
  }

  /** Put the query, filters and order in the URL: a new history entry, or replace while typing. */
  private remember(push: boolean) {
    const q = this.field.value.trim();
    const params = [q && `q=${encodeURIComponent(q)}`, toQuery(this.spec, this.selection())];
    if (this.sort.value) params.push(`sort=${this.sort.value}`);
    const query = params.filter(Boolean).join('&');
    const url = `${location.pathname}${query && `?${query}`}`;
    if (url === location.pathname + location.search) return;
    if (push) history.pushState(null, '', url);
    else history.replaceState(null, '', url);
    this.followSwitch();
  }

  /** Point the language switch at the same query on the other language's search page. */
  private followSwitch() {
    this.languageSwitch?.setAttribute('href', `${this.switchBase}${location.search}`);
  }

  private fromLocation() {
    const params = new URLSearchParams(location.search);
    this.field.value = params.get('q') ?? '';
    const selection = parseQuery(this.spec, params);
    for (const input of this.inputs) {
      input.checked = selection[input.name as FacetKey]?.includes(input.value) ?? false;
    }
    this.sort.value = params.get('sort') === 'date' ? 'date' : '';
    this.followSwitch();
  }

  private async search() {
    const run = ++this.run;
    const term = this.field.value.trim();
    const selection = this.selection();
    const status = this.el('status');
    const list = this.el('results');
    if (!term && isEmpty(selection)) {
      list.replaceChildren();
      this.el('more').hidden = true;
      status.textContent = this.strings.start;
      for (const input of this.inputs) this.count(input, undefined);
      return;
    }
    status.textContent = this.strings.loading;
    try {
      const pagefind = await this.load();
      const filters = (s: Selection) =>
        Object.fromEntries(Object.entries(s).map(([key, ids]) => [key, { any: ids ?? [] }]));
      const sort = this.sort.value === 'date' ? { date: 'desc' as const } : undefined;
      const found = await pagefind.search(term || null, {
        filters: filters(selection),
        ...(sort && { sort }),
      });
      // Counts per option: within a selected facet, what choosing the option would give with the
      // other facets as they are (the same rule as the listings); elsewhere, the current results.
      const counts: Record<string, Record<string, number>> = { ...found.filters };
      for (const key of Object.keys(selection)) {
        const rest = { ...selection };
        delete rest[key as FacetKey];
        counts[key] = (await pagefind.search(term || null, { filters: filters(rest) })).filters[key] ?? {};
      }
      // Best match first; what has ended after what is to come, the kind the query names first in each.
      let ordered = found.results;
      if (!sort) {
        const among = async (key: string, ids: string[]) =>
          ids.length === 0
            ? new Set<string>()
            : new Set(
                (
                  await pagefind.search(term || null, {
                    filters: { ...filters(selection), [key]: { any: ids } },
                  })
                ).results.map((result) => result.id),
              );
        const now = new Date();
        const named = await among('kind', kindsNamed(term, this.kinds));
        const past = await among(
          'ends',
          this.ends.filter((end) => hasEnded(new Date(end), now)),
        );
        ordered = grouped(found.results, named, past);
      }
      if (run !== this.run) return;
      for (const input of this.inputs) this.count(input, counts[input.name]?.[input.value] ?? 0);
      this.results = ordered;
      this.shown = 0;
      this.closed = 0;
      list.replaceChildren();
      await this.more(false);
      if (run !== this.run) return;
      const n = this.results.length - this.closed;
      status.textContent =
        n === 0
          ? fill(this.strings.none, { q: term })
          : fill(plural(n, this.strings.one, this.strings.many), { q: term });
    } catch {
      if (run === this.run) status.textContent = this.strings.error;
    }
  }

  private count(input: HTMLInputElement, n: number | undefined) {
    const label = input.parentElement as HTMLElement;
    label.toggleAttribute('data-zero', n === 0);
    (label.querySelector('[data-count]') as HTMLElement).textContent = n === undefined ? '' : `(${n})`;
  }

  /** Load and show the next results; with `focus`, move focus to the first new one. */
  private async more(focus: boolean) {
    const run = this.run;
    const today = zonedDate(new Date());
    let items: HTMLElement[] = [];
    // The index is as old as the build: an opportunity whose last day has passed since then is
    // left out (the build's day rule), and the next results fill its place.
    while (items.length === 0 && this.shown < this.results.length) {
      const next = this.results.slice(this.shown, this.shown + PAGE);
      const data = await Promise.all(next.map((result) => result.data()));
      if (run !== this.run) return;
      const open = data.filter((result) => !result.meta.deadline || isOpenOnDay(result.meta.deadline, today));
      this.closed += data.length - open.length;
      items = open.map((result) => this.render(result));
      this.shown += next.length;
    }
    this.el('results').append(...items);
    this.el('more').hidden = this.shown >= this.results.length;
    if (focus) items[0]?.querySelector('a')?.focus();
  }

  private label(key: string, id: string) {
    return this.inputs.find((input) => input.name === key && input.value === id)?.dataset.label ?? id;
  }

  private render(result: PagefindResultData): HTMLElement {
    const template = this.querySelector('template[data-result]') as HTMLTemplateElement;
    const item = (template.content.firstElementChild as HTMLElement).cloneNode(true) as HTMLElement;
    const slot = (name: string) => item.querySelector(`[data-slot="${name}"]`) as HTMLElement;
    const link = slot('link') as HTMLAnchorElement;
    link.href = result.url;
    link.textContent = result.meta.title ?? result.url;
    const type = result.filters.type?.[0];
    slot('kicker').textContent = [type && this.label('type', type), result.meta.when]
      .filter(Boolean)
      .join(' · ');
    const { end, words, summary } = result.meta;
    if (end && hasEnded(new Date(end), new Date())) {
      slot('past').hidden = false;
      slot('past').textContent = this.strings.past;
    }
    // The excerpt is HTML (page text with <mark> around the matches), from the page's own text
    // when it has hidden search words; it is shown as text with its marks, never parsed as
    // markup. Matched by its search words alone, a page shows its summary, as text.
    const excerpt = words ? excerptWithoutWords(result, words, EXCERPT, result.excerpt) : result.excerpt;
    if (excerpt === undefined) slot('excerpt').textContent = summary ?? '';
    else
      slot('excerpt').replaceChildren(
        ...excerptParts(excerpt).map(({ text, mark }) =>
          mark
            ? Object.assign(document.createElement('mark'), { textContent: text })
            : document.createTextNode(text),
        ),
      );
    const facets = slot('facets');
    for (const key of ['line', 'age', 'segment']) {
      for (const id of result.filters[key] ?? []) {
        facets.append(Object.assign(document.createElement('li'), { textContent: this.label(key, id) }));
      }
    }
    const image = slot('image') as HTMLImageElement;
    if (result.meta.image) image.src = result.meta.image;
    else image.remove();
    return item;
  }
}

customElements.define('site-search', SiteSearch);
