import { describe, expect, it } from 'vitest';
import {
  dateFromFileName,
  isIndexName,
  isTemplateName,
  numberFromFileName,
  recordKey,
} from './names';
import { isPlaceholderTitle, splitTitle } from './title';

describe('a heading’s number', () => {
  it.each([
    ['17. Terraform data structure', '', '0017', 'Terraform data structure'],
    ['ADR-017: Terraform data structure', '', '0017', 'Terraform data structure'],
    ['ADR 17 - Terraform data structure', '', '0017', 'Terraform data structure'],
    ['ADR-23 Tasks as classifier plugins', '', '0023', 'Tasks as classifier plugins'],
    [
      'ADR013: Proper use of HTTP fetching libraries',
      '',
      '0013',
      'Proper use of HTTP fetching libraries',
    ],
    ['ADR 0008 — Added-line range addressing', '', '0008', 'Added-line range addressing'],
    ['0017 Terraform data structure', '', '0017', 'Terraform data structure'],
    ['020. Environments and Pipeline', '0020', '0020', 'Environments and Pipeline'],
    ['23 Logging', '0023', '0023', 'Logging'],
    ['ADR-nnn: Any Decision Record Template', '', '', 'Any Decision Record Template'],
    ['NUMBER. TITLE', '', '', 'TITLE'],
  ])('reads %j (file number %j) as %j, %j', (heading, fileNumber, number, title) => {
    expect(splitTitle(heading, fileNumber, false)).toEqual({ number, title });
  });

  it.each([
    ['23 Logging', ''],
    ['3 tiers, not 2', '0007'],
    ['3-tier architecture', '0003'],
    ['Use ADR-style records', ''],
    ['2024', ''],
  ])('leaves %j (file number %j) as it is', (heading, fileNumber) => {
    expect(splitTitle(heading, fileNumber, false)).toEqual({ number: '', title: heading });
  });

  it('leaves a bare number to a MADR title, which has front matter', () => {
    expect(splitTitle('3 tiers', '0003', true)).toEqual({ number: '', title: '3 tiers' });
    expect(splitTitle('3. Tiers', '0003', true)).toEqual({ number: '0003', title: 'Tiers' });
  });
});

describe('a template’s title', () => {
  it.each([
    '{short title of solved problem and solution}',
    '[short title of solved problem and solution]',
    '[TITLE]',
    '<title>',
    'Title',
    'TITLE',
    'Template',
  ])('knows %j for a placeholder', (title) => expect(isPlaceholderTitle(title)).toBe(true));

  it.each(['Use a template engine', 'Title case for headings', 'Record architecture decisions'])(
    'takes %j for a title',
    (title) => expect(isPlaceholderTitle(title)).toBe(false),
  );
});

describe('file names', () => {
  it.each([
    ['0001-use-x.md', '0001'],
    ['docs/decisions/0042-use-x.md', '0042'],
    ['madr-0010-support-categories.md', '0010'],
    ['ADR-001_Use_git_hook.md', '0001'],
    ['adr-15.md', '0015'],
    ['adr013-use-node-fetch.md', '0013'],
    ['012-One-cluster.md', '0012'],
    ['decisions/0017-terraform/index.md', '0017'],
    ['adr/20240524-pipeline/index.md', ''],
    ['2024-05-24-pipeline.md', ''],
    ['adr-template.md', ''],
    ['ADR-nnn_Any_Decision_Record_Template.md', ''],
    ['v2-notes.md', ''],
  ])('reads the number of %j as %j', (name, number) => {
    expect(numberFromFileName(name)).toBe(number);
  });

  it('reads a date a name starts with', () => {
    expect(dateFromFileName('adr/20240524-pipeline/index.md')).toBe('2024-05-24');
    expect(dateFromFileName('2024-05-24.decision-title.md')).toBe('2024-05-24');
    expect(dateFromFileName('20241399-x.md')).toBe('');
    expect(dateFromFileName('0001-x.md')).toBe('');
  });

  it.each([
    ['template.md', true],
    ['adr-template.md', true],
    ['0000-template.md', true],
    ['0000-TEMPLATE.md', true],
    ['docs/ADR_TEMPLATE.md', true],
    ['adr000-template.md', true],
    ['ADR-nnn_Any_Decision_Record_Template.md', true],
    ['templates/decision-template/index.md', true],
    ['0012-adopt-the-service-template.md', false],
    ['0003-use-a-template-engine.md', false],
    ['templates.md', false],
  ])('takes %j for a template: %s', (name, template) => {
    expect(isTemplateName(name)).toBe(template);
  });

  it('names a record by its file, or by its folder when it is an index.md', () => {
    expect(recordKey('docs/adr/0015-DNS-Infrastructure.md')).toBe('0015-dns-infrastructure');
    expect(recordKey('../0005-foo/index.md')).toBe('0005-foo');
    expect(recordKey('./0005-foo.md#status')).toBe('0005-foo');
    expect(recordKey('0005%20foo.md')).toBe('0005 foo');
    expect([
      isIndexName('adr/README.md'),
      isIndexName('x/index.markdown'),
      isIndexName('a.md'),
    ]).toEqual([true, true, false]);
  });
});
