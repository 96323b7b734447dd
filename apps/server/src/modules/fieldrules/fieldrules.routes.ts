import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { AppContext } from '../../lib/context.ts';
import { actorOf } from '../auth/auth.plugin.ts';
import { FieldSettingsIn, VisitRuleEdit, VisitRuleKeyQuery } from './fieldrules.io.ts';
import { FieldRules } from './fieldrules.responses.ts';
import * as service from './fieldrules.service.ts';

const tags = ['fieldwork'];

/** Visit rules per tag and level, and the field-work settings: read by leads and supervisors, set by administrators. */
export async function fieldRulesRoutes(app: FastifyInstance, { ctx }: { ctx: AppContext }): Promise<void> {
  const r = app.withTypeProvider<ZodTypeProvider>();

  r.get(
    '/field/rules',
    {
      schema: {
        tags,
        description:
          'The visit rules in force (defaults from practice with their sources, and what the deployment changed) ' +
          'and the field-work settings. District/city administrators, supervisors, street leads.',
        response: { 200: FieldRules },
      },
    },
    async (req) => service.listRules(ctx.db, actorOf(req)),
  );

  r.put(
    '/field/rules',
    {
      schema: {
        tags,
        description:
          'Sets the rule of a tag and level (level null: every level without its own), or switches it off ' +
          '(active false). Audited. District/city administrators.',
        body: VisitRuleEdit,
        response: { 200: FieldRules },
      },
    },
    async (req) => service.saveRule(ctx.db, actorOf(req), req.body),
  );

  r.delete(
    '/field/rules',
    {
      schema: {
        tags,
        description:
          'Back to the default from practice for this tag and level (a rule added: no rule). Audited.',
        querystring: VisitRuleKeyQuery,
        response: { 200: FieldRules },
      },
    },
    async (req) => service.resetRule(ctx.db, actorOf(req), req.query),
  );

  r.put(
    '/field/settings',
    {
      schema: {
        tags,
        description:
          'Field-work settings: GPS accuracy threshold, track interval and retention, sign-off deadlines. Audited.',
        body: FieldSettingsIn,
        response: { 200: FieldRules },
      },
    },
    async (req) => service.saveSettings(ctx.db, actorOf(req), req.body),
  );
}
