import { describe, expect, it } from 'vitest';
import { isUuid, newId, stableId } from './index.js';

describe('ids', () => {
  it('gives the same version-5 uuid for the same name and different ones for different names', () => {
    const a = stableId('service:employment-insurance');
    expect(a).toBe(stableId('service:employment-insurance'));
    expect(a).not.toBe(stableId('service:old-age-security'));
    expect(isUuid(a)).toBe(true);
    expect(a[14]).toBe('5');
    expect(['8', '9', 'a', 'b']).toContain(a[19]);
  });

  it('follows RFC 9562 in any namespace, at every call', () => {
    const dns = '6ba7b810-9dad-11d1-80b4-00c04fd430c8';
    for (let call = 0; call < 2; call += 1) {
      expect(stableId('python.org', dns)).toBe('886313e1-3b8a-5372-9b90-0c9aee199e5d');
      expect(stableId('service:employment-insurance', dns)).not.toBe(
        stableId('service:employment-insurance'),
      );
    }
  });

  it('recognises uuids', () => {
    expect(isUuid(newId())).toBe(true);
    expect(isUuid('AAFC_AAC-018')).toBe(false);
  });
});
