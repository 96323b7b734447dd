import fs from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { API_TYPES_FILE, apiTypesSource, servedOpenApi } from './openapi.ts';
import { strippedFields } from './lib/responses.ts';

interface Operation {
  responses?: Record<string, { content?: Record<string, { schema?: object }> }>;
}

let doc: {
  paths: Record<string, Record<string, Operation>>;
  components: { schemas: Record<string, unknown> };
};
beforeAll(async () => {
  doc = (await servedOpenApi()) as typeof doc;
});

const METHODS = ['get', 'post', 'put', 'patch', 'delete'];
const operations = () =>
  Object.entries(doc.paths).flatMap(([url, item]) =>
    Object.entries(item)
      .filter(([m]) => METHODS.includes(m))
      .map(([m, op]) => ({ name: `${m.toUpperCase()} ${url}`, url, op })),
  );

describe('the API contract (served OpenAPI)', () => {
  it('every operation declares a success response with a body schema (204: none)', () => {
    const ops = operations();
    expect(ops.length).toBeGreaterThan(100);
    const missing = ops
      .filter(({ op }) => {
        const ok = Object.entries(op.responses ?? {}).filter(([code]) => /^2\d\d$/.test(code));
        return !ok.some(
          ([code, r]) =>
            code === '204' ||
            Object.values(r.content ?? {}).some((c) => c.schema && Object.keys(c.schema).length > 0),
        );
      })
      .map((o) => o.name);
    expect(missing, 'routes without a response schema: add `response` to their schema').toEqual([]);
  });

  it('every /api operation answers errors with the one error body', () => {
    const wrong = operations()
      .filter(({ url }) => url.startsWith('/api/'))
      .filter(({ op }) =>
        ['4XX', '5XX'].some(
          (k) =>
            JSON.stringify(op.responses?.[k]?.content?.['application/json']?.schema) !==
            JSON.stringify({ $ref: '#/components/schemas/ErrorBody' }),
        ),
      )
      .map((o) => o.name);
    expect(wrong).toEqual([]);
    expect(doc.components.schemas.ErrorBody).toBeDefined();
  });

  it('files are declared as binary of their media type', () => {
    const pdf = doc.paths['/api/assessment/report.pdf']!.get!.responses!['200']!.content!;
    expect(pdf['application/pdf']!.schema).toEqual({ type: 'string', format: 'binary' });
  });

  it(`${API_TYPES_FILE} is what npm run api:types generates (run it after changing a response schema)`, async () => {
    const file = path.resolve(import.meta.dirname, '../../..', API_TYPES_FILE);
    const checkedIn = fs.existsSync(file) ? fs.readFileSync(file, 'utf8') : '';
    // A plain boolean first: a diff of 9000 lines helps nobody; the message says what to do.
    const same = checkedIn === (await apiTypesSource());
    expect(same, `${API_TYPES_FILE} is out of date: run npm run api:types and commit it`).toBe(true);
  });
});

describe('strippedFields (what a response schema would drop)', () => {
  it('names the fields the serialized answer lost, nested and in arrays; undefined and dates are not losses', () => {
    const sent = { a: 1, b: { c: 2, d: 3 }, e: [{ f: 1, g: 2 }], h: undefined, at: new Date(0) };
    const kept = { a: 1, b: { c: 2 }, e: [{ f: 1 }], at: '1970-01-01T00:00:00.000Z' };
    expect(strippedFields(sent, kept)).toEqual(['.b.d', '.e[0].g']);
    expect(strippedFields(sent, JSON.parse(JSON.stringify(sent)))).toEqual([]);
  });
});
