// Every built page passes the W3C Nu HTML checker (vnu, the checker behind validator.w3.org/nu),
// which parses as a browser does and so catches what html-validate (html.test.ts) does not, such as
// a script after </html>. One Java process checks all pages at once.
//
// Only errors fail. Its warnings on this site are known and harmless: role="list" on styled lists
// (kept for Safari, see html.test.ts), and CSP "violations" that come from checking files, whose
// file: URLs never match 'self', and from JSON-LD data blocks, which browsers do not run. To read
// them: `npx vnu --skip-non-html dist`.
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { DIST, fileOf, htmlPages } from '../support/dist';

const JRE_HINT = 'install a JRE: apt-get install default-jre-headless';

/** Fails clearly unless `java` runs and is recent enough for vnu (11 or later). */
function requireJava(): void {
  const result = spawnSync('java', ['-version'], { encoding: 'utf8' });
  if (result.error || result.status !== 0) {
    throw new Error(`The Nu HTML checker needs Java, and \`java\` does not run here: ${JRE_HINT}.`);
  }
  const major = Number(/version "(?:1\.)?(\d+)/.exec(`${result.stderr}${result.stdout}`)?.[1] ?? 0);
  if (major < 11) throw new Error(`The Nu HTML checker needs Java 11 or later, this is Java ${major}: ${JRE_HINT}.`);
}

interface NuMessage {
  type: 'error' | 'info' | 'non-document-error';
  subType?: string;
  url?: string;
  lastLine?: number;
  firstColumn?: number;
  message: string;
}

/** The site path of a file URL in vnu's report (/verhalen/roel/). */
function sitePathOf(url: string | undefined): string {
  if (!url) return '(no page)';
  const file = relative(DIST, fileURLToPath(url));
  return `/${file.split(sep).join('/')}`.replace(/index\.html$/, '');
}

describe('the Nu HTML checker', () => {
  it('finds no error on any page', () => {
    requireJava();
    const files = htmlPages().map(fileOf);
    const jar = createRequire(import.meta.url).resolve('vnu-jar/build/dist/vnu.jar');
    const run = spawnSync('java', ['-jar', jar, '--errors-only', '--format', 'json', '--stdout', ...files], {
      encoding: 'utf8',
      maxBuffer: 256 * 1024 * 1024,
    });
    if (run.error) throw run.error;
    // vnu exits with 1 when it reports errors; anything but a JSON report is a failure of the run.
    let report: { messages: NuMessage[] };
    try {
      report = JSON.parse(run.stdout) as { messages: NuMessage[] };
    } catch {
      throw new Error(`vnu did not report (exit ${run.status}): ${run.stderr || run.stdout}`);
    }
    const errors = report.messages
      .filter((m) => m.type !== 'info')
      .map((m) => `${sitePathOf(m.url)} ${m.lastLine ?? '?'}:${m.firstColumn ?? '?'}: ${m.message}`);
    expect(errors).toEqual([]);
    expect(run.status).toBe(0);
  }, 300_000);
});
