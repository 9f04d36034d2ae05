/**
 * The OpenAPI document describes every API write: each one is in it, with the answers a client must
 * handle when nobody is signed in (401), when the role does not allow it (403) and when the body is
 * wrong (400).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../src/testing/app.js';

describe('the OpenAPI document', () => {
  let testApp: TestApp;
  beforeAll(async () => {
    testApp = await createTestApp();
  });
  afterAll(async () => testApp.close());

  it('documents every API write with its 400, 401 and 403 answers', async () => {
    const document = (await testApp.app.inject('/api/v1/openapi.json')).json() as {
      paths: Record<string, Record<string, { responses?: Record<string, unknown> }>>;
    };
    const writes = testApp.app.routeList.filter(
      (route) => route.url.startsWith('/api/v1/') && !['GET', 'HEAD', 'OPTIONS'].includes(route.method),
    );
    expect(writes.length).toBeGreaterThanOrEqual(15);
    for (const route of writes) {
      const path = route.url.replace(/:(\w+)/g, '{$1}');
      const operation = document.paths[path]?.[route.method.toLowerCase()];
      expect(operation, `${route.method} ${path} is documented`).toBeDefined();
      for (const status of ['400', '401', '403'])
        expect(
          Object.keys(operation!.responses ?? {}),
          `${route.method} ${path} answers ${status}`,
        ).toContain(status);
    }
  });
});
