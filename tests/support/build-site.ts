/**
 * Builds content of a test's own into a folder of its own (scripts/bench/build-site.mjs: its own
 * dist and cache), as a production build outside the test runner: the runner's own environment
 * (NODE_ENV, VITEST*, PLAYWRIGHT*) is left out. Resolves with the exit code and the output.
 */
import { spawn } from 'node:child_process';

export function buildSite(
  content: string,
  work: string,
  buildDate: string,
  /** Site configuration for this build, e.g. MAIL_SIGNUP_ENDPOINT. */
  config: Record<string, string> = {},
): Promise<{ code: number | null; output: string }> {
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    ...config,
    CONTENT_DIR: content,
    BUILD_DATE: buildDate,
    PAGEFIND: 'off',
    SOCIAL_IMAGES: 'off',
  };
  for (const key of Object.keys(env)) {
    if (key === 'NODE_ENV' || key.startsWith('VITEST') || key.startsWith('PLAYWRIGHT')) delete env[key];
  }
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['scripts/bench/build-site.mjs', work], { env });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, output }));
  });
}
