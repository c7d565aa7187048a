import { describe, expect, it } from 'vitest';
import { completeness } from '../../core/document/progress';
import { restoreDocument } from '../restore';
import { createEmptyDocument } from '../create';
import { sectionMarkdown } from '../markdown/toMarkdown';
import { headings } from '../../test/markdown';
import type { SectionId } from '../registry';
import * as systemComponents from '../../sections/04-system-components/import';
import * as dataArchitecture from '../../sections/05-data-architecture/import';
import * as deployment from '../../sections/08-deployment-architecture/import';
import { importTable as importRisks } from '../../sections/14-risks/import';
import {
  importInto as importNotes,
  importTable as importGlossary,
} from '../../sections/15-appendices/import';
import { example } from '../../sections/15-appendices/example';
import { appendices } from '../../sections/15-appendices/model';
import { hooksOf, loadSectionImports } from './sectionImports';

await loadSectionImports();

const now = '2026-11-25T10:00:00.000Z';

describe('section import hooks', () => {
  it('append to a prose field after a blank line, never replacing what is there', () => {
    const data = { dataFlowDiagram: '', storageStrategy: 'Postgres.\n', databaseSchema: '' };
    expect(dataArchitecture.importInto(data, '#### Caching\n\nRedis.').storageStrategy).toBe(
      'Postgres.\n\n#### Caching\n\nRedis.',
    );
    expect(importNotes(appendices.empty(), 'Notes.').importedNotes).toBe('Notes.');
  });

  it('take a diagram only into an empty diagram field', () => {
    const diagram = 'graph TD\n  A --> B';
    const components = systemComponents.importDiagram({ diagram: '', components: [] }, diagram);
    expect(components).toEqual({ diagram, components: [] });
    expect(components && systemComponents.importDiagram(components, 'graph LR')).toBeNull();
    const data = { dataFlowDiagram: ' ', storageStrategy: '', databaseSchema: '' };
    expect(dataArchitecture.importDiagram(data, diagram)?.dataFlowDiagram).toBe(diagram);
    const infrastructure = {
      deploymentDiagram: 'graph LR',
      manifests: '',
      cloudTemplate: '',
      pipeline: [],
    };
    expect(deployment.importDiagram(infrastructure, diagram)).toBeNull();
    expect(
      ['systemComponents', 'dataArchitecture', 'deploymentArchitecture'].map(
        (id) => hooksOf(id as SectionId).diagramSubsection,
      ),
    ).toEqual(['4.1', '5.1', '8.1']);
  });

  it('take a table whose columns are the section’s own, in any order and case', () => {
    const risks = importRisks(
      { risks: [] },
      {
        headers: ['Mitigation', 'risk', 'Likelihood', '**Impact**'],
        rows: [['Rate limits', 'Fraud', 'high', 'Medium']],
      },
    );
    expect(risks?.risks).toMatchObject([
      { risk: 'Fraud', probability: 'High', impact: 'Medium', mitigation: 'Rate limits' },
    ]);
    const components = systemComponents.importTable(
      { diagram: '', components: [] },
      { headers: ['Component', 'Responsibility', 'Technology'], rows: [['API', 'Routes', 'Kong']] },
    );
    expect(components?.components).toMatchObject([
      { component: 'API', responsibility: 'Routes', technology: 'Kong' },
    ]);
    const glossary = importGlossary(appendices.empty(), {
      headers: ['Term', 'Definition'],
      rows: [['RTO', 'Recovery time objective']],
    });
    expect(glossary?.glossary).toMatchObject([
      { term: 'RTO', definition: 'Recovery time objective' },
    ]);
  });

  it('leave a table alone when a column or value would be lost', () => {
    const risk = ['Fraud', 'High', 'High', 'Limits'];
    const headers = ['Risk', 'Probability', 'Impact', 'Mitigation'];
    expect(
      importRisks({ risks: [] }, { headers: [...headers, 'Owner'], rows: [[...risk, 'Ann']] }),
    ).toBeNull();
    expect(
      importRisks({ risks: [] }, { headers: headers.slice(0, 3), rows: [risk.slice(0, 3)] }),
    ).toBeNull();
    expect(
      importRisks({ risks: [] }, { headers, rows: [['Fraud', 'Very high', 'High', 'x']] }),
    ).toBeNull();
    expect(
      importGlossary(appendices.empty(), { headers: ['Term', 'Meaning', 'Source'], rows: [] }),
    ).toBeNull();
  });
});

describe('15 D. Imported Notes', () => {
  it('is shown only when it has text', () => {
    expect(headings(sectionMarkdown(appendices, appendices.empty()))).not.toContain(
      'D. Imported Notes',
    );
    const markdown = sectionMarkdown(appendices, {
      ...appendices.empty(),
      importedNotes: '#### Chit-chat\n\nLunch is at noon.\n\n```js\nunclosed',
    });
    expect(headings(markdown)).toEqual([
      '15. Appendices',
      'A. Glossary',
      'B. References',
      'C. Decision Log',
      'D. Imported Notes',
      'Chit-chat',
    ]);
    // A fence left open in the notes is closed, so it cannot swallow what follows.
    expect(markdown.endsWith('```js\nunclosed\n```')).toBe(true);
  });

  it('does not count against the section’s completeness', () => {
    const filled = example();
    expect(completeness(filled, appendices.optionalFields).state).toBe('complete');
    const imported = { ...filled, importedNotes: 'Lunch is at noon.' };
    expect(completeness(imported, appendices.optionalFields).state).toBe('complete');
  });

  it('defaults to empty, so documents saved before it existed still open', () => {
    const doc = JSON.parse(JSON.stringify(createEmptyDocument(now))) as {
      sections: { appendices: Record<string, unknown> };
    };
    delete doc.sections.appendices.importedNotes;
    const restored = restoreDocument(doc);
    expect(restored.ok && restored.document.sections.appendices.importedNotes).toBe('');
  });
});
