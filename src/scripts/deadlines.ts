/**
 * Closes opportunities in the browser. A built page can be older than a deadline, so this checks
 * every element with data-deadline="YYYY-MM-DD" against today's date in Hengelo:
 * - an opportunity card whose deadline has passed is hidden;
 * - the page of an opportunity (data-closable) turns to its closed state: everything marked
 *   data-when-open (apply button, job data) goes, everything marked data-when-closed shows;
 * - a list (data-open-list) recounts what is left and shows its empty message (data-none-open, or
 *   else data-empty) when nothing is.
 * Without JavaScript the page stays as built; the daily rebuild does the same work.
 */
import { zonedDate } from '../lib/time/zone';

const today = zonedDate(new Date());

for (const item of document.querySelectorAll<HTMLElement>('[data-deadline]')) {
  if (today <= (item.dataset.deadline ?? today)) continue;
  if (item.dataset.closable === undefined) {
    item.hidden = true;
    continue;
  }
  for (const open of item.querySelectorAll('[data-when-open]')) open.remove();
  for (const closed of item.querySelectorAll<HTMLElement>('[data-when-closed]')) closed.hidden = false;
}

for (const list of document.querySelectorAll<HTMLElement>('[data-open-list]')) {
  const left = list.querySelectorAll('[data-deadline]:not([hidden])').length;
  const count = list.querySelector('[data-count]');
  const template = left === 1 ? list.dataset.countOne : list.dataset.countOther;
  if (count && template) count.textContent = template.replace('{n}', String(left));
  const empty =
    list.querySelector<HTMLElement>('[data-none-open]') ?? list.querySelector<HTMLElement>('[data-empty]');
  empty?.toggleAttribute('hidden', left > 0);
}
