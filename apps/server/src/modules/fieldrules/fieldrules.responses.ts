import { FieldSettings, VisitRule } from '@onegrid/domain';
import { z } from 'zod';

export const VisitRuleView = VisitRule.extend({
  /** default: from practice as shipped; edited: a default the deployment changed; added: a rule of its own;
   *  disabled: switched off (the tag/level is not scheduled) */
  origin: z.enum(['default', 'edited', 'added', 'disabled']),
  /** the default from practice for this tag and level, if there is one */
  default: VisitRule.nullable(),
}).meta({ id: 'VisitRuleView' });

export const FieldRules = z
  .object({
    rules: z.array(VisitRuleView),
    settings: FieldSettings,
    /** whether the caller may edit (district or city administrators) */
    canEdit: z.boolean(),
  })
  .meta({ id: 'FieldRules' });
