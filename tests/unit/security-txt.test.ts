import { describe, expect, it } from 'vitest';
import { securityTxt } from '../../src/lib/site/security-txt';

describe('security.txt (RFC 9116)', () => {
  const text = securityTxt(new Date('2026-11-29T10:00:00Z'), new URL('https://talent.hengelo.nl'));
  const field = (name: string) => new RegExp(`^${name}: (.+)$`, 'm').exec(text)?.[1];

  it('has the required Contact and Expires fields', () => {
    expect(field('Contact')).toMatch(/^(mailto:|https:)/);
    expect(field('Expires')).toBe('2027-11-28T10:00:00Z');
  });
  it('expires in the future but less than a year after the build, as the RFC recommends', () => {
    const expires = new Date(field('Expires') ?? '');
    const now = new Date('2026-11-29T10:00:00Z');
    expect(expires.getTime()).toBeGreaterThan(now.getTime());
    expect(expires.getTime() - now.getTime()).toBeLessThan(365 * 24 * 60 * 60 * 1000);
  });
  it('prefers Dutch, then English, and names its canonical address', () => {
    expect(field('Preferred-Languages')).toBe('nl, en');
    expect(field('Canonical')).toBe('https://talent.hengelo.nl/.well-known/security.txt');
  });
});
