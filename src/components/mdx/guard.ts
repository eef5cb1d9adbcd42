/**
 * Checks an editor component's props when it renders and fails the build with the entry's file,
 * the component and the prop. The page sets `Astro.locals.contentFile` before rendering the body.
 */
import type { ComponentName } from '../../lib/content/mdx-body';
import { blockLabel } from '../../lib/content/labels';
import { say } from '../../lib/content/messages';
import { componentProblem, formatProblems } from '../../lib/content/validation';

export function checkProps(
  name: ComponentName,
  props: object,
  hasChildren: boolean,
  file: string | undefined,
): void {
  const problem = componentProblem(name, { ...props, ...(hasChildren ? { children: 'yes' } : {}) }, file);
  if (problem) throw new Error(problem);
}

/** Fails the build when an image an editor named is not in content/images/. */
export function missingImage(
  name: ComponentName,
  prop: string,
  src: string,
  file: string | undefined,
  allowed: string[],
): never {
  throw new Error(
    formatProblems(file ?? `Een pagina met <${name}>`, [
      {
        field: blockLabel(name, undefined, prop),
        message: say('blockImage', { waarde: JSON.stringify(src), keuzes: allowed.join(', ') }),
      },
    ]),
  );
}
