import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DevOutbox } from '../notifications/notifier.ts';
import { createTestEnv, type TestEnv } from '../../test/harness.ts';

/**
 * Issue 9, defect 9: the tracking page shows the resident's own description and address; a resident who lost
 * the link finds the case by number and phone, through a one-time code sent to that phone.
 */
let env: TestEnv;
let sms: DevOutbox;
const PHONE = '13912345678';
let caseId: string;
let token: string;

const post = (url: string, payload: object, lang = 'zh-CN') =>
  env.app.inject({ method: 'POST', url, payload, headers: { 'accept-language': lang } });
const track = (id: string, t: string) =>
  env.app.inject({ method: 'GET', url: `/api/public/cases/${id}?t=${t}` });
const askCode = (id: string, phone: string) => post('/api/public/track/code', { caseId: id, phone });
const check = (code: string, phone = PHONE) => post('/api/public/track/verify', { caseId, phone, code });
/** The code in the last message to the phone. */
const lastCode = () => /验证码为 (\d{6})/.exec(sms.lastTo(PHONE) ?? '')?.[1];

beforeAll(async () => {
  env = await createTestEnv();
  sms = env.ctx.notifier as DevOutbox;
  const res = await post('/api/public/cases', {
    description: '小区门口的路灯坏了一个星期，晚上很黑',
    address: '滨河路 18 号东门',
    name: '王小明',
    phone: PHONE,
  });
  expect(res.statusCode).toBe(201);
  ({ id: caseId, token } = res.json<{ id: string; token: string }>());
});
afterAll(async () => env.close());

describe('the tracking page and a lost link', () => {
  it('shows the holder of the link their own description and address', async () => {
    const res = await track(caseId, token);
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({
      id: caseId,
      description: '小区门口的路灯坏了一个星期，晚上很黑',
      address: '滨河路 18 号东门',
    });
  });

  it('answers the same whether or not the number and phone match, and texts a code only when they do', async () => {
    const answers = await Promise.all([
      askCode(caseId, '13800000000'), // another phone
      askCode('2000010100000001', PHONE), // no such case
    ]);
    expect(sms.sent).toHaveLength(0);
    // Asked from an English page: the text message is Chinese all the same (a key rendered in zh-CN).
    const right = await post('/api/public/track/code', { caseId, phone: `+86${PHONE}` }, 'en-US');
    for (const a of [...answers, right]) {
      expect(a.statusCode).toBe(200);
      expect(a.json()).toEqual({ expiresInSeconds: 600 });
    }
    expect(sms.sent).toHaveLength(1);
    expect(lastCode()).toMatch(/^\d{6}$/);
    expect(sms.sent[0]!.message).toMatchObject({ kind: 'tracking_code', params: { caseId, minutes: 10 } });
    expect(sms.lastTo(PHONE)).toMatch(/^【一网】您查询诉求 \d+ 的验证码为 \d{6}，10 分钟内有效。/);
    // audited, without saying in the answer what happened
    const audit = await env.ownerDb
      .selectFrom('audit_log')
      .select(['entity_id', 'after'])
      .where('entity', '=', 'tracking_code')
      .execute();
    expect(audit.map((a) => (a.after as { outcome: string }).outcome).sort()).toEqual([
      'no_match',
      'no_match',
      'sent',
    ]);
  });

  it('gives a new link for the right code, once; the lost link stops working', async () => {
    const code = lastCode()!;
    const wrongPhone = await check(code, '13800000000');
    expect(wrongPhone.statusCode).toBe(400);
    expect(wrongPhone.json<{ error: { code: string } }>().error.code).toBe('TRACKING_CODE_INVALID');
    const wrong = await check(code === '000000' ? '000001' : '000000');
    expect(wrong.statusCode).toBe(400);
    expect(wrong.json()).toEqual(wrongPhone.json());

    const ok = await check(code);
    expect(ok.statusCode).toBe(200);
    const link = ok.json<{ id: string; token: string; trackingUrl: string }>();
    expect(link.trackingUrl).toBe(`/track/${caseId}?t=${link.token}`);
    expect((await track(caseId, link.token)).statusCode).toBe(200);
    expect((await track(caseId, token)).statusCode).toBe(404);
    token = link.token;
    // used: not a second time
    expect((await check(code)).statusCode).toBe(400);
  });

  it('locks a code after five wrong tries, lets it expire, and sends at most three an hour', async () => {
    await askCode(caseId, PHONE);
    const code = lastCode()!;
    const wrong = code === '000000' ? '000001' : '000000';
    for (let i = 0; i < 5; i++) expect((await check(wrong)).statusCode).toBe(400);
    expect((await check(code)).statusCode).toBe(400);

    await askCode(caseId, PHONE);
    const fresh = lastCode()!;
    await env.ownerDb
      .updateTable('tracking_recovery')
      .set({ expires_at: new Date(Date.now() - 1000) })
      .where('case_id', '=', caseId)
      .execute();
    expect((await check(fresh)).statusCode).toBe(400);

    // three codes this hour already: a fourth request is answered alike, and nothing is sent
    const before = sms.sent.length;
    const fourth = await askCode(caseId, PHONE);
    expect(fourth.statusCode).toBe(200);
    expect(fourth.json()).toEqual({ expiresInSeconds: 600 });
    expect(sms.sent.length).toBe(before);
    expect((await track(caseId, token)).statusCode).toBe(200);
  });
});
