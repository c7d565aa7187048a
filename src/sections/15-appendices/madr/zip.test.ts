import { readFileSync } from 'node:fs';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { example } from '../example';
import { decision } from '../testing';
import { summaryLine } from './merge';
import { importMadr, madrZip, type PickedFile } from './zip';

const corpus = (name: string): PickedFile => ({
  name,
  bytes: new Uint8Array(
    readFileSync(new URL(`../../../../fixtures/corpus/docs/${name}`, import.meta.url)),
  ),
});
const file = (name: string, text: string): PickedFile => ({ name, bytes: strToU8(text) });

describe('the MADR zip', () => {
  it('holds one NNNN-slug.md per record, each a MADR file with front matter', () => {
    const log = [...example().decisions, decision({ number: '0006' })];
    const files = unzipSync(madrZip(log));
    expect(Object.keys(files)).toEqual([
      '0001-microservices-split-by-business-capability.md',
      '0002-one-shared-postgresql-database-with-a-schema-per-service.md',
      '0003-a-postgresql-database-per-service.md',
      '0004-apache-kafka-for-domain-events.md',
      '0005-jwt-access-tokens-issued-by-the-auth-service.md',
      // The blank record 0006 is left out, as in the Markdown.
    ]);
    const text = strFromU8(files['0004-apache-kafka-for-domain-events.md'] ?? new Uint8Array());
    expect(text).toMatch(
      /^---\nstatus: accepted\ndate: 2025-02-17\ndecision-makers: .+\n---\n\n# Apache Kafka for domain events\n/,
    );
  });

  it('gives records with the same number and title their own files', () => {
    const log = [decision({ number: '1', title: 'A' }), decision({ number: '1', title: 'A' })];
    expect(Object.keys(unzipSync(madrZip(log)))).toEqual(['0001-a.md', '0001-a-2.md']);
  });

  it('reads back into an empty log as the same records', () => {
    const log = example().decisions;
    const { decisions, summary } = importMadr(
      [],
      [{ name: 'decision-log.zip', bytes: madrZip(log) }],
    );
    expect(summary.failures).toEqual([]);
    expect(summary.notes).toEqual([]);
    const strip = (ds: typeof log) =>
      ds.map(({ id: _id, comparisonId: _c, options, ...rest }) => ({
        ...rest,
        options: options.map((o) => o.text),
      }));
    expect(strip(decisions)).toEqual(strip(log));
  });
});

describe('importing MADR files', () => {
  it('adds the corpus files after the existing records, on free numbers; a template is skipped', () => {
    const log = example().decisions;
    const { decisions, summary } = importMadr(log, [
      corpus('madr-0010-support-categories.md'),
      corpus('madr-adr-template.md'),
    ]);
    expect(decisions.slice(0, 5)).toEqual(log);
    expect(decisions.slice(5).map((d) => [d.number, d.title, d.status])).toEqual([
      ['0010', 'Support Categories', 'Proposed'],
    ]);
    expect(summaryLine(summary)).toBe('Imported 1 decision: ADR-0010 Support Categories.');
    expect(summary.notes).toEqual([
      'madr-0010-support-categories.md: no status given: set to Proposed',
    ]);
    expect(summary.skipped).toEqual([
      { name: 'madr-adr-template.md', reason: 'a template, not a decision' },
    ]);
    expect(summary.failures).toEqual([]);
  });

  it('renumbers a taken number with a note, and links among the imported follow', () => {
    const log = example().decisions;
    const zip = zipSync({
      'docs/decisions/0001-old.md': strToU8('---\nstatus: superseded by ADR-0002\n---\n# Old\n'),
      'docs/decisions/0002-new.md': strToU8('# New\n\nSupersedes [ADR-0001](0001-old.md)\n'),
      'docs/decisions/README.md': strToU8('# Decisions\n'),
      'docs/decisions/logo.png': new Uint8Array([1, 2, 3]),
    });
    const { decisions, summary } = importMadr(log, [{ name: 'adr.zip', bytes: zip }]);
    expect(decisions.slice(5).map((d) => [d.number, d.supersedes, d.supersededBy])).toEqual([
      ['0006', '', '0007'],
      ['0007', '0006', ''],
    ]);
    expect(summary.notes).toContain(
      'adr.zip: docs/decisions/0001-old.md: ADR-0001 is already in the log, imported as ADR-0006',
    );
    expect(summary.skipped).toEqual([
      { name: 'adr.zip: docs/decisions/README.md', reason: 'an index page, not a decision' },
    ]);
    expect(summary.failures).toEqual([]);
  });

  it('names the files it could not read, and changes nothing for them', () => {
    const { decisions, summary } = importMadr(
      [],
      [
        file('notes.txt', '# Hello'),
        { name: 'broken.zip', bytes: new Uint8Array([0x50, 0x4b, 3, 4, 9, 9]) },
        { name: 'latin1.md', bytes: new Uint8Array([0x23, 0x20, 0xe9]) },
        file('empty.md', ''),
        file('prose.md', 'no headings here'),
      ],
    );
    expect(decisions).toEqual([]);
    expect(summaryLine(summary)).toBe('No decisions imported.');
    expect(summary.failures).toEqual([
      { name: 'notes.txt', reason: 'not a .md or .zip file' },
      { name: 'broken.zip', reason: 'not a readable zip file' },
      { name: 'latin1.md', reason: 'not UTF-8 text' },
      { name: 'empty.md', reason: 'the file is empty' },
      { name: 'prose.md', reason: 'no MADR title or sections found' },
    ]);
  });

  it('refuses a zip whose Markdown would unpack too large', () => {
    const big = new Uint8Array(600 * 1024).fill(0x61);
    const files = Object.fromEntries(Array.from({ length: 40 }, (_, i) => [`${i}-x.md`, big]));
    const { summary } = importMadr([], [{ name: 'bomb.zip', bytes: zipSync(files) }]);
    expect(summary.failures).toEqual([
      { name: 'bomb.zip', reason: 'more than 20 MB or 1,000 files of Markdown' },
    ]);
  });
});
