/** The text of /.well-known/security.txt (RFC 9116). */

/** Where to report a vulnerability: the municipality's own responsible-disclosure address. */
export const SECURITY_CONTACT = 'mailto:security@hengelo.nl';
const DAY = 24 * 60 * 60 * 1000;

export function securityTxt(now: Date, site: URL): string {
  const expires = new Date(now.getTime() + 364 * DAY);
  return [
    `Contact: ${SECURITY_CONTACT}`,
    `Expires: ${expires.toISOString().replace(/\.\d{3}Z$/, 'Z')}`,
    'Preferred-Languages: nl, en',
    `Canonical: ${new URL('/.well-known/security.txt', site).href}`,
    `Policy: ${new URL('/privacy/', site).href}`,
    '',
  ].join('\n');
}
