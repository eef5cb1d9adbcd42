/**
 * Fetching one job feed, with the limits a feed cannot talk its way around:
 * - only http: and https: addresses;
 * - the host's addresses are looked up first and every one must be public: loopback, private,
 *   link-local, carrier-grade NAT, multicast and unspecified addresses are refused, and the
 *   connection goes to the address that was checked (a second lookup cannot swap it);
 *   `JOB_FEEDS_ALLOW_LOOPBACK=1` lets loopback through, for tests and benchmarks only;
 * - a redirect is followed only to the same host (at most three);
 * - a time limit for the whole answer and a size limit for its body (the download stops there).
 * Never throws: the answer is the body or the reason it was refused.
 */
import { lookup } from 'node:dns/promises';
import { request as httpRequest, type IncomingMessage } from 'node:http';
import { request as httpsRequest } from 'node:https';
import { isIP } from 'node:net';

export interface FetchLimits {
  /** Milliseconds for the whole answer, redirects included. */
  timeoutMs: number;
  /** Bytes of body at most. */
  maxBytes: number;
  /** Whether loopback addresses (127.0.0.0/8, ::1) may be fetched. */
  allowLoopback: boolean;
}

export type FetchResult =
  | { ok: true; body: string; contentType: string; url: string }
  | { ok: false; reason: FetchRefusal; detail: string };

export type FetchRefusal =
  'address' | 'scheme' | 'private' | 'redirect' | 'status' | 'timeout' | 'too-large' | 'network';

const MAX_REDIRECTS = 3;

/** An IPv4 address as four numbers, or undefined. */
function ipv4(address: string): number[] | undefined {
  const parts = address.split('.').map(Number);
  return parts.length === 4 && parts.every((n) => Number.isInteger(n) && n >= 0 && n <= 255)
    ? parts
    : undefined;
}

/** Whether an IP address is loopback. */
export function isLoopback(address: string): boolean {
  const v4 = ipv4(address.replace(/^::ffff:/i, ''));
  if (v4) return v4[0] === 127;
  return address === '::1';
}

/** Whether an IP address is not on the public internet (loopback included). */
export function isNonPublic(address: string): boolean {
  const v4 = ipv4(address.replace(/^::ffff:/i, ''));
  if (v4) {
    const [a = 0, b = 0] = v4;
    return (
      a === 0 ||
      a === 10 ||
      a === 127 ||
      (a === 100 && b >= 64 && b <= 127) ||
      (a === 169 && b === 254) ||
      (a === 172 && b >= 16 && b <= 31) ||
      (a === 192 && b === 168) ||
      (a === 192 && b === 0) ||
      (a === 198 && (b === 18 || b === 19)) ||
      a >= 224
    );
  }
  const lower = address.toLowerCase();
  return (
    lower === '::' ||
    lower === '::1' ||
    /^f[cd]/.test(lower) ||
    /^fe[89ab]/.test(lower) ||
    lower.startsWith('ff') ||
    lower.startsWith('::ffff:') ||
    lower.startsWith('64:ff9b:')
  );
}

/** The checked address to connect to, or why the host is refused. */
async function checkedAddress(
  host: string,
  limits: FetchLimits,
): Promise<{ address: string; family: number } | { refused: string }> {
  const bare = host.replace(/^\[|\]$/g, '');
  let found: { address: string; family: number }[];
  if (isIP(bare)) found = [{ address: bare, family: isIP(bare) }];
  else {
    try {
      found = await lookup(bare, { all: true, verbatim: true });
    } catch (error) {
      return { refused: `DNS: ${(error as Error).message}` };
    }
  }
  if (found.length === 0) return { refused: `DNS: ${bare}` };
  for (const entry of found) {
    if (limits.allowLoopback && isLoopback(entry.address)) continue;
    if (isNonPublic(entry.address)) return { refused: entry.address };
  }
  return found[0]!;
}

function once(url: URL, target: { address: string; family: number }, deadline: number, limits: FetchLimits) {
  return new Promise<{ response: IncomingMessage; body: string } | FetchResult>((resolve) => {
    const request = (url.protocol === 'https:' ? httpsRequest : httpRequest)(
      url,
      {
        method: 'GET',
        headers: {
          accept: 'application/ld+json, application/json, text/html, application/xml;q=0.9, */*;q=0.5',
          'user-agent': 'TalentHengelo-JobFeeds/1 (+https://talent.hengelo.nl/)',
        },
        // The connection goes to the address that was checked, never to a second lookup's.
        lookup: (_host, options, callback) => {
          if ((options as { all?: boolean }).all) callback(null, [target] as never, undefined as never);
          else callback(null, target.address, target.family);
        },
        servername: isIP(url.hostname) ? undefined : url.hostname,
      },
      (response) => {
        const location = response.headers.location;
        if (response.statusCode && response.statusCode >= 300 && response.statusCode < 400 && location) {
          response.resume();
          resolve({ response, body: '' });
          return;
        }
        const chunks: Buffer[] = [];
        let size = 0;
        const declared = Number(response.headers['content-length'] ?? 0);
        if (declared > limits.maxBytes) {
          request.destroy();
          resolve({ ok: false, reason: 'too-large', detail: `${declared} bytes` });
          return;
        }
        response.on('data', (chunk: Buffer) => {
          size += chunk.length;
          if (size > limits.maxBytes) {
            request.destroy();
            resolve({ ok: false, reason: 'too-large', detail: `> ${limits.maxBytes} bytes` });
            return;
          }
          chunks.push(chunk);
        });
        response.on('end', () => resolve({ response, body: Buffer.concat(chunks).toString('utf8') }));
        response.on('error', (error) => resolve({ ok: false, reason: 'network', detail: error.message }));
      },
    );
    const timer = setTimeout(
      () => {
        request.destroy();
        resolve({ ok: false, reason: 'timeout', detail: `${limits.timeoutMs} ms` });
      },
      Math.max(0, deadline - Date.now()),
    );
    request.on('close', () => clearTimeout(timer));
    request.on('error', (error) => resolve({ ok: false, reason: 'network', detail: error.message }));
    request.end();
  });
}

/**
 * Fetches `address` within `limits`; the body as text, or why not. `until` (a time in ms) ends the
 * wait earlier, for the pages of a sitemap that share one budget.
 */
export async function fetchFeed(
  address: string,
  limits: FetchLimits,
  until = Infinity,
): Promise<FetchResult> {
  let url: URL;
  try {
    url = new URL(address);
  } catch {
    return { ok: false, reason: 'address', detail: address };
  }
  const host = url.host;
  const deadline = Math.min(Date.now() + limits.timeoutMs, until);
  for (let hop = 0; hop <= MAX_REDIRECTS; hop += 1) {
    if (url.protocol !== 'http:' && url.protocol !== 'https:')
      return { ok: false, reason: 'scheme', detail: url.protocol };
    if (url.host !== host) return { ok: false, reason: 'redirect', detail: url.host };
    const target = await checkedAddress(url.hostname, limits);
    if ('refused' in target) return { ok: false, reason: 'private', detail: target.refused };
    const answer = await once(url, target, deadline, limits);
    if ('ok' in answer) return answer;
    const { response, body } = answer;
    const status = response.statusCode ?? 0;
    if (status >= 300 && status < 400) {
      url = new URL(String(response.headers.location), url);
      continue;
    }
    if (status < 200 || status >= 300) return { ok: false, reason: 'status', detail: String(status) };
    return { ok: true, body, contentType: String(response.headers['content-type'] ?? ''), url: url.href };
  }
  return { ok: false, reason: 'redirect', detail: `> ${MAX_REDIRECTS}` };
}
