// The e-mail sign-up against a real endpoint on this machine: the fixture content is built into a
// folder of its own with MAIL_SIGNUP_ENDPOINT pointing at a local server on 127.0.0.1, the built
// site is served on another port, and a visitor fills in the form by keyboard. The CSP of the page
// and of the host's headers allows that one endpoint and nothing else; a form that is not right
// says what to fix and sends nothing; a right one reaches the local server with what the privacy
// page says is sent. (Without an endpoint there is no form: tests/dist/headers.test.ts.)
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { useTranslations } from '../../src/i18n';
import { listingPath } from '../../src/lib/routing/routes';
import { buildSite } from '../support/build-site';
import { fixture } from '../support/sites';

const t = useTranslations('nl');
const page = listingPath('nl', 'opportunities', { key: 'line', id: 'werken' });

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css',
  '.js': 'text/javascript',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.woff2': 'font/woff2',
  '.avif': 'image/avif',
  '.webp': 'image/webp',
  '.jpeg': 'image/jpeg',
  '.jpg': 'image/jpeg',
  '.png': 'image/png',
};

/** Listens on a free port of 127.0.0.1; resolves with the port. */
function listen(server: Server): Promise<number> {
  return new Promise((resolve) =>
    server.listen(0, '127.0.0.1', () => resolve((server.address() as AddressInfo).port)),
  );
}

/** A static server for a build folder, as a host serves it (folders by their index.html). */
function staticServer(root: string): Server {
  return createServer((request, response) => {
    const url = new URL(request.url ?? '/', 'http://127.0.0.1');
    let file = join(root, normalize(decodeURIComponent(url.pathname)));
    if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
    if (!file.startsWith(root) || !existsSync(file)) {
      response.writeHead(404).end();
      return;
    }
    response.writeHead(200, { 'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream' });
    response.end(readFileSync(file));
  });
}

const body = (request: IncomingMessage) =>
  new Promise<string>((resolve) => {
    let text = '';
    request.on('data', (chunk: Buffer) => (text += chunk.toString()));
    request.on('end', () => resolve(text));
  });

const received: { method: string; path: string; type: string; body: URLSearchParams }[] = [];
const endpoint = createServer((request, response) => {
  void body(request).then((text) => {
    received.push({
      method: request.method ?? '',
      path: request.url ?? '',
      type: request.headers['content-type'] ?? '',
      body: new URLSearchParams(text),
    });
    response
      .writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' })
      .end('<!doctype html><link rel="icon" href="data:,"><title>Bedankt</title><p>Bedankt!</p>');
  });
});
let site: Server | undefined;
let work = '';
let endpointUrl = '';
let siteUrl = '';
let dist = '';

// One build and one pair of servers for both tests.
test.describe.configure({ mode: 'serial' });

test.beforeAll(async () => {
  test.setTimeout(420_000);
  endpointUrl = `http://127.0.0.1:${await listen(endpoint)}/talent/aanmelden`;
  mkdirSync('.cache', { recursive: true });
  work = mkdtempSync(join('.cache', 'mail-signup-'));
  const result = await buildSite(fixture.content, work, fixture.buildDate, {
    MAIL_SIGNUP_ENDPOINT: endpointUrl,
  });
  expect(result.code, result.output).toBe(0);
  dist = join(process.cwd(), work, 'dist');
  site = staticServer(dist);
  siteUrl = `http://127.0.0.1:${await listen(site)}`;
});

test.afterAll(async () => {
  await new Promise((resolve) => endpoint.close(resolve));
  await new Promise((resolve) => (site ? site.close(resolve) : resolve(undefined)));
  if (work) rmSync(work, { recursive: true, force: true });
});

test.use({ locale: 'nl-NL', viewport: { width: 1280, height: 900 } });

test('the CSP lets forms go to the site and that one endpoint only, in the page and the host headers', async ({
  page: tab,
}) => {
  await tab.goto(`${siteUrl}${page}`);
  const csp = (await tab.locator('meta[http-equiv="content-security-policy"]').getAttribute('content')) ?? '';
  const directive = csp
    .split(';')
    .map((part) => part.trim())
    .find((part) => part.startsWith('form-action'));
  expect(directive).toBe(`form-action 'self' ${endpointUrl}`);
  const headers = readFileSync(join(dist, '_headers'), 'utf8');
  expect(headers).toContain(`form-action 'self' ${endpointUrl}`);
  expect(headers).not.toMatch(/form-action 'self'(?! http)/);
});

test('a visitor signs up by keyboard; the local mailing service receives the post', async ({ page: tab }) => {
  const errors: string[] = [];
  tab.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  await tab.goto(`${siteUrl}${page}`);
  const form = tab.locator('form[data-mail-signup]');
  await expect(form).toHaveAttribute('action', endpointUrl);
  await expect(form).toHaveAttribute('method', 'post');
  const email = form.getByLabel(t.signup.email);
  const consent = form.getByRole('checkbox', { name: t.signup.consent });
  await expect(email).toHaveAttribute('autocomplete', 'email');
  await expect(email).toHaveAttribute('type', 'email');

  // Not right yet: nothing is sent, and each field says what to fix.
  await email.focus();
  await tab.keyboard.type('naam-zonder-apenstaartje');
  await tab.keyboard.press('Tab');
  await tab.keyboard.press('Tab');
  await form.getByRole('button', { name: t.signup.submit }).press('Enter');
  await expect(form.getByText(t.signup.emailError)).toBeVisible();
  await expect(form.getByText(t.signup.consentError)).toBeVisible();
  expect(await email.evaluate((input: HTMLInputElement) => input.validity.valid)).toBe(false);
  expect(received).toEqual([]);
  // With its error messages showing, the page passes axe (WCAG 2.2 AA) at both widths.
  for (const width of [375, 1280]) {
    await tab.setViewportSize({ width, height: 900 });
    const { violations } = await new AxeBuilder({ page: tab })
      .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
      .analyze();
    expect(violations.map((violation) => `${width}px ${violation.id}`)).toEqual([]);
  }

  // Right: the post reaches the local endpoint.
  await email.fill('');
  await email.focus();
  await tab.keyboard.type('lisa@voorbeeld.nl');
  await consent.focus();
  await tab.keyboard.press('Space');
  await expect(form.getByText(t.signup.emailError)).toBeHidden();
  await expect(form.getByText(t.signup.consentError)).toBeHidden();
  await form.getByRole('button', { name: t.signup.submit }).press('Enter');
  await expect(tab.getByText('Bedankt!')).toBeVisible();
  expect(received).toHaveLength(1);
  const [post] = received;
  expect(post?.method).toBe('POST');
  expect(post?.path).toBe(new URL(endpointUrl).pathname);
  expect(post?.type).toBe('application/x-www-form-urlencoded');
  expect(Object.fromEntries(post?.body ?? [])).toEqual({
    language: 'nl',
    source: page,
    email: 'lisa@voorbeeld.nl',
    consent: 'yes',
  });
  expect(errors).toEqual([]);
});
