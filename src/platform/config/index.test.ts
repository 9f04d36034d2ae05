import { describe, expect, it } from 'vitest';
import { loadConfig } from './index.js';

describe('loadConfig', () => {
  it('is in production mode exactly when NODE_ENV says production', () => {
    expect(
      loadConfig({ NODE_ENV: 'production', STITCH_PUBLIC_URL: 'https://services.example.ca' }).production,
    ).toBe(true);
    expect(loadConfig({ NODE_ENV: 'development' }).production).toBe(false);
    expect(loadConfig({ NODE_ENV: 'test' }).production).toBe(false);
    expect(loadConfig({}).production).toBe(false);
  });
});

describe('STITCH_PUBLIC_URL', () => {
  it('is required in production, where links must name the real site', () => {
    expect(() => loadConfig({ NODE_ENV: 'production' })).toThrow(/STITCH_PUBLIC_URL is required/);
    expect(loadConfig({}).publicUrl).toBeUndefined();
  });
});

describe('STITCH_TRUST_PROXY', () => {
  it('trusts no proxy unless told', () => {
    expect(loadConfig({}).trustProxy).toBe(false);
    expect(loadConfig({ STITCH_TRUST_PROXY: '' }).trustProxy).toBe(false);
    expect(loadConfig({ STITCH_TRUST_PROXY: '0' }).trustProxy).toBe(false);
  });

  it('takes a number of hops or a list of addresses and ranges', () => {
    expect(loadConfig({ STITCH_TRUST_PROXY: '1' }).trustProxy).toBe(1);
    expect(loadConfig({ STITCH_TRUST_PROXY: ' 10.0.0.1, 192.168.0.0/16,::1 ' }).trustProxy).toEqual([
      '10.0.0.1',
      '192.168.0.0/16',
      '::1',
    ]);
  });

  it('refuses anything else at start, naming what is wrong', () => {
    expect(() => loadConfig({ STITCH_TRUST_PROXY: 'true' })).toThrow(/trustProxy: .*not true/);
    expect(() => loadConfig({ STITCH_TRUST_PROXY: '10.0.0.1, proxy.example' })).toThrow(/not proxy\.example/);
    expect(() => loadConfig({ STITCH_TRUST_PROXY: '10.0.0.0/33' })).toThrow(/not 10\.0\.0\.0\/33/);
  });
});
