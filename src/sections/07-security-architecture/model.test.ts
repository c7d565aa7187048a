import { describe, expect, it } from 'vitest';
import { sectionMarkdown } from '../../document/markdown/toMarkdown';
import { headings, tableCells } from '../../test/markdown';
import { securityArchitecture, type SecurityArchitecture } from './model';
import { example } from './example';

describe('7. Security Architecture', () => {
  it('keeps every subsection heading with "Not yet specified." when empty', () => {
    expect(sectionMarkdown(securityArchitecture, securityArchitecture.empty())).toBe(
      [
        '## 7. Security Architecture',
        '### 7.1 Authentication and Authorization',
        '_Not yet specified._',
        '### 7.2 Security Measures',
        '_Not yet specified._',
      ].join('\n\n'),
    );
    expect(securityArchitecture.subsections.map((s) => s.number)).toEqual(['7.1', '7.2']);
  });

  it('renders methods, access model, notes, measures and encryption', () => {
    const markdown = sectionMarkdown(securityArchitecture, example());
    expect(headings(markdown)).toEqual([
      '7. Security Architecture',
      '7.1 Authentication and Authorization',
      '7.2 Security Measures',
    ]);
    expect(markdown).toContain('**Authentication methods:** JWT, OAuth2/OIDC, API keys');
    expect(markdown).toContain('**Access model:** RBAC (role-based access control)');
    expect(markdown).toContain('**Data encryption strategy**');
    const cells = tableCells(markdown);
    expect(cells[0]).toEqual(['Measure', 'Status', 'Notes']);
    expect(cells.slice(1, 6).map(([measure, status]) => [measure, status])).toEqual([
      ['HTTPS everywhere', 'In place'],
      ['Input validation and sanitization', 'In place'],
      ['SQL injection prevention', 'In place'],
      ['XSS protection', 'In place'],
      ['CSRF tokens', 'Planned'],
    ]);
    expect(cells.map((row) => row[0])).toContain('Secrets management');
    expect(markdown.indexOf('**Data encryption strategy**')).toBeGreaterThan(
      markdown.indexOf('| CSRF tokens |'),
    );
  });

  it('lists methods in the options order and leaves out an unchosen access model', () => {
    const data: SecurityArchitecture = {
      ...securityArchitecture.empty(),
      authMethods: ['mTLS', 'JWT', 'JWT'],
    };
    const markdown = sectionMarkdown(securityArchitecture, data);
    expect(markdown).toContain('**Authentication methods:** JWT, mTLS');
    expect(markdown).not.toContain('Access model');
    expect(markdown).toContain('### 7.2 Security Measures\n\n_Not yet specified._');
  });

  it('leaves out measure rows that hold only a status, and escapes cells', () => {
    const data = securityArchitecture.empty();
    data.measures.push(
      { id: 'm1', measure: '', status: 'Planned', notes: '' },
      { id: 'm2', measure: 'WAF | Shield', status: 'In place', notes: 'one\ntwo' },
    );
    expect(tableCells(sectionMarkdown(securityArchitecture, data))).toEqual([
      ['Measure', 'Status', 'Notes'],
      ['WAF | Shield', 'In place', 'one\ntwo'],
    ]);
  });

  it('accepts the example and rejects unknown methods, models and statuses', () => {
    const { schema } = securityArchitecture;
    expect(schema.safeParse(example()).success).toBe(true);
    expect(schema.parse({})).toEqual(securityArchitecture.empty());
    expect(schema.safeParse({ authMethods: ['Kerberos'] }).success).toBe(false);
    expect(schema.safeParse({ authMethods: 'JWT' }).success).toBe(false);
    expect(schema.safeParse({ accessModel: 'DAC' }).success).toBe(false);
    const badStatus = { measures: [{ id: 'm1', measure: 'x', status: 'Done', notes: '' }] };
    expect(schema.safeParse(badStatus).success).toBe(false);
    const noId = { measures: [{ measure: 'x', status: 'Planned', notes: '' }] };
    expect(schema.safeParse(noId).success).toBe(false);
  });
});
