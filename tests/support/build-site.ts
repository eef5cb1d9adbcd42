/**
 * Builds content of a test's own into a folder of its own (scripts/bench/build-site.mjs: its own
 * dist and cache), as a production build outside the test runner: the runner's own environment
 * (NODE_ENV, VITEST*, PLAYWRIGHT*) is left out; job feeds are off and stored in the work folder
 * unless `extra` says otherwise. Resolves with the exit code and the output.
 */
import { spawn } from 'node:child_process';

export function buildSite(
  content: string,
  work: string,
  buildDate: string,
  /** Settings for this build, e.g. MAIL_SIGNUP_ENDPOINT or JOB_FEEDS. */
  extra: NodeJS.ProcessEnv = {},
): Promise<{ code: number | null; output: string }> {
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    CONTENT_DIR: content,
    BUILD_DATE: buildDate,
    PAGEFIND: 'off',
    SOCIAL_IMAGES: 'off',
    // No feed is fetched unless a test asks for it (and then only from its own loopback server).
    JOB_FEEDS: 'off',
    JOB_FEEDS_STORE: `${work}/job-feeds`,
    ...extra,
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
