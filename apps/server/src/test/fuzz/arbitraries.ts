import fc from 'fast-check';

/** The part of JSON Schema (as Zod v4's toJSONSchema and the OpenAPI document write it) that we generate from. */
export interface JsonSchema {
  type?: string | string[];
  enum?: unknown[];
  const?: unknown;
  anyOf?: JsonSchema[];
  oneOf?: JsonSchema[];
  allOf?: JsonSchema[];
  properties?: Record<string, JsonSchema>;
  required?: string[];
  items?: JsonSchema;
  minLength?: number;
  maxLength?: number;
  minimum?: number;
  maximum?: number;
  exclusiveMinimum?: number;
  exclusiveMaximum?: number;
  minItems?: number;
  maxItems?: number;
  format?: string;
  pattern?: string;
}

/** Strings that broke or could break something: control characters, bidi overrides, SQL, HTML, size, surrogates. */
export const HOSTILE_STRINGS = [
  '\u0000',
  'a\u0000b',
  '\u0001\u0002\u001b[31m',
  '\u202Egnp.exe',
  '\u200B\uFEFF',
  '\' OR 1=1; DROP TABLE "case"; --',
  "'; SELECT pg_sleep(0); --",
  '<img src=x onerror=alert(1)><b>X</b>',
  '"><script>alert(1)</script>',
  '😀👨‍👩‍👧‍👦🇨🇳'.repeat(50),
  '\ud800',
  '１３９１２３４５６７８',
  '-1',
  '1e309',
  'NaN',
  '../../../../etc/passwd',
  '%00',
  '{"$gt":""}',
  ' ',
  '',
];

const hostileString = (bigOk: boolean): fc.Arbitrary<string> =>
  fc.oneof(
    { weight: 12, arbitrary: fc.constantFrom(...HOSTILE_STRINGS) },
    { weight: 4, arbitrary: fc.string({ unit: 'grapheme', maxLength: 40 }) },
    { weight: 2, arbitrary: fc.string({ unit: 'binary', maxLength: 40 }) },
    // 1 MB and a bit: the body limit (413) or a field's max length (400)
    { weight: bigOk ? 1 : 0, arbitrary: fc.constant('长'.repeat(350_000)) },
  );

/** Any JSON value, hostile strings among them. */
export const hostileValue: fc.Arbitrary<unknown> = fc.oneof(
  hostileString(false),
  fc.constantFrom(null, true, -1, 0, 1e308, -0.5, Number.MAX_SAFE_INTEGER + 2, [], {}),
  fc.jsonValue({ maxDepth: 2 }),
);

function stringFrom(s: JsonSchema): fc.Arbitrary<string> {
  if (s.format === 'uuid') return fc.uuid();
  if (s.format === 'date-time') return fc.date({ noInvalidDate: true }).map((d) => d.toISOString());
  if (s.format === 'date')
    return fc
      .date({ min: new Date('2020-01-01'), max: new Date('2030-12-31'), noInvalidDate: true })
      .map((d) => d.toISOString().slice(0, 10));
  if (s.pattern) {
    try {
      return fc.stringMatching(new RegExp(s.pattern)).filter((x) => x.length <= (s.maxLength ?? 1000));
    } catch {
      // a pattern fast-check cannot generate from: fall through to plain strings
    }
  }
  const max = Math.min(s.maxLength ?? 60, 120);
  return fc.string({ unit: 'grapheme', minLength: Math.min(s.minLength ?? 0, max), maxLength: max });
}

/** Values valid for the schema (mostly), each string sometimes replaced by a hostile one. */
export function fromSchema(s: JsonSchema | undefined, depth = 0): fc.Arbitrary<unknown> {
  if (!s || depth > 5) return hostileValue;
  if (s.const !== undefined) return fc.constant(s.const);
  if (s.enum) return fc.constantFrom(...s.enum);
  const alternatives = s.anyOf ?? s.oneOf;
  if (alternatives) return fc.oneof(...alternatives.map((a) => fromSchema(a, depth + 1)));
  if (s.allOf?.length) return fromSchema(Object.assign({}, ...s.allOf) as JsonSchema, depth + 1);
  const type = Array.isArray(s.type) ? s.type : s.type ? [s.type] : s.properties ? ['object'] : [];
  if (type.length === 0) return hostileValue;
  return fc.oneof(...type.map((t) => ofType(t, s, depth)));
}

function ofType(t: string, s: JsonSchema, depth: number): fc.Arbitrary<unknown> {
  switch (t) {
    case 'string':
      return fc.oneof({ weight: 3, arbitrary: stringFrom(s) }, { weight: 1, arbitrary: hostileString(true) });
    case 'integer':
      return fc.integer({ min: Math.ceil(s.minimum ?? -1e6), max: Math.floor(s.maximum ?? 1e6) });
    case 'number':
      return fc.double({
        min: s.minimum ?? s.exclusiveMinimum ?? -1e6,
        max: s.maximum ?? s.exclusiveMaximum ?? 1e6,
        noNaN: true,
      });
    case 'boolean':
      return fc.boolean();
    case 'null':
      return fc.constant(null);
    case 'array':
      return fc.array(fromSchema(s.items, depth + 1), {
        minLength: Math.min(s.minItems ?? 0, 3),
        maxLength: Math.min(s.maxItems ?? 4, 4),
      });
    case 'object': {
      const props = s.properties ?? {};
      const record = fc.record(
        Object.fromEntries(Object.entries(props).map(([k, v]) => [k, fromSchema(v, depth + 1)])),
        { requiredKeys: (s.required ?? []).filter((k) => k in props) },
      );
      // sometimes a stray key, or a property of the wrong type
      return fc.oneof(
        { weight: 6, arbitrary: record },
        {
          weight: 1,
          arbitrary: fc
            .tuple(record, fc.string({ maxLength: 10 }), hostileValue)
            .map(([r, k, v]) => ({ ...(r as object), [k]: v })),
        },
      );
    }
    default:
      return hostileValue;
  }
}
