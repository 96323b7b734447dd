import crypto from 'node:crypto';
import { expect, it } from 'vitest';
import { sm4GcmDecrypt, sm4GcmEncrypt } from './sm4gcm.ts';

// RFC 8998, Appendix A.1 (SM4-GCM test vector).
const key = crypto.createSecretKey(Buffer.from('0123456789ABCDEFFEDCBA9876543210', 'hex'));
const iv = Buffer.from('00001234567800000000ABCD', 'hex');
const aad = Buffer.from('FEEDFACEDEADBEEFFEEDFACEDEADBEEFABADDAD2', 'hex');
const plain = Buffer.from(
  'AAAAAAAAAAAAAAAABBBBBBBBBBBBBBBBCCCCCCCCCCCCCCCCDDDDDDDDDDDDDDDDEEEEEEEEEEEEEEEEFFFFFFFFFFFFFFFFEEEEEEEEEEEEEEEEAAAAAAAAAAAAAAAA',
  'hex',
);
const expectedCt =
  '17F399F08C67D5EE19D0DC9969C4BB7D5FD46FD3756489069157B282BB200735D82710CA5C22F0CCFA7CBF93D496AC15A56834CBCF98C397B4024A2691233B8D';
const expectedTag = '83DE3541E4C2B58177E065A9BF7B62EC';

it('SM4-GCM matches the RFC 8998 test vector', () => {
  const { ct, tag } = sm4GcmEncrypt(key, iv, plain, aad);
  expect(ct.toString('hex').toUpperCase()).toBe(expectedCt);
  expect(tag.toString('hex').toUpperCase()).toBe(expectedTag);
  expect(sm4GcmDecrypt(key, iv, ct, tag, aad)).toEqual(plain);
});

it('SM4-GCM rejects a changed ciphertext, tag or AAD', () => {
  const { ct, tag } = sm4GcmEncrypt(key, iv, plain, aad);
  const bad = Buffer.from(ct);
  bad[3] = bad[3]! ^ 1;
  expect(() => sm4GcmDecrypt(key, iv, bad, tag, aad)).toThrow(/authentication/);
  expect(() => sm4GcmDecrypt(key, iv, ct, Buffer.alloc(16), aad)).toThrow(/authentication/);
  expect(() => sm4GcmDecrypt(key, iv, ct, tag, Buffer.from('x'))).toThrow(/authentication/);
});
