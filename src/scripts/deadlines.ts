/**
 * Closes opportunities in the browser. A built page can be older than a deadline, so this checks
 * every element with data-deadline="YYYY-MM-DD" against today's date in Hengelo, by the build's
 * own day rule (`isOpenOnDay`):
 * - an opportunity card whose last day has passed is hidden, with its list item;
 * - the page of an opportunity (data-closable) turns to its closed state: everything marked
 *   data-when-open (apply button, job data) goes, everything marked data-when-closed shows;
 * - a list (data-open-list) recounts what is left and shows its empty message (data-none-open, or
 *   else data-empty) when nothing is.
 * Cards that `<talent-filter>` renders later come from its index, which leaves closed ones out by
 * the same rule. Without JavaScript the page stays as built; the daily rebuild does the same work.
 */
import { isOpenOnDay } from '../lib/schedule';
import { zonedDate } from '../lib/time/zone';

const today = zonedDate(new Date());
const boxOf = (item: HTMLElement) => item.closest<HTMLElement>('li') ?? item;

for (const item of document.querySelectorAll<HTMLElement>('[data-deadline]')) {
  if (isOpenOnDay(item.dataset.deadline ?? today, today)) continue;
  if (item.dataset.closable === undefined) {
    boxOf(item).hidden = true;
    continue;
  }
  for (const open of item.querySelectorAll('[data-when-open]')) open.remove();
  for (const closed of item.querySelectorAll<HTMLElement>('[data-when-closed]')) closed.hidden = false;
}

for (const list of document.querySelectorAll<HTMLElement>('[data-open-list]')) {
  const left = [...list.querySelectorAll<HTMLElement>('[data-deadline]')].filter(
    (item) => !boxOf(item).hidden,
  ).length;
  const count = list.querySelector('[data-count]');
  const template = left === 1 ? list.dataset.countOne : list.dataset.countOther;
  if (count && template) count.textContent = template.replace('{n}', String(left));
  const empty =
    list.querySelector<HTMLElement>('[data-none-open]') ?? list.querySelector<HTMLElement>('[data-empty]');
  empty?.toggleAttribute('hidden', left > 0);
}
