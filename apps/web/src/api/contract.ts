/**
 * The web's view of the HTTP API contract: types generated from the server's OpenAPI document (schema.d.ts,
 * `npm run api:types`). Response types in this folder are aliases onto these, so a field renamed on the server
 * fails `tsc -p apps/web` wherever a page reads it.
 */
import type { components, paths } from './schema';

export type { components, paths };

/** A named schema of the API (components.schemas), e.g. `Schema<'CaseDetail'>`. */
export type Schema<K extends keyof components['schemas']> = components['schemas'][K];

type Method = 'get' | 'post' | 'put' | 'patch' | 'delete';
type JsonOf<R> = R extends { content: { 'application/json': infer B } } ? B : never;

/** The JSON body of the success answer (200 or 201) of an operation, e.g. `ResponseOf<'/api/regions/{code}', 'get'>`. */
export type ResponseOf<P extends keyof paths, M extends Method> = paths[P][M] extends {
  responses: infer R;
}
  ? JsonOf<R[Extract<keyof R, 200 | 201>]>
  : never;

/**
 * The JSON request body of an operation, e.g. `RequestOf<'/api/units', 'post'>`: what the page sends is checked
 * against what the server's route declares.
 */
export type RequestOf<P extends keyof paths, M extends Method> = paths[P][M] extends {
  requestBody?: infer B;
}
  ? JsonOf<NonNullable<B>>
  : never;
