import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import type { Decision } from '../decisions';
import { example } from '../example';
import { importMadr } from './zip';

// Real decision folders (fixtures/corpus/README.md names each file's source and licence).
const root = fileURLToPath(new URL('../../../../fixtures/corpus/adr/', import.meta.url));
const filesIn = (dir: string): string[] =>
  readdirSync(dir).flatMap((n) => {
    const path = join(dir, n);
    return statSync(path).isDirectory() ? filesIn(path) : [path];
  });

/** A project's files zipped as the user would zip the folder, paths kept, then imported. */
function importFolder(project: string, log: readonly Decision[] = []) {
  const base = join(root, project);
  const entries = filesIn(base).map((f) => [
    relative(base, f).split(sep).join('/'),
    new Uint8Array(readFileSync(f)),
  ]);
  const bytes = zipSync(Object.fromEntries(entries) as Record<string, Uint8Array>);
  return importMadr(log, [{ name: `${project}.zip`, bytes }]);
}

const rows = (ds: readonly Decision[]) =>
  ds.map((d) => [d.number, d.title, d.status, d.supersedes, d.supersededBy]);
const byNumber = (ds: readonly Decision[], n: string) => ds.find((d) => d.number === n);

describe('Nygard decision folders (the "## Status" layout adr-tools writes)', () => {
  it('reads adr-tools’ own log: each status and date as written, the numbers out of the titles', () => {
    const { decisions, summary } = importFolder('adr-tools');
    expect(decisions.map((d) => [d.number, d.title, d.status, d.date])).toEqual([
      ['0001', 'Record architecture decisions', 'Accepted', '2016-02-12'],
      ['0002', 'Implement as shell scripts', 'Accepted', '2016-02-12'],
      ['0003', 'Single command with subcommands', 'Accepted', '2016-02-12'],
      ['0004', 'Markdown format', 'Accepted', '2016-02-12'],
      ['0005', 'Help comments', 'Accepted', '2016-02-13'],
      [
        '0006',
        'Packaging and distribution in other version control repositories',
        'Accepted',
        '2016-02-16',
      ],
      ['0007', 'Invoke adr-config executable to get configuration', 'Accepted', '2016-12-17'],
      ['0008', 'Use ISO 8601 Format for Dates', 'Accepted', '2017-02-21'],
      ['0009', 'Help scripts', 'Accepted', '2018-06-26'],
    ]);
    expect(summary.notes).toEqual([]);
    expect(summary.failures).toEqual([]);
    const first = decisions[0];
    expect(first?.context).toBe(
      'We need to record the architectural decisions made on this project.',
    );
    expect(first?.decision).toMatch(/^We will use Architecture Decision Records, as described/);
    expect(first?.consequences).toBe("See Michael Nygard's article, linked above.");
  });

  it('keeps adr-tools’ "Amended by" and "Amends" as text: they are no supersede links', () => {
    const { decisions } = importFolder('adr-tools');
    const five = byNumber(decisions, '0005');
    const nine = byNumber(decisions, '0009');
    expect([five?.supersedes, five?.supersededBy, nine?.supersedes, nine?.supersededBy]).toEqual([
      '',
      '',
      '',
      '',
    ]);
    expect(five?.consequences).toMatch(
      /\n\n\*\*Status\*\*\n\nAmended by \[9\. Help scripts\]\(0009-help-scripts\.md\)$/,
    );
    expect(nine?.consequences).toContain(
      '**Status**\n\nAmends [5. Help comments](0005-help-comments.md)',
    );
  });

  it('reads the Data Delivery System’s log: adr-tools’ "Superceded by" and "Supercedes"', () => {
    const { decisions, summary } = importFolder('dds-web');
    expect(rows(decisions)).toEqual([
      ['0001', 'Use Flask as the DDS Python framework', 'Accepted', '', ''],
      ['0002', 'Use a relational database', 'Accepted', '', ''],
      ['0003', 'Use MariaDB as the relational database', 'Accepted', '', ''],
      ['0004', 'Scrypt as the password hashing algorithm', 'Superseded', '', '0005'],
      ['0005', 'Argon2id as the password hashing algorithm', 'Accepted', '0004', ''],
      ['0010', 'Use nonce-incrementation to guarantee file integrity', 'Superseded', '', '0011'],
      [
        '0011',
        'Use nonce-incrementation and verification after download to guarantee file integrity',
        'Accepted',
        '0010',
        '',
      ],
      ['0015', 'The dependencies should not be pinned', 'Superseded', '', '0016'],
      ['0016', 'Pin all dependencies and requirements', 'Accepted', '0015', ''],
    ]);
    expect(summary.notes).toEqual([]);
    // The links were read, so no "Supercedes" line is left over as text.
    expect(decisions.map((d) => d.consequences).join('\n')).not.toMatch(/super[sc]ede/i);
  });

  it('keeps a link to a record left out of the import as text, and says so', () => {
    const name = '0005-argon2id-as-the-password-hashing-algorithm.md';
    const path = join(root, 'dds-web/docs/architecture/decisions', name);
    const bytes = new Uint8Array(readFileSync(path));
    const { decisions, summary } = importMadr(example().decisions, [{ name, bytes }]);
    const added = decisions.at(-1);
    expect([added?.number, added?.status, added?.supersedes]).toEqual(['0006', 'Accepted', '']);
    expect(added?.consequences).toMatch(
      /\*\*Status\*\*\n\nSupercedes \[4\. Scrypt as the password hashing algorithm\]\(0004-scrypt-as-the-password-hashing-algorithm\.md\)$/,
    );
    expect(summary.notes).toEqual([
      `${name}: ADR-0005 is already in the log, imported as ADR-0006`,
      `${name}: “Supercedes [4. Scrypt as the password hashing algorithm](0004-scrypt-as-the-password-hashing-algorithm.md)” names no record of this import: kept as text, not as a link`,
    ]);
  });

  it('reads GOV.UK’s AWS log: a supersede link by file name, set at both ends', () => {
    const { decisions, summary } = importFolder('govuk-aws');
    expect(rows(decisions)).toEqual([
      ['0003', 'Networking Outline', 'Proposed', '', ''],
      ['0004', 'DNS definitions for hosts and services', 'Superseded', '', '0015'],
      ['0010', 'Terraform directory structure', 'Accepted', '', ''],
      // 0015 does not write "Supersedes": the log keeps the link both ways.
      ['0015', 'DNS infrastructure', 'Accepted', '0004', ''],
      ['0017', 'Terraform Data Structure', 'Accepted', '', ''],
      ['0033', 'Networking Outline', 'Proposed', '', ''],
      ['0038', 'Mongo Replacement by DocumentDB', 'Accepted', '', ''],
    ]);
    const file = (name: string) => `govuk-aws.zip: docs/architecture/decisions/${name}`;
    expect(summary.notes).toEqual([
      `${file('0003-aws-networking-outline.md')}: status “Partly superseded” is not a MADR status: set to Proposed`,
      `${file('0033-ip-ranges.md')}: status “Pending” read as Proposed`,
      `${file('0033-ip-ranges.md')}: the title says 3, the file name 0033: numbered by the file name`,
      `${file('0038-mongo_replacement_by_documentdb.md')}: status “Approved” read as Accepted`,
    ]);
    // A status the log has no word for stays in the record as written.
    expect(byNumber(decisions, '0003')?.consequences).toMatch(
      /\*\*Status\*\*\n\nPartly superseded$/,
    );
  });

  it('follows the links under the numbers the records get in a log that has theirs', () => {
    const log = example().decisions;
    const { decisions, summary } = importFolder('govuk-aws', log);
    expect(decisions.slice(0, 5)).toEqual(log);
    expect(rows(decisions.slice(5, 9))).toEqual([
      ['0006', 'Networking Outline', 'Proposed', '', ''],
      ['0007', 'DNS definitions for hosts and services', 'Superseded', '', '0015'],
      ['0010', 'Terraform directory structure', 'Accepted', '', ''],
      ['0015', 'DNS infrastructure', 'Accepted', '0007', ''],
    ]);
    expect(summary.notes).toContain(
      'govuk-aws.zip: docs/architecture/decisions/0004-dns-definitions-for-hosts-and-services.md: ADR-0004 is already in the log, imported as ADR-0007',
    );
  });

  it('reads the Cloud Platform’s statuses behind their emoji, and a supersede chain', () => {
    const { decisions, summary } = importFolder('cloud-platform');
    expect(rows(decisions)).toEqual([
      ['0012', 'One cluster for dev/staging/prod', 'Accepted', '', ''],
      ['0018', 'Dedicated Ingress Controllers for teams', 'Rejected', '', ''],
      ['0019', 'Shared Ingress Controllers for teams', 'Proposed', '', ''],
      ['0021', 'Multi-cluster', 'Superseded', '', '0036'],
      ['0023', 'Logging', 'Accepted', '', ''],
      ['0036', 'Multi-cluster', 'Accepted', '0021', ''],
    ]);
    expect(summary.notes).toEqual([]);
    expect(summary.skipped).toEqual([
      {
        name: 'cloud-platform.zip: architecture-decision-record/README.md',
        reason: 'an index page, not a decision',
      },
    ]);
    // What follows the status word is kept: "(see [019](...))" says why it was rejected.
    expect(byNumber(decisions, '0018')?.consequences).toMatch(
      /\*\*Status\*\*\n\n❌ Rejected \(see \[019\]\(019-Shared-Ingress-Controllers\.md\)\)$/,
    );
    expect(byNumber(decisions, '0021')?.consequences).not.toContain('Superseded by');
  });

  it('reads GOV.UK’s infrastructure log, comments around the title and all', () => {
    const { decisions, summary } = importFolder('govuk-infrastructure');
    expect(decisions.map((d) => [d.number, d.title, d.status, d.date])).toEqual([
      ['0001', 'Record architecture decisions', 'Accepted', '2021-08-10'],
      [
        '0007',
        'Use Fluent Bit, Elasticsearch and Kibana for application logs',
        'Deprecated',
        '2021-08-16',
      ],
      ['0011', 'Use AWS Graviton (ARM) for compute instances', 'Accepted', '2025-03-03'],
    ]);
    expect(byNumber(decisions, '0007')?.consequences).toMatch(
      /\*\*Status\*\*\n\nDeprecated \(no superseding ADR\)$/,
    );
    expect(summary.skipped).toEqual([
      {
        name: 'govuk-infrastructure.zip: docs/architecture/decisions/0000-TEMPLATE.md',
        reason: 'a template, not a decision',
      },
    ]);
  });
});
