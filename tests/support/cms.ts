/**
 * Practice mode of the CMS (/admin/?oefenen) in the browser tests: Sveltia's test backend reads a
 * repository from the browser's private file system (OPFS). These helpers copy the site's content
 * there, open the CMS on it, and read back what the CMS saved.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { Locator, Page } from '@playwright/test';

/** The folder Sveltia's test backend reads as the repository root. */
const SANDBOX = 'sveltia-cms-test';
const FOLDERS = [
  'content/stories',
  'content/events',
  'content/opportunities',
  'content/profiles',
  'content/images',
];

function contentFiles(): { path: string; base64: string }[] {
  return FOLDERS.flatMap((folder) =>
    readdirSync(folder, { recursive: true, encoding: 'utf8' })
      .map((name) => join(folder, name).replace(/\\/g, '/'))
      .filter((path) => statSync(path).isFile())
      .map((path) => ({ path, base64: readFileSync(path).toString('base64') })),
  );
}

/** Opens the CMS in practice mode on a copy of the site's content and waits for the collections. */
export async function openPractice(page: Page): Promise<void> {
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
    { files: contentFiles(), sandbox: SANDBOX },
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
