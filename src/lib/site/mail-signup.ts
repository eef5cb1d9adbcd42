/**
 * The e-mail sign-up: off unless the municipality's own mailing service is configured, in one
 * place, the environment variable MAIL_SIGNUP_ENDPOINT read at build time (the address its form
 * posts to, e.g. https://nieuwsbrief.hengelo.nl/talent/aanmelden). When set, the follow blocks
 * show a form that posts there, and the Content-Security-Policy's `form-action` allows that one
 * address besides the site itself (the page's <meta> through astro.config.mjs, the host's header
 * through src/integrations/mail-signup.ts). Read by the build and by the tests.
 */

/** Hosts a plain-http endpoint may have: only this machine (a test's local endpoint). */
const LOOPBACK = new Set(['127.0.0.1', 'localhost', '[::1]']);

/** The endpoint, or undefined when there is no sign-up. Refuses anything but https (or loopback http). */
export function mailSignupEndpoint(
  env: Record<string, string | undefined> = process.env,
): string | undefined {
  const value = env.MAIL_SIGNUP_ENDPOINT?.trim();
  if (!value) return undefined;
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new Error(
      `MAIL_SIGNUP_ENDPOINT "${value}" is not an address. Use the full https:// address of the form.`,
    );
  }
  const secure = url.protocol === 'https:' || (url.protocol === 'http:' && LOOPBACK.has(url.hostname));
  // A quote, comma, semicolon or space would end the CSP source early.
  if (!secure || url.username || url.password || url.hash || /[\s'",;]/.test(url.href)) {
    throw new Error(
      `MAIL_SIGNUP_ENDPOINT "${value}" must be an https:// address without a name, password or #part.`,
    );
  }
  return url.href;
}

/** The CSP directive for forms: the site itself, and the sign-up endpoint when there is one. */
export function formActionDirective(
  endpoint: string | undefined = mailSignupEndpoint(),
): `form-action ${string}` {
  return endpoint ? `form-action 'self' ${endpoint}` : "form-action 'self'";
}
