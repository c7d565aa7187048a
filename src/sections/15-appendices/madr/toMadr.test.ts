import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ADR_STATUSES, type Decision } from '../decisions';
import { example } from '../example';
import { decision } from '../testing';
import { fromMadr } from './fromMadr';
import { madrFileName, madrText, toMadr } from './toMadr';

/** What a record looks like after export and import: the form the MADR file keeps. */
function canonical(d: Decision) {
  const line = (t: string) => t.replace(/\s+/g, ' ').trim();
  return {
    number: d.number,
    title: line(d.title),
    status: d.status,
    date: d.date.trim(),
    deciders: d.deciders.trim(),
    context: madrText(d.context),
    options: d.options.map((o) => line(o.text)).filter(Boolean),
    decision: madrText(d.decision),
    consequences: madrText(d.consequences),
    supersedes: d.supersedes,
    supersededBy: d.supersededBy,
  };
}

function roundTrip(d: Decision, all: readonly Decision[]) {
  const result = fromMadr(toMadr(d, all), madrFileName(d));
  if (!result.ok) throw new Error(result.reason);
  const { fields, number } = result.record;
  return { ...fields, number, options: fields.options.map((o) => o.text) };
}

describe('toMadr', () => {
  it('writes a record as a MADR 4 file', () => {
    const log = example().decisions;
    const record = log[2] as Decision;
    expect(madrFileName(record)).toBe('0003-a-postgresql-database-per-service.md');
    expect(toMadr(record, log)).toBe(
      [
        '---',
        'status: accepted',
        'date: 2025-02-10',
        'decision-makers: Dana Kowalski, Ravi Menon',
        '---',
        '',
        '# A PostgreSQL database per service',
        '',
        'Supersedes [ADR-0002](0002-one-shared-postgresql-database-with-a-schema-per-service.md)',
        '',
        '## Context and Problem Statement',
        '',
        record.context,
        '',
        '## Considered Options',
        '',
        '* Keep one shared cluster with schemas',
        '* A PostgreSQL database per service',
        '* A document store for the catalogue',
        '',
        '## Decision Outcome',
        '',
        'Chosen option: "A PostgreSQL database per service"',
        '',
        record.decision,
        '',
        '### Consequences',
        '',
        record.consequences,
        '',
      ].join('\n'),
    );
  });

  it('names the successor in the status of a superseded record', () => {
    const log = example().decisions;
    const text = toMadr(log[1] as Decision, log);
    expect(text).toMatch(/^---\nstatus: superseded by ADR-0003\n/);
    expect(text).toContain('Superseded by [ADR-0003](0003-a-postgresql-database-per-service.md)');
  });

  it('escapes text that would read as a MADR heading, and closes an open code fence', () => {
    const d = decision({
      number: '0001',
      title: 'Ends with #',
      context: '## Decision Outcome\n\\## kept\n```\n# code',
      decision: '### Consequences',
    });
    const text = toMadr(d, [d]);
    expect(text).toContain('# Ends with \\#\n');
    expect(text).toContain('\\## Decision Outcome\n\\\\## kept\n```\n# code\n```');
    expect(roundTrip(d, [d])).toMatchObject({
      title: 'Ends with #',
      context: '## Decision Outcome\n\\## kept\n```\n# code\n```',
      decision: '### Consequences',
    });
  });
});

describe('export then import gives the same records', () => {
  it('for the worked example', () => {
    const log = example().decisions;
    for (const d of log) expect(roundTrip(d, log)).toEqual(canonical(d));
  });

  it('for a title with type names and tags, escaped in the file', () => {
    const d = decision({ number: '0007', title: 'Use List<T> over <b>raw</b> `Map<K, V>`' });
    expect(toMadr(d, [d])).toContain('# Use List&lt;T> over &lt;b>raw&lt;/b> `Map<K, V>`');
    expect(roundTrip(d, [d])).toEqual(canonical(d));
  });

  it('for records with arbitrary text', () => {
    // Text without HTML comments: the reader drops those as MADR's template guidance.
    const text = fc
      .string({
        unit: fc.oneof(
          fc.string({ unit: 'binary', minLength: 1, maxLength: 1 }),
          fc.constantFrom('\n', ' ', '#', '## ', '\\', '```', '~~~', '* ', '"', '---\n'),
        ),
      })
      .filter((t) => !t.includes('<!--'));
    const record = fc.record({
      number: fc.integer({ min: 1, max: 9999 }).map((n) => String(n).padStart(4, '0')),
      title: text,
      status: fc.constantFrom(...ADR_STATUSES),
      date: text,
      deciders: text,
      context: text,
      options: fc.array(text, { maxLength: 4 }),
      decision: fc.oneof(
        text,
        text.map((t) => `Chosen option: "${t}"\n\n${t}`),
      ),
      consequences: text,
      supersedes: fc.constantFrom('', '0001', '0042'),
      supersededBy: fc.constantFrom('', '0002', '0043'),
    });
    fc.assert(
      fc.property(record, (r) => {
        const d = decision({ ...r, options: r.options.map((t, i) => ({ id: `o${i}`, text: t })) });
        const others = [decision({ number: '0001', title: 'One' }), d];
        expect(roundTrip(d, others)).toEqual(canonical(d));
      }),
      { numRuns: 300 },
    );
  });
});
