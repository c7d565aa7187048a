// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { withTextAlternative } from './accessibility';
import { diagramNodes } from './nodes';
import { starters } from './starters';
import { mermaidIds, parseError } from '../../test/mermaid';

describe('starters', () => {
  it('offer each kind of diagram an architect needs, once', () => {
    expect(starters.map((s) => s.id)).toEqual([
      'component-flowchart',
      'c4-context',
      'c4-container',
      'c4-deployment',
      'sequence',
      'er',
      'state',
      'deployment-flowchart',
    ]);
    for (const starter of starters) {
      expect(starter.name.trim()).not.toBe('');
      expect(starter.description.trim()).not.toBe('');
    }
  });

  for (const starter of starters) {
    it(`${starter.id} parses, also with a text alternative`, async () => {
      expect(await parseError(starter.source)).toBeUndefined();
      const accessible = withTextAlternative(starter.source, {
        title: starter.name,
        description: starter.description,
      });
      expect(accessible).toContain('accTitle: ');
      expect(await parseError(accessible)).toBeUndefined();
    });
  }

  for (const starter of starters.filter((s) => /^(flowchart|C4)/.test(s.source))) {
    it(`${starter.id}: nodes as Mermaid finds them`, async () => {
      const ids = diagramNodes(starter.source).map((n) => n.id);
      expect(ids).toEqual(await mermaidIds(starter.source));
    });
  }

  it('name components that the component table can describe', () => {
    const names = (id: string) =>
      diagramNodes(starters.find((s) => s.id === id)?.source ?? '').map((n) => n.label);
    expect(names('component-flowchart')).toEqual([
      'Web Shop',
      'API Gateway',
      'Mobile App',
      'Catalog Service',
      'Order Service',
      'Payment Service',
      'Catalog DB',
      'Orders DB',
      'Event Bus',
      'Notification Service',
      'Payment Provider',
    ]);
    expect(names('c4-container')).toEqual([
      'Customer',
      'Payment Provider',
      'Web Shop',
      'API Gateway',
      'Order Service',
      'Catalog Service',
      'Shop Database',
      'Event Bus',
    ]);
    expect(names('deployment-flowchart')).toHaveLength(10);
  });
});
