import { strToU8, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { importMadr } from './zip';

const nygard = (title: string, status: string) =>
  `# ${title}\n\nDate: 2020-01-01\n\n## Status\n\n${status}\n\n## Context\n\nWhy.\n\n## Decision\n\nWhat.\n`;

function importZip(files: Record<string, string>) {
  const entries = Object.fromEntries(Object.entries(files).map(([k, v]) => [k, strToU8(v)]));
  return importMadr([], [{ name: 'log.zip', bytes: zipSync(entries) }]);
}

const links = (result: ReturnType<typeof importZip>) =>
  result.decisions.map((d) => [d.number, d.status, d.supersedes, d.supersededBy]);

describe('supersede links among imported records', () => {
  it('sets the other end of a link written at one end only, and marks the old one Superseded', () => {
    const result = importZip({
      'adr/0001-a.md': nygard('1. A', 'Accepted'),
      'adr/0002-b.md': nygard('2. B', 'Accepted\n\nSupersedes [1. A](0001-a.md)'),
    });
    expect(links(result)).toEqual([
      ['0001', 'Superseded', '', '0002'],
      ['0002', 'Accepted', '0001', ''],
    ]);
    expect(result.summary.notes).toEqual([
      'log.zip: adr/0001-a.md: marked Superseded, as ADR-0002 supersedes it (the file says Accepted)',
    ]);
  });

  it('follows a link to a folder’s index.md, by the folder’s name', () => {
    const result = importZip({
      'adr/0001-a/index.md': nygard('A', 'Superseded by [B](../0002-b/index.md)'),
      'adr/0002-b/index.md': nygard('B', 'Accepted'),
    });
    expect(links(result)).toEqual([
      ['0001', 'Superseded', '', '0002'],
      ['0002', 'Accepted', '0001', ''],
    ]);
  });

  it('matches by the number in the link when the file name differs', () => {
    const result = importZip({
      'adr/0001-a.md': nygard('1. A', 'Superseded by [ADR-0002](renamed.md)'),
      'adr/0002-b.md': nygard('2. B', 'Accepted'),
    });
    expect(links(result)[0]).toEqual(['0001', 'Superseded', '', '0002']);
  });

  it('keeps what both ends wrote when they disagree, and a record never supersedes itself', () => {
    const result = importZip({
      'adr/0001-a.md': nygard('1. A', 'Superseded by [3. C](0003-c.md)'),
      'adr/0002-b.md': nygard('2. B', 'Superseded by [3. C](0003-c.md)'),
      'adr/0003-c.md': nygard('3. C', 'Accepted\n\nSupersedes [2. B](0002-b.md)'),
      'adr/0004-d.md': nygard('4. D', 'Superseded by [4. D](0004-d.md)'),
    });
    expect(links(result)).toEqual([
      ['0001', 'Superseded', '', '0003'],
      ['0002', 'Superseded', '', '0003'],
      ['0003', 'Accepted', '0002', ''],
      ['0004', 'Superseded', '', ''],
    ]);
    expect(result.summary.notes).toEqual([
      'log.zip: adr/0004-d.md: “Superseded by [4. D](0004-d.md)” names no record of this import: kept as text, not as a link',
    ]);
  });
});

describe('index pages and templates', () => {
  it('imports an index.md that has MADR front matter, skips one that only lists links', () => {
    const result = importZip({
      'decisions/use-x/index.md': '---\nstatus: accepted\n---\n\n# Use X\n\nBecause.\n',
      'decisions/index.md': '# Decisions\n\n* [Use X](use-x/index.md)\n',
      'decisions/README.md': '## Status\n\nAccepted\n',
    });
    expect(result.decisions.map((d) => [d.title, d.status])).toEqual([['Use X', 'Accepted']]);
    expect(result.summary.skipped.map((s) => s.name)).toEqual([
      'log.zip: decisions/README.md',
      'log.zip: decisions/index.md',
    ]);
  });

  it('imports a record whose name only ends in "template" when it has a number', () => {
    const result = importZip({
      'adr/0012-adopt-the-service-template.md': nygard(
        '12. Adopt the service template',
        'Accepted',
      ),
    });
    expect(result.decisions.map((d) => d.title)).toEqual(['Adopt the service template']);
    expect(result.summary.skipped).toEqual([]);
  });
});
