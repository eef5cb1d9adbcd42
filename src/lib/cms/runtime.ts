/**
 * What /admin/ decides when it opens, in the editor's browser: the configuration the build wrote
 * into the page (`../cms/config.ts`, as JSON), with practice mode (/admin/?oefenen) and today's
 * date filled in; and a warning before unsaved work is lost.
 *
 * Plain data and DOM functions, shared by the page's script (`src/scripts/admin.ts`) and the unit
 * tests. It reads nothing from the schemas, so Zod stays out of the browser.
 */
import type { CmsConfig } from '@sveltia/cms';
import { TODAY } from '../content/labels';

/**
 * The time zone of the site (TIME_ZONE in `../time/zone.ts`), written out: importing zone.ts here
 * would put it in a chunk shared with the deadline script, one more request on every page that
 * lists opportunities. `tests/unit/cms-config.test.ts` checks that the two agree.
 */
export const CMS_TIME_ZONE = 'Europe/Amsterdam';

/** Today in Hengelo, as a date field stores it: YYYY-MM-DD. */
export function todayInHengelo(now: Date = new Date()): string {
  return new Intl.DateTimeFormat('en-CA', {
    timeZone: CMS_TIME_ZONE,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).format(now);
}

/** Replaces every `default: "{{today}}"` in the fields with `today`. */
function fillToday(value: unknown, today: string): unknown {
  if (Array.isArray(value)) return value.map((item) => fillToday(item, today));
  if (value && typeof value === 'object') {
    return Object.fromEntries(
      Object.entries(value).map(([key, item]) => [
        key,
        key === 'default' && item === TODAY ? today : fillToday(item, today),
      ]),
    );
  }
  return value;
}

/** The configuration for this visit: practice mode or GitHub, and today's date as the default. */
export function forThisVisit(
  config: CmsConfig,
  { practice, today }: { practice: boolean; today: string },
): CmsConfig {
  const filled = fillToday(config, today) as CmsConfig;
  return practice ? { ...filled, backend: { name: 'test-repo' } } : filled;
}

/** The message of the warning, in the editor's language. */
export const LEAVE_WARNING =
  'Je wijzigingen zijn nog niet opgeslagen. Weet je zeker dat je weggaat? Klik op Annuleren om verder te gaan en eerst op Opslaan te klikken.';

/** Whether a location is the CMS's editor for an entry (a new one or an existing one). */
export function isEditorRoute(hash: string): boolean {
  return /^#\/collections\/[^/]+\/(?:new|entries\/)/.test(hash);
}

/**
 * Warns before the editor's unsaved work is lost. Sveltia saves nothing without a click on Opslaan
 * and asks nothing when the editor leaves: the back arrow and the Escape key close the form, and
 * closing the tab or reloading drops it. The guard counts what the editor typed or chose since the
 * form opened; while there is such a change and the Opslaan button is active, it asks before the
 * back arrow or the Escape key closes the form (a confirm dialog) and before the page is left (the
 * browser's own "leave site?" dialog). The browser's own back button is not asked about: the CMS
 * has closed the form before a script hears of it (docs/redactie.md says so).
 *
 * It finds Sveltia's buttons by what they do, not by their words: the back arrow is the editor
 * toolbar's button with the Escape shortcut, Opslaan the one with the Ctrl+S (Cmd+S) shortcut.
 */
export function guardUnsavedWork(view: Window): void {
  const doc = view.document;
  let changed = false;
  let route = view.location.hash;

  const saveButton = () => doc.querySelector<HTMLElement>('.toolbar.primary [aria-keyshortcuts$="+S"]');
  const unsaved = () => {
    if (!changed || !isEditorRoute(view.location.hash)) return false;
    const save = saveButton();
    return Boolean(save) && save?.getAttribute('aria-disabled') !== 'true';
  };
  const isBackButton = (target: EventTarget | null) =>
    target instanceof Element && target.closest('.toolbar.primary [aria-keyshortcuts="Escape"]') !== null;
  const keepWorking = (event: Event) => {
    if (view.confirm(LEAVE_WARNING)) {
      changed = false;
      return;
    }
    event.preventDefault();
    event.stopImmediatePropagation();
  };

  const onChange = (event: Event) => {
    if (isEditorRoute(view.location.hash) && event.isTrusted) changed = true;
  };
  doc.addEventListener('input', onChange, true);
  doc.addEventListener('change', onChange, true);
  view.addEventListener('hashchange', () => {
    // A new form, or the list: nothing typed in it yet.
    if (view.location.hash !== route) changed = false;
    route = view.location.hash;
  });
  // The Escape key closes the form too: Sveltia turns it into a click on the back arrow.
  view.addEventListener(
    'click',
    (event) => {
      if (isBackButton(event.target) && unsaved()) keepWorking(event);
    },
    true,
  );
  view.addEventListener('beforeunload', (event) => {
    if (unsaved()) event.preventDefault();
  });
}
