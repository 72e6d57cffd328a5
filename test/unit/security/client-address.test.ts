import { describe, expect, it } from 'vitest';
import { addressBehindProxies, trustedProxies } from '../../../cms/security/client-address';

describe('addressBehindProxies', () => {
  const proxies = ['10.0.0.2', '10.0.0.3'];

  it('uses the socket address when no proxy is trusted, whatever X-Forwarded-For claims', () => {
    expect(addressBehindProxies('203.0.113.9', '198.51.100.1', [])).toBe('203.0.113.9');
    expect(addressBehindProxies('203.0.113.9', '198.51.100.1', proxies)).toBe('203.0.113.9');
  });

  it('behind trusted proxies takes the right-most hop that is not a proxy; client-written hops are ignored', () => {
    expect(addressBehindProxies('10.0.0.2', '1.2.3.4, 198.51.100.7', proxies)).toBe('198.51.100.7');
    expect(addressBehindProxies('10.0.0.2', '198.51.100.7, 10.0.0.3', proxies)).toBe('198.51.100.7');
    expect(addressBehindProxies('10.0.0.2', ['6.6.6.6', '198.51.100.8'], proxies)).toBe('198.51.100.8');
    expect(addressBehindProxies('10.0.0.2', undefined, proxies)).toBe('10.0.0.2');
    expect(addressBehindProxies(undefined, undefined, proxies)).toBe('unknown');
  });

  it('reads PUFA_TRUSTED_PROXIES as a comma-separated list', () => {
    expect(trustedProxies({ PUFA_TRUSTED_PROXIES: ' 10.0.0.2 ,10.0.0.3,' })).toEqual(['10.0.0.2', '10.0.0.3']);
    expect(trustedProxies({})).toEqual([]);
  });
});
