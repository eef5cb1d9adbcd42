/**
 * Practice mode of the CMS (/admin/?oefenen) in the browser tests: Sveltia's test backend reads a
 * repository from the browser's private file system (OPFS). These helpers copy content there, open
 * the CMS on it, and read back what the CMS saved. The content is the fixture site's
 * (tests/fixtures/site), laid out as the CMS expects it (content/...), so the tests do not depend on
 * what editors put in content/.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { expect, type Locator, type Page } from '@playwright/test';
import type { Action, Step } from './interview';

/** The folder Sveltia's test backend reads as the repository root. */
const SANDBOX = 'sveltia-cms-test';
const FOLDERS = ['stories', 'events', 'opportunities', 'profiles', 'images'];
/** Where the practice content comes from. */
const SOURCE = 'tests/fixtures/site';

/** A file for the practice repository: its path from the repository root, and its bytes. */
export interface PracticeFile {
  path: string;
  base64: string;
}

/** The fixture site's content, copied into the practice repository by default, as content/... */
export function contentFiles(): PracticeFile[] {
  return FOLDERS.flatMap((folder) =>
    readdirSync(join(SOURCE, folder), { recursive: true, encoding: 'utf8' })
      .map((name) => join(folder, name).replace(/\\/g, '/'))
      .filter((path) => statSync(join(SOURCE, path)).isFile())
      .map((path) => ({
        path: `content/${path}`,
        base64: readFileSync(join(SOURCE, path)).toString('base64'),
      })),
  );
}

/**
 * Opens the CMS in practice mode on a copy of the site's content (or on the files given) and
 * waits for the collections.
 */
export async function openPractice(page: Page, files: PracticeFile[] = contentFiles()): Promise<void> {
  await page.goto('/admin/?oefenen');
  await page.evaluate(
    async ({ files, sandbox }) => {
      const root = await navigator.storage.getDirectory();
      await root.removeEntry(sandbox, { recursive: true }).catch(() => undefined);
      const base = await root.getDirectoryHandle(sandbox, { create: true });
      for (const { path, base64 } of files) {
        const parts = path.split('/');
        let dir = base;
        for (const part of parts.slice(0, -1)) dir = await dir.getDirectoryHandle(part, { create: true });
        const writable = await (
          await dir.getFileHandle(parts.at(-1) ?? '', { create: true })
        ).createWritable();
        await writable.write(Uint8Array.from(atob(base64), (c) => c.charCodeAt(0)));
        await writable.close();
      }
    },
    { files, sandbox: SANDBOX },
  );
  await page.getByRole('button', { name: /test ?repository|testrepository/i }).click();
}

/**
 * The text of a file in the practice repository, as the CMS saved it. While the CMS is still
 * writing the file, reading it fails (NotReadableError, or NotFoundError before it exists): then
 * it tries again, for up to 5 s.
 */
export async function practiceFile(page: Page, path: string): Promise<string> {
  return page.evaluate(
    async ({ path, sandbox }) => {
      const parts = path.split('/');
      for (let attempt = 0; ; attempt += 1) {
        try {
          let dir = await (await navigator.storage.getDirectory()).getDirectoryHandle(sandbox);
          for (const part of parts.slice(0, -1)) dir = await dir.getDirectoryHandle(part);
          return await (await (await dir.getFileHandle(parts.at(-1) ?? '')).getFile()).text();
        } catch (error) {
          const pending = ['NotReadableError', 'NotFoundError'];
          if (!(error instanceof DOMException && pending.includes(error.name)) || attempt >= 50) throw error;
          await new Promise((resolve) => setTimeout(resolve, 100));
        }
      }
    },
    { path, sandbox: SANDBOX },
  );
}

/** Scrolls the entry editor until the field with this label is rendered (Sveltia renders lazily). */
export async function revealField(page: Page, label: string): Promise<Locator> {
  const field = page.getByRole('group', { name: new RegExp(`^Veld .\\W?${label}\\W?.$`) }).first();
  await page.getByRole('textbox', { name: 'Titel' }).first().hover();
  for (let i = 0; i < 40 && !(await field.count()); i++) await page.mouse.wheel(0, 600);
  await field.scrollIntoViewIfNeeded();
  return field;
}

/** The body of a Markdown/MDX file: everything after the frontmatter. */
export function bodyOf(raw: string): string {
  return raw.replace(/^---\r?\n[\s\S]*?\r?\n---\r?\n/, '');
}

/** The editor's pane of one language: Nederlands (left, first) or Engels. */
export function languagePane(page: Page, language: 'Nederlands' | 'Engels'): Locator {
  return page.getByRole('group', { name: new RegExp(`^Inhoud in het \\W?${language}\\W? bewerken$`) });
}

/** A control in a pane, scrolled into view first: Sveltia renders the form as it scrolls. */
export async function control(
  page: Page,
  pane: Locator,
  role: 'textbox' | 'checkbox' | 'radio' | 'button',
  name: string | RegExp,
): Promise<Locator> {
  const target = pane.getByRole(role, { name, exact: typeof name === 'string' }).first();
  await pane.getByRole('textbox', { name: 'Titel', exact: true }).first().hover();
  for (let i = 0; i < 60 && !(await target.count()); i++) await page.mouse.wheel(0, 400);
  await target.scrollIntoViewIfNeeded();
  return target;
}

/**
 * Does the steps of the guide's checklist (`./interview.ts`) on the CMS's screen, one action at a
 * time; `after` runs after each step (the screenshots of the guide).
 */
export async function followSteps(
  page: Page,
  steps: Step[],
  after: (step: Step, index: number) => Promise<void> = async () => undefined,
): Promise<void> {
  let pane = languagePane(page, 'Nederlands');
  const perform = async (action: Action) => {
    switch (action.do) {
      case 'click': {
        const scope = action.in === 'dialog' ? page.getByRole('dialog') : page;
        const target = action.in
          ? scope.getByRole(action.role, { name: action.name }).first()
          : await control(page, pane, action.role as 'button' | 'radio', action.name);
        await target.click();
        break;
      }
      case 'tick':
        await (await control(page, pane, 'checkbox', action.name)).check();
        break;
      case 'type':
        await (await control(page, pane, 'textbox', action.field)).fill(action.text);
        break;
      case 'language':
        await page.getByRole('radio', { name: action.name }).first().click();
        pane = languagePane(page, action.name);
        await expect(pane).toBeVisible();
        break;
      case 'see':
        await expect(await control(page, pane, 'textbox', action.field)).toHaveValue(action.value);
        break;
      case 'see-choice':
        await expect(await control(page, pane, 'radio', action.name)).toBeChecked();
        break;
    }
  };
  for (const [index, step] of steps.entries()) {
    for (const action of step.actions) await perform(action);
    await after(step, index);
  }
}
