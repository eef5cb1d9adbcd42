// RFC 9116 security.txt, required for Dutch municipalities. Expires is set a year minus a day
// after the build: the daily rebuild keeps it valid, and a site that stops being built lets it
// lapse, as it should.
import type { APIRoute } from 'astro';
import { securityTxt } from '../../lib/site/security-txt';
import { buildNow } from '../../lib/time/zone';

export const GET: APIRoute = ({ site }) =>
  new Response(securityTxt(buildNow(), site ?? new URL('https://talent.hengelo.nl')), {
    headers: { 'Content-Type': 'text/plain; charset=utf-8' },
  });
