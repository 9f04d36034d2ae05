import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../platform/config/index.js';
import { checkIssuer, safeReturnTo } from './oidc.js';

describe('safeReturnTo', () => {
  it('keeps paths on this site, with their query and fragment', () => {
    expect(safeReturnTo('/en/manage')).toBe('/en/manage');
    expect(safeReturnTo('/fr/gestion?page=2#liste')).toBe('/fr/gestion?page=2#liste');
  });

  it.each([
    'https://evil.example/en/manage',
    '//evil.example',
    '/\\evil.example',
    '\\\\evil.example',
    'javascript:alert(1)',
    'en/manage',
    '/en/\nmanage',
    '',
    undefined,
    ['/en/manage'],
    `/${'a'.repeat(1200)}`,
  ])('refuses %j (it would leave the site, or is not a path)', (value) => {
    expect(safeReturnTo(value)).toBeUndefined();
  });
});

describe('checkIssuer', () => {
  it('accepts https anywhere and plain http on loopback only', () => {
    expect(checkIssuer('https://id.example.ca/realms/stitch').href).toBe(
      'https://id.example.ca/realms/stitch',
    );
    expect(checkIssuer('http://localhost:3001').port).toBe('3001');
    expect(checkIssuer('http://127.0.0.1:4000').hostname).toBe('127.0.0.1');
    expect(() => checkIssuer('http://id.example.ca')).toThrow(/https/);
  });
});

describe('sign-in configuration', () => {
  it('puts the development provider next to the site unless told otherwise', () => {
    expect(loadConfig({ PORT: '4000' }).devOidcPort).toBe(4001);
    expect(loadConfig({ PORT: '0' }).devOidcPort).toBe(0);
    expect(loadConfig({ PORT: '4000', STITCH_DEV_OIDC_PORT: '5555' }).devOidcPort).toBe(5555);
    expect(loadConfig({}).oidcIssuer).toBeUndefined();
  });

  it('wants the client id and secret with an external issuer', () => {
    expect(() => loadConfig({ OIDC_ISSUER: 'https://id.example.ca' })).toThrow(/OIDC_CLIENT_ID/);
    const config = loadConfig({
      OIDC_ISSUER: 'https://id.example.ca',
      OIDC_CLIENT_ID: 'stitch',
      OIDC_CLIENT_SECRET: 's3cret',
    });
    expect([config.oidcIssuer, config.oidcClientId, config.oidcClientSecret]).toEqual([
      'https://id.example.ca',
      'stitch',
      's3cret',
    ]);
  });
});
