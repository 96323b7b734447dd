import type { FastifyInstance } from 'fastify';
import type { AppContext } from '../../lib/context.ts';

// Import and export of units, users, categories, the duty list (xlsx/csv) and boundaries (GeoJSON).
export async function transferRoutes(_app: FastifyInstance, _opts: { ctx: AppContext }): Promise<void> {}
