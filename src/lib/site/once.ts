/**
 * Work a production build does once and every page reuses (sorted collections, listing items,
 * listing views): the build renders hundreds of pages from the same content, which does not
 * change while it runs. The dev server does the work afresh each time, so edited content shows at
 * once.
 */
const answers = new Map<string, Promise<unknown>>();

/** The answer for `key`, computed by `work` the first time it is asked for in a build. */
export function oncePerBuild<T>(key: string, work: () => Promise<T>): Promise<T> {
  if (!import.meta.env.PROD) return work();
  let answer = answers.get(key) as Promise<T> | undefined;
  if (!answer) {
    answer = work();
    answers.set(key, answer);
  }
  return answer;
}
