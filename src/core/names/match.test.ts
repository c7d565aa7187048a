import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compareNames, findByName, looseKey, mentions, nameKey } from './match';

describe('names', () => {
  it('reads case, spaces, hyphens and camelCase as one name', () => {
    for (const name of ['User Service', 'user-service', 'userService', 'USER_SERVICE ']) {
      expect(compareNames('User Service', name)).toBe('exact');
    }
  });

  it('guesses across kind words and plurals', () => {
    expect(compareNames('users', 'User Service')).toBe('guess');
    expect(compareNames('Products', 'product-svc')).toBe('guess');
    expect(compareNames('Cache', 'User DB')).toBeNull();
    // A name of kind words only keeps them: "Service" is not every service.
    expect(compareNames('Service', 'User Service')).toBeNull();
  });

  it('finds an exact match before a guess', () => {
    const items = ['Users', 'User Service'];
    expect(findByName('user-service', items, (s) => s)).toEqual({
      item: 'User Service',
      match: 'exact',
    });
    expect(findByName('user', items, (s) => s)?.match).toBe('guess');
    expect(findByName('Billing', items, (s) => s)).toBeUndefined();
  });

  it('finds a name mentioned in text as whole words', () => {
    expect(mentions('- **User DB**: PostgreSQL 16 on RDS', 'User DB')).toBe(true);
    expect(mentions('Super User Database', 'User DB')).toBe(false);
    expect(mentions('anything', '')).toBe(false);
  });

  it('any name matches itself, however it is spaced and cased (property)', () => {
    fc.assert(
      fc.property(fc.string({ minLength: 1 }), (name) => {
        fc.pre(nameKey(name) !== '');
        expect(compareNames(name, ` ${name.toUpperCase()} `)).not.toBeNull();
        expect(looseKey(name)).not.toBe('');
      }),
    );
  });
});
