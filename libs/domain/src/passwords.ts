/**
 * `@jointops/domain/passwords`: the password policy, apart from the main entry because its
 * common-password dictionary is large. The web loads it only with the forms that set a password.
 */
export * from './lib/password-policy';
export * from './lib/schemas/account-password';
