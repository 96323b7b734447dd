export * from './password.ts';
export * from './common-passwords.ts';
export * from './roles.ts';
export * from './reveal.ts';
export * from './signin.ts';
