import { z } from 'zod';
import { Role } from '@onegrid/domain';
import { CodeName, IdName, page } from '../../lib/responses.ts';

export const User = z
  .object({
    id: z.string(),
    username: z.string(),
    name: z.string(),
    phoneMasked: z.string().nullable(),
    unit: IdName,
    roles: z.array(Role),
    active: z.boolean(),
    locked: z.boolean(),
    mustChangePassword: z.boolean(),
    totpEnabled: z.boolean(),
  })
  .meta({ id: 'User' });
export const UserPage = page(User);
export const UserDetail = User.extend({ grids: z.array(CodeName) }).meta({ id: 'UserDetail' });
export const RevealedPhone = z.object({ phone: z.string().nullable() });
