import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hsds } from '../../../domains/interchange/index.js';
import { createTestApp, type TestApp } from '../../../testing/app.js';

describe('HSDS 3.0 read API', () => {
  let test: TestApp;
  beforeAll(async () => {
    test = await createTestApp();
  });
  afterAll(async () => test.close());

  it('answers the HSDS base with version, profile and openapi_url', async () => {
    const response = await test.app.inject('/api/v1/');
    expect(response.statusCode).toBe(200);
    expect(response.json()).toMatchObject({
      version: '3.0',
      openapi_url: expect.stringMatching(/\/api\/v1\/openapi\.json$/),
    });
  });

  it.each([
    ['/api/v1/services?page=-3', 'page'],
    ['/api/v1/services?per_page=abc', 'per_page'],
    ['/api/v1/services?per_page=101', 'per_page'],
    ['/api/v1/services?modified_after=yesterday', 'modified_after'],
    ['/api/v1/services?lang=de', 'lang'],
    ['/api/v1/services/not-a-uuid', 'id'],
    ['/api/v1/organizations/42', 'id'],
    ['/api/v1/taxonomy_terms?page=0', 'page'],
  ])('%s answers 400 naming %s', async (url, field) => {
    const response = await test.app.inject(url);
    expect(response.statusCode).toBe(400);
    const body = response.json();
    expect(body.error.code).toBe('VALIDATION_FAILED');
    expect(body.error.details.fields.map((f: { field: string }) => f.field)).toContain(field);
    expect(body.error.details.fields[0].message).not.toBe('');
  });

  it('answers 404 for unknown ids', async () => {
    for (const path of ['taxonomies', 'taxonomy_terms']) {
      const response = await test.app.inject(`/api/v1/${path}/00000000-0000-4000-8000-000000000000`);
      expect(response.statusCode).toBe(404);
      expect(response.json().error.code).toBe('NOT_FOUND');
    }
  });

  it('lists Stitch’s own taxonomy and terms, in French on request', async () => {
    const taxonomies = await test.app.inject('/api/v1/taxonomies');
    expect(taxonomies.statusCode).toBe(200);
    expect(taxonomies.json()).toMatchObject({
      total_items: 1,
      total_pages: 1,
      page_number: 1,
      size: 1,
      first_page: true,
      last_page: true,
      empty: false,
    });
    const term = await test.app.inject(`/api/v1/taxonomy_terms/${hsds.FRENCH_TERM.id}?lang=fr`);
    expect(term.statusCode).toBe(200);
    expect(term.json()).toMatchObject({
      code: 'fr',
      name: 'Traduction française',
      taxonomy_detail: { name: 'Traductions Stitch' },
    });
  });

  it('describes every HSDS path, its parameters and responses in the OpenAPI document', async () => {
    const document = (await test.app.inject('/api/v1/openapi.json')).json();
    for (const path of [
      '/api/v1',
      '/api/v1/services',
      '/api/v1/services/{id}',
      '/api/v1/organizations',
      '/api/v1/organizations/{id}',
      '/api/v1/service_at_locations',
      '/api/v1/service_at_locations/{id}',
      '/api/v1/taxonomies',
      '/api/v1/taxonomies/{id}',
      '/api/v1/taxonomy_terms',
      '/api/v1/taxonomy_terms/{id}',
    ]) {
      expect(document.paths[path]?.get, path).toBeDefined();
      expect(
        document.paths[path].get.responses['200'].content['application/json'].schema,
        path,
      ).toBeDefined();
    }
    const names = document.paths['/api/v1/services'].get.parameters.map((p: { name: string }) => p.name);
    expect(names).toEqual(
      expect.arrayContaining([
        'page',
        'per_page',
        'search',
        'taxonomy_term_id',
        'organization_id',
        'modified_after',
        'full_service',
        'lang',
      ]),
    );
    expect(
      document.paths['/api/v1/services/{id}'].get.parameters.find((p: { in: string }) => p.in === 'path')
        .name,
    ).toBe('id');
  });
});
