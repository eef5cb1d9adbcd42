// The e-mail sign-up's one setting: off without MAIL_SIGNUP_ENDPOINT, an https address (or http
// on this machine, for tests) when set, and refused with a clear message otherwise; the CSP's
// form-action follows it.
import { describe, expect, it } from 'vitest';
import { formActionDirective, mailSignupEndpoint } from '../../src/lib/site/mail-signup';

describe('MAIL_SIGNUP_ENDPOINT', () => {
  it('is off when unset or empty', () => {
    expect(mailSignupEndpoint({})).toBeUndefined();
    expect(mailSignupEndpoint({ MAIL_SIGNUP_ENDPOINT: '  ' })).toBeUndefined();
    expect(formActionDirective(undefined)).toBe("form-action 'self'");
  });

  it('takes an https address, or http on loopback, and puts exactly it in form-action', () => {
    const https = mailSignupEndpoint({
      MAIL_SIGNUP_ENDPOINT: 'https://nieuwsbrief.hengelo.nl/talent/aanmelden',
    });
    expect(https).toBe('https://nieuwsbrief.hengelo.nl/talent/aanmelden');
    expect(formActionDirective(https)).toBe(
      "form-action 'self' https://nieuwsbrief.hengelo.nl/talent/aanmelden",
    );
    expect(mailSignupEndpoint({ MAIL_SIGNUP_ENDPOINT: 'http://127.0.0.1:8080/post' })).toBe(
      'http://127.0.0.1:8080/post',
    );
  });

  it.each([
    ['not an address', 'nieuwsbrief.hengelo.nl'],
    ['plain http to another machine', 'http://nieuwsbrief.hengelo.nl/aanmelden'],
    ['a name and password', 'https://user:secret@nieuwsbrief.hengelo.nl/'],
    ['a character that would end the CSP source', 'https://nieuwsbrief.hengelo.nl/a;b'],
    ['another scheme', 'javascript:alert(1)'],
  ])('refuses %s', (_what, value) => {
    expect(() => mailSignupEndpoint({ MAIL_SIGNUP_ENDPOINT: value })).toThrow(/MAIL_SIGNUP_ENDPOINT/);
  });
});
