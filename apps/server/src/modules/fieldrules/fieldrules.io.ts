import { FieldSettings, TagType, VisitRule } from '@onegrid/domain';
import { z } from 'zod';

/** One rule set by the deployment (a default edited, a rule added) or switched off (`active: false`). */
export const VisitRuleEdit = VisitRule.extend({
  source: z.string().trim().max(500).default(''),
  active: z.boolean().default(true),
}).meta({ id: 'VisitRuleEdit' });
export type VisitRuleEdit = z.infer<typeof VisitRuleEdit>;

/** The rule to reset to its default: its tag and level (absent: the rule for every level). */
export const VisitRuleKeyQuery = z.object({
  tag: TagType,
  level: z.string().min(1).max(20).optional(),
});
export type VisitRuleKeyQuery = z.infer<typeof VisitRuleKeyQuery>;

export const FieldSettingsIn = FieldSettings.meta({ id: 'FieldSettingsIn' });
