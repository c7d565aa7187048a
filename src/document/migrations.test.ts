import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createExampleDocument } from './example';
import { migrate, migrations, type Migration } from './migrations';
import { restoreDocument } from './restore';
import { SCHEMA_VERSION } from './schema';

const FIXTURES = join(import.meta.dirname, 'fixtures');

/** Every stored document kept from a past (or the current) schema version, by version. */
const fixtures = readdirSync(FIXTURES)
  .filter((name) => name.endsWith('.json'))
  .map((name) => {
    const version = Number(/^v(\d+)-/.exec(name)?.[1]);
    return {
      name,
      version,
      json: JSON.parse(readFileSync(join(FIXTURES, name), 'utf8')) as unknown,
    };
  });

describe('documents of every schema version', () => {
  it('has a fixture for every version, each named after the version it declares', () => {
    for (let v = 1; v <= SCHEMA_VERSION; v++) {
      expect(
        fixtures.some((f) => f.version === v),
        `a fixture of version ${v}`,
      ).toBe(true);
    }
    for (const f of fixtures) {
      expect((f.json as { schemaVersion: unknown }).schemaVersion, f.name).toBe(f.version);
    }
  });

  it('has a migration from every past version to the next', () => {
    for (let v = 1; v < SCHEMA_VERSION; v++)
      expect(migrations[v], `migration ${v}`).toBeTypeOf('function');
  });

  it.each(fixtures.map((f) => [f.name, f] as const))('opens %s', (_name, fixture) => {
    const before = JSON.stringify(fixture.json);
    const restored = restoreDocument(fixture.json);
    expect(restored.ok ? 'ok' : restored.message).toBe('ok');
    if (!restored.ok) return;
    expect(restored.document.schemaVersion).toBe(SCHEMA_VERSION);
    // Migrations are pure: the stored value is left as it was.
    expect(JSON.stringify(fixture.json)).toBe(before);
  });

  it('gives back a document of the current version exactly as stored', () => {
    // A field renamed or dropped without a migration fails here: it would be lost on load.
    const current = fixtures.filter(
      (f) => f.version === SCHEMA_VERSION && f.name.includes('example'),
    );
    expect(current.length).toBeGreaterThan(0);
    for (const f of current) {
      const restored = restoreDocument(f.json);
      expect(restored.ok && JSON.parse(JSON.stringify(restored.document))).toEqual(f.json);
    }
  });

  it('the current fixture is the worked example as this version writes it', async () => {
    // When this fails because the example's content changed (not its shape), write the fixture
    // again; when the shape changed, raise SCHEMA_VERSION and add a migration first.
    const example = await createExampleDocument('2026-11-25T10:00:00.000Z');
    const stored = fixtures.find((f) => f.name === `v${SCHEMA_VERSION}-worked-example.json`);
    expect(Object.keys(example.sections)).toEqual(
      Object.keys((stored?.json as { sections: object } | undefined)?.sections ?? {}),
    );
  });
});

describe('migrate', () => {
  // Two steps of an imagined history: 1 → 2 renames a field, 2 → 3 adds one.
  const steps: Record<number, Migration> = {
    1: ({ name, ...rest }) => ({ ...rest, title: name }),
    2: (doc) => ({ ...doc, tags: [] }),
  };

  it('runs every step from the stored version up to the current one, in order', () => {
    expect(migrate({ schemaVersion: 1, name: 'A' }, steps, 3)).toEqual({
      ok: true,
      from: 1,
      value: { schemaVersion: 3, title: 'A', tags: [] },
    });
    expect(migrate({ schemaVersion: 2, title: 'B' }, steps, 3)).toEqual({
      ok: true,
      from: 2,
      value: { schemaVersion: 3, title: 'B', tags: [] },
    });
    expect(migrate({ schemaVersion: 3, title: 'C' }, steps, 3)).toEqual({
      ok: true,
      from: 3,
      value: { schemaVersion: 3, title: 'C' },
    });
  });

  it('never changes its input', () => {
    const input = Object.freeze({ schemaVersion: 1, name: 'A' });
    migrate(input, steps, 3);
    expect(input).toEqual({ schemaVersion: 1, name: 'A' });
  });

  it('says when a document is newer, or its version unknown or without a way up', () => {
    expect(migrate({ schemaVersion: 4 }, steps, 3)).toEqual({
      ok: false,
      reason: 'newer',
      version: 4,
    });
    expect(migrate({ schemaVersion: 1 }, { 2: steps[2]! }, 3)).toEqual({
      ok: false,
      reason: 'unknown',
      version: 1,
    });
    for (const input of [
      null,
      [],
      'x',
      { schemaVersion: '1' },
      { schemaVersion: 0 },
      { schemaVersion: 1.5 },
    ]) {
      expect(migrate(input, steps, 3).ok).toBe(false);
    }
  });
});
