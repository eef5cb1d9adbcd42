/** Writes benchmark figures into a Markdown file, formatted as `npm run lint` expects it. */
import { writeFileSync } from 'node:fs';
import { format, resolveConfig } from 'prettier';

export async function writeMarkdown(file, text) {
  const options = (await resolveConfig(file)) ?? {};
  writeFileSync(file, await format(text, { ...options, filepath: file }));
}
