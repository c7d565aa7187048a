import { describe, expect, it } from 'vitest';
import { readPreamble } from './preamble';
import { readStatusSection, readStatusValue } from './status';

const ref = (number: string, key: string, source: string) => ({ number, key, source });

describe('a "## Status" section', () => {
  it.each([
    ['Accepted', 'Accepted'],
    ['accepted.', 'Accepted'],
    ['Proposed', 'Proposed'],
    ['Rejected', 'Rejected'],
    ['Deprecated', 'Deprecated'],
    ['Draft', 'Draft'],
    ['✅ Accepted', 'Accepted'],
    ['- Accepted', 'Accepted'],
    ['Accepted\n\nAmended by [9. Help](0009-help.md)', 'Accepted'],
  ] as const)('reads %j as %s', (section, status) => {
    const read = readStatusSection(section);
    expect([read.status, read.found, read.note]).toEqual([status, true, '']);
  });

  it('reads "Superseded by" with its link, and the section is used up', () => {
    expect(readStatusSection('Superseded by [5. Use Y](0005-use-y.md)')).toEqual({
      status: 'Superseded',
      found: true,
      supersedes: null,
      supersededBy: ref('0005', '0005-use-y', 'Superseded by [5. Use Y](0005-use-y.md)'),
      rest: '',
      note: '',
    });
  });

  it('reads "Accepted" with "Supersedes" under it, in one paragraph or two', () => {
    for (const text of [
      'Accepted\n\nSupersedes [3. X](0003-x.md)',
      'Accepted\nSupersedes [3. X](0003-x.md)',
    ]) {
      const read = readStatusSection(text);
      expect([read.status, read.supersedes, read.rest]).toEqual([
        'Accepted',
        ref('0003', '0003-x', 'Supersedes [3. X](0003-x.md)'),
        '',
      ]);
    }
  });

  it('reads "Superseded" with its successor on the next line', () => {
    const read = readStatusSection('Superseded\n\nSuperseded by [2. ...](0002-....md)');
    expect([read.status, read.supersededBy?.number, read.rest]).toEqual(['Superseded', '0002', '']);
  });

  it('keeps the first supersedes link and the others as text', () => {
    const read = readStatusSection(
      'Accepted\n\nSupercedes [1. A](0001-a.md)\n\nSupercedes [2. B](0002-b.md)',
    );
    expect([read.supersedes?.key, read.rest]).toEqual(['0001-a', 'Supercedes [2. B](0002-b.md)']);
  });

  it('keeps "Amended by", "Amends", "Clarified by" and remarks as the rest', () => {
    const read = readStatusSection(
      'Accepted\n\nAmends [5. Help comments](0005-help-comments.md)\n\nClarified by [3. C](0003-c.md)',
    );
    expect([read.supersedes, read.supersededBy]).toEqual([null, null]);
    expect(read.rest).toBe(
      'Amends [5. Help comments](0005-help-comments.md)\n\nClarified by [3. C](0003-c.md)',
    );
  });

  it('keeps a status line with more to say than the word', () => {
    const read = readStatusSection('Approved by @rogerhutchings and @srallen.');
    expect([read.status, read.note, read.rest]).toEqual([
      'Accepted',
      'status “Approved” read as Accepted',
      'Approved by @rogerhutchings and @srallen.',
    ]);
  });

  it('sets a status it has no word for to Proposed, keeping it as written', () => {
    const read = readStatusSection('Partly superseded');
    expect([read.status, read.note, read.rest]).toEqual([
      'Proposed',
      'status “Partly superseded” is not a MADR status: set to Proposed',
      'Partly superseded',
    ]);
  });

  it('takes an empty section for no status', () => {
    expect(readStatusSection('')).toMatchObject({ found: false, status: 'Proposed' });
    expect(readStatusSection('<!-- proposed | accepted -->')).toMatchObject({ found: false });
  });

  it('reads "Superseded by" a record named without a link, and a link to a page elsewhere', () => {
    expect(readStatusSection('Superseded by ADR-0012').supersededBy).toEqual(
      ref('0012', '', 'Superseded by ADR-0012'),
    );
    const anchor = readStatusSection('Superseded by [ADR 7](#adr-7)');
    expect(anchor.supersededBy).toEqual(ref('0007', '', 'Superseded by [ADR 7](#adr-7)'));
  });
});

describe('a status written as a value', () => {
  it('reads MADR’s "superseded by ADR-0005", linked or not', () => {
    expect(readStatusValue('superseded by ADR-0005').supersededBy?.number).toBe('0005');
    const linked = readStatusValue('superseded by [ADR-0005](0005-example.md)');
    expect(linked.supersededBy).toMatchObject({ number: '0005', key: '0005-example' });
  });

  it('reads the facts under a title: a list, Nygard’s date line, a table of facts', () => {
    const list = readPreamble('* Status: accepted\n* Deciders: Ana, Bo\n\nTechnical story: #12');
    expect(list.facts.get('status')?.line.text).toBe('accepted');
    expect(list.facts.get('deciders')?.line.text).toBe('Ana, Bo');
    expect(list.text).toBe('Technical story: #12');
    expect(readPreamble('Date: 2016-02-12').facts.get('date')?.line.text).toBe('2016-02-12');
    const table = readPreamble('| | |\n| --- | --- |\n| Status | `Accepted` |\n| Owners | Ana |');
    expect(table.facts.get('status')?.line.text).toBe('Accepted');
    // The table stays: it says more than the facts read from it.
    expect(table.text).toContain('| Owners | Ana |');
  });
});
