import { describe, expect, it } from 'vitest';
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
    expect(checkIssuer('https://id.example.ca/realms/stitch').href).toBe('https://id.example.ca/realms/stitch');
    expect(checkIssuer('http://localhost:3001').port).toBe('3001');
    expect(checkIssuer('http://127.0.0.1:4000').hostname).toBe('127.0.0.1');
    expect(() => checkIssuer('http://id.example.ca')).toThrow(/https/);
  });
});
