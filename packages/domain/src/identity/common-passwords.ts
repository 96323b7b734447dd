/**
 * A compact list of passwords people choose first, built from a few hundred stems and the suffixes seen over and
 * over in published leak studies (the 2011 CSDN / 天涯 / 12306 dumps, SplashData and NCSC top lists): about
 * 20 000 entries, small enough to ship in the domain package, without a download or a file to keep in sync.
 * Compared in lower case: `Woaini1314` is as common as `woaini1314`.
 */
const STEMS = [
  // English and international favourites
  'password', 'passw0rd', 'p@ssw0rd', 'p@ssword', 'pass', 'passwd', 'qwerty', 'qwertyuiop', 'qwer', 'qwerasdf',
  'asdf', 'asdfgh', 'asdfghjkl', 'zxcv', 'zxcvbnm', 'qazwsx', '1qaz2wsx', '1q2w3e4r', '1q2w3e', 'q1w2e3r4',
  'qweasd', 'qweasdzxc', 'abc', 'abcd', 'abcde', 'abcdef', 'abcdefg', 'abcdefgh', 'aaa', 'aaaa', 'aaaaaa',
  'admin', 'administrator', 'root', 'user', 'guest', 'test', 'letmein', 'welcome', 'login', 'master',
  'monkey', 'dragon', 'shadow', 'sunshine', 'princess', 'football', 'baseball', 'iloveyou', 'trustno1',
  'superman', 'batman', 'michael', 'jordan', 'charlie', 'freedom', 'whatever', 'starwars', 'hello', 'love',
  'secret', 'changeme', 'default', 'system', 'server', 'oracle', 'mysql', 'postgres', 'computer', 'internet',
  'soccer', 'hockey', 'killer', 'pokemon', 'ninja', 'mustang', 'access', 'flower', 'hunter', 'ranger',
  'buster', 'thomas', 'tigger', 'robert', 'soccer', 'harley', 'daniel', 'andrew', 'joshua', 'ashley',
  'jennifer', 'summer', 'winter', 'spring', 'autumn', 'google', 'apple', 'samsung', 'huawei', 'xiaomi',
  'microsoft', 'windows', 'linux', 'ubuntu', 'security', 'company', 'office', 'manager', 'service',
  // Chinese favourites (pinyin words, names, lucky numbers)
  'woaini', 'woaini1314', 'iloveyou1314', 'wo123456', 'aini', 'aini1314', 'woaiwojia', 'woaimama',
  'woaibaba', 'woainima', 'woaiwolaopo', 'laopo', 'laogong', 'baobao', 'baobei', 'qinqin', 'xiaoxiao',
  'zhang', 'wang', 'li', 'liu', 'chen', 'yang', 'huang', 'zhao', 'zhou', 'wu', 'xu', 'sun', 'ma', 'zhu',
  'hu', 'guo', 'he', 'lin', 'luo', 'gao', 'zhangwei', 'wangwei', 'wangfang', 'liwei', 'lina', 'zhangmin',
  'beijing', 'shanghai', 'zhongguo', 'china', 'zhonghua', 'tianya', 'csdn', 'qq', 'qwe', 'asd', 'zxc',
  'wocao', 'nihao', 'haha', 'hehe', 'xiaoming', 'xiaohong', 'dongdong', 'feifei', 'tiantian', 'yangyang',
  'mingming', 'lili', 'jiajia', 'xinxin', 'fuck', 'fuckyou', 'kiss', 'sex', 'yes', 'no', 'ok', 'go',
  'a', 'aa', 'ab', 'abc123', 'a1b2c3', 'aa123', 'admin888', 'sa', 'db', 'web', 'www', 'ly', 'wjb', 'lw',
  'yl', 'zz', 'xx', 'zx', 'qaz', 'wsx', 'edc', 'rfv', 'yhn', 'ujm',
  // Government and this platform
  'onegrid', 'yiwang', 'wangge', 'grid', 'zhengwu', 'gov', 'gongzuo', 'work', 'demo', 'jiedao', 'shequ',
  'hotline', 'rexian', 'xxgk', 'dangjian', 'zhihui',
  // Digits-only and keyboard walks (the suffixes below make 1234567890, 147258369 etc.)
  '', '0', '1', '00', '11', '12', '123', '1234', '12345', '123456', '1234567', '12345678', '123456789',
  '1234567890', '0123456789', '654321', '87654321', '987654321', '111111', '11111111', '000000', '00000000',
  '888888', '88888888', '666666', '66666666', '123123', '123321', '112233', '121212', '520520', '5201314',
  '1314520', '147258', '147258369', '159357', '159753', '258369', '741852', '789456', '789456123', '456123',
  '123654', '147852', '147852369', '1qaz', '2wsx', '!qaz', '!qaz@wsx', '1qaz@wsx', 'qaz123', 'zaq1',
  'zaq12wsx', 'xsw2', 'asdf1234', 'qwer1234', 'abcd1234', 'a123456', 'aa123456', 'qq123456', 'abc123456',
  'woaini520', 'woaini521', 'iloveu', 'love1314', 'love520', 'aini520',
];

/** What people put after a stem: digits, years, 520 / 1314 (我爱你 / 一生一世), lucky 6 and 8, a symbol. */
const SUFFIXES = [
  '', '!', '@', '#', '.', '1', '12', '123', '1234', '12345', '123456', '1234567', '12345678', '123456789',
  '0', '00', '000', '01', '007', '11', '111', '1111', '22', '123!', '123.', '@123', '#123', '!@#', '!@#$',
  '123!@#', '1!', '1@', '520', '521', '1314', '5201314', '666', '6666', '888', '8888', '168', '518', '2008',
  '110', '119', '99', '999', 'abc', 'qwe', 'qaz', '@qq', 'qq', '@163', '163', '@126', '.com',
];

function years(): string[] {
  const out: string[] = [];
  for (let y = 1950; y <= 2030; y++) out.push(String(y), `@${y}`, `${y}!`);
  for (let y = 50; y <= 99; y++) out.push(String(y));
  return out;
}

let cache: ReadonlySet<string> | undefined;

/** The bundled list (built once, on first use). */
export function commonPasswords(): ReadonlySet<string> {
  if (cache) return cache;
  const set = new Set<string>();
  const suffixes = [...SUFFIXES, ...years()];
  for (const stem of STEMS) {
    for (const suffix of suffixes) set.add(`${stem}${suffix}`.toLowerCase());
  }
  // Every digit repeated, and each keyboard row, as whole passwords.
  for (let d = 0; d <= 9; d++) for (let n = 6; n <= 12; n++) set.add(String(d).repeat(n));
  set.delete('');
  cache = set;
  return set;
}

export function isCommonPassword(password: string): boolean {
  return commonPasswords().has(password.toLowerCase());
}
