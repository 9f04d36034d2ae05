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

  it('recognises uuids', () => {
    expect(isUuid(newId())).toBe(true);
    expect(isUuid('AAFC_AAC-018')).toBe(false);
  });
});
