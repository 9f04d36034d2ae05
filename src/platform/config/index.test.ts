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
    expect(() => loadConfig({ STITCH_TRUST_PROXY: 'true' })).toThrow(/STITCH_TRUST_PROXY: .*not true/);
    expect(() => loadConfig({ STITCH_TRUST_PROXY: '10.0.0.1, proxy.example' })).toThrow(/not proxy\.example/);
    expect(() => loadConfig({ STITCH_TRUST_PROXY: '10.0.0.0/33' })).toThrow(/not 10\.0\.0\.0\/33/);
  });
});

describe('operations settings', () => {
  it('reads the audit key as hex or base64, 32 bytes or more, and names the variable when it is short', () => {
    expect(loadConfig({ STITCH_AUDIT_KEY: 'ab'.repeat(32) }).auditKey).toEqual(Buffer.alloc(32, 0xab));
    expect(loadConfig({ STITCH_AUDIT_KEY: Buffer.alloc(48, 1).toString('base64') }).auditKey).toHaveLength(
      48,
    );
    expect(loadConfig({}).auditKey).toBeUndefined();
    expect(() => loadConfig({ STITCH_AUDIT_KEY: 'c2hvcnQ=' })).toThrow(/STITCH_AUDIT_KEY: at least 32 bytes/);
  });

  it('anchors hourly unless told otherwise; caches public answers a minute; a metrics token is long', () => {
    expect(loadConfig({}).auditAnchorMinutes).toBe(60);
    expect(loadConfig({ STITCH_AUDIT_ANCHOR_MINUTES: '15' }).auditAnchorMinutes).toBe(15);
    expect(() => loadConfig({ STITCH_AUDIT_ANCHOR_MINUTES: '0' })).toThrow(/STITCH_AUDIT_ANCHOR_MINUTES/);
    expect(loadConfig({}).publicCacheSeconds).toBe(60);
    expect(loadConfig({ STITCH_PUBLIC_CACHE_SECONDS: '0' }).publicCacheSeconds).toBe(0);
    expect(() => loadConfig({ STITCH_METRICS_TOKEN: 'short' })).toThrow(/STITCH_METRICS_TOKEN: At least 16/);
  });
});
