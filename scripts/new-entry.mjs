#!/usr/bin/env node
/**
 * npm run new -- <story|video|event|opportunity> "Titel" [--root <folder>]
 *
 * Creates content/<collection>/nl/<slug>.<ext> with every required field filled, today's date
 * (BUILD_DATE when set) and draft: true, checks it against the content contract, and says how to
 * add the English version. The logic is in src/lib/content/scaffold.ts (unit-tested); Vite's module
 * runner loads it, so this script needs no build step.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { runnerImport } from 'vite';

const args = process.argv.slice(2);
const rootAt = args.indexOf('--root');
const root = rootAt >= 0 ? args.splice(rootAt, 2)[1] : '.';
const [kind, ...words] = args;
const title = words.join(' ').trim();

const quiet = { configFile: false, logLevel: 'error' };
const { module: scaffold } = await runnerImport('./src/lib/content/scaffold.ts', quiet);
const usage = `Gebruik: npm run new -- <${Object.keys(scaffold.kinds).join('|')}> "Titel"`;

if (!kind || !scaffold.isKind(kind) || !title) {
  console.error(usage);
  process.exit(1);
}

const [{ module: validate }, { module: time }, { module: frontmatter }] = await Promise.all([
  runnerImport('./src/lib/content/validation.ts', quiet),
  runnerImport('./src/lib/time/zone.ts', quiet),
  runnerImport('./src/lib/content/frontmatter.ts', quiet),
]);

const { collection, extension, image } = scaffold.kinds[kind];
const slug = scaffold.slugify(title);
if (!slug) {
  console.error(`De titel "${title}" geeft geen bruikbare bestandsnaam. Gebruik letters of cijfers.`);
  process.exit(1);
}
const file = join(root, 'content', collection, 'nl', `${slug}.${extension}`);
const display = relative('.', file);
if (existsSync(file)) {
  console.error(`${display} bestaat al. Kies een andere titel of bewerk dat bestand.`);
  process.exit(1);
}

const catalogue = readFileSync(join('content', 'images', 'catalogue.md'), 'utf8');
const alt = scaffold.catalogueAlt(catalogue, image) ?? 'Illustratie.';
const today = time.zonedDate(time.buildNow());
const text = scaffold.entryTemplate(kind, { title, today, image: { file: image, alt } });

// The file must keep the contract as created, read as the build reads it; anything else is a bug
// in the template.
const result = validate.validateEntry(collection, display, frontmatter.readFrontmatter(text), text);
if (!result.ok) {
  console.error(result.message);
  process.exit(2);
}

mkdirSync(dirname(file), { recursive: true });
writeFileSync(file, text);
const english = join('content', collection, 'en', `${slug}.${extension}`);
console.log(`Nieuw bestand: ${display}

Het is een concept (draft: true): het staat pas op de site als je draft op false zet.
1. Vervang de voorbeeldteksten en kies de juiste programmalijnen, leeftijden en doelgroepen.
2. Engelse versie: kopieer het bestand naar ${english} (zelfde naam),
   vertaal de teksten en zet lang op "en".
3. Controleer met: npm run test:unit   (of bekijk het met: npm run dev)
Uitleg per veld: docs/redactie.md`);
