import { passwordProblems } from '@onegrid/domain';
import { inScope, requireRole } from '../../../lib/actor.ts';
import { maskPhone } from '../../../lib/pii.ts';
import { searchUsers, UserBody } from '../../users/public.ts';
import { createUserTx, updateUserTx } from '../../users/users.service.ts';
import {
  ACTIVE,
  activeLabel,
  boolCell,
  enumList,
  optionalText,
  provided,
  requiredText,
  ROLE,
  validate,
} from '../transfer.cells.ts';
import { message } from '../transfer.messages.ts';
import { MAX_ROWS } from '../transfer.parse.ts';
import { findUnitByName, findUserByUsername } from '../transfer.repository.ts';
import type { TableFormat } from '../transfer.types.ts';

const C = {
  username: '用户名',
  name: '姓名',
  phone: '手机',
  unit: '所属单位',
  roles: '角色',
  active: '状态',
  password: '初始密码',
} as const;

const FIELDS = {
  username: C.username,
  name: C.name,
  phone: C.phone,
  unitId: C.unit,
  roles: C.roles,
  active: C.active,
  password: C.password,
};
const UserUpdate = UserBody.omit({ password: true });

export const usersFormat: TableFormat = {
  entity: 'users',
  auditEntity: 'user',
  fileName: { 'zh-CN': '用户', 'en-US': 'users' },
  columns: [
    { header: C.username, width: 18, required: true },
    { header: C.name, width: 12, required: true },
    { header: C.phone, width: 16 },
    { header: C.unit, width: 34, required: true },
    { header: C.roles, width: 24, required: true },
    { header: C.active, width: 8 },
    { header: C.password, width: 14 },
  ],
  key: [C.username],
  normaliseKey: (v) => v.toLowerCase(),
  fieldColumns: FIELDS,
  entityColumns: { unit: C.unit, user: C.username },

  authorize: (actor) => requireRole(actor, 'security_admin'),

  // Phones leave the server only masked; passwords never.
  async exportRows(db, actor, pii) {
    const { items } = await searchUsers(db, { scopePath: actor.scopePath, limit: MAX_ROWS, offset: 0 });
    return items.map((u) => ({
      [C.username]: u.username,
      [C.name]: u.name,
      [C.phone]: u.phone_enc ? (maskPhone(pii.decrypt(u.phone_enc)) ?? '') : '',
      [C.unit]: u.unit_name,
      [C.roles]: u.roles.map((r) => ROLE.label(r)).join('；'),
      [C.active]: activeLabel(u.active),
      [C.password]: '',
    }));
  },

  async importRow(ctx) {
    const { tx, actor, lang } = ctx;
    const usernameText = requiredText(ctx, C.username);
    const username = usernameText?.toLowerCase();
    const existing = username ? await findUserByUsername(tx, username) : undefined;
    if (existing && !inScope(actor, existing.jurisdiction_path)) {
      ctx.fail(C.username, message(lang, 'taken', { value: existing.username }));
    }
    requiredText(ctx, C.name);
    let phone = optionalText(ctx, C.phone);
    if (phone?.includes('*')) {
      // A masked number from an export: keep the stored one; a new user cannot start from it.
      if (existing) phone = undefined;
      else ctx.fail(C.phone, message(lang, 'maskedPhone'));
    }
    const unitName = requiredText(ctx, C.unit);
    let unitId: string | undefined;
    if (unitName) {
      const unit = await findUnitByName(tx, unitName);
      if (unit && inScope(actor, unit.jurisdiction_path)) unitId = unit.id;
      else ctx.fail(C.unit, message(lang, 'unknownUnit', { value: unitName }));
    }
    const roles = enumList(ctx, C.roles, ROLE, true);
    const active = boolCell(ctx, C.active, ACTIVE);
    // An initial password sets up a new account; re-importing a list must not reset everyone's password.
    const password = existing ? undefined : (optionalText(ctx, C.password) ?? undefined);
    if (!existing && !password) ctx.fail(C.password, message(lang, 'passwordRequired'));
    else if (password && username && passwordProblems(password, username).length > 0) {
      ctx.fail(C.password, message(lang, 'passwordWeak'));
    }
    const raw = { username, name: optionalText(ctx, C.name), phone, unitId, roles, active, password };
    const body = existing
      ? validate(ctx, UserUpdate, raw, FIELDS, C.username)
      : validate(ctx, UserBody, raw, FIELDS, C.username);
    if (!body || ctx.failed()) return 'invalid';
    if (existing) {
      const { username: _key, ...patch } = provided(body, raw);
      await updateUserTx(tx, ctx.pii, actor, existing.id, patch);
      return 'updated';
    }
    await createUserTx(tx, ctx.pii, actor, { ...body, password: password ?? '' });
    return 'created';
  },
};
