import { describe, expect, it } from 'vitest';
import { componentConsistency } from './consistency';
import { example } from './example';

describe('4.1 and 4.2 agree', () => {
  it('the worked example describes every node it draws', () => {
    expect(componentConsistency(example())).toEqual({ undescribed: [], notInDiagram: [] });
  });

  it('names the nodes without a row and the rows without a node, ignoring case and spacing', () => {
    const data = example();
    data.diagram += '\n    F --> Q[Search  Index]\n    C --> R[Rate Limiter]';
    data.components = data.components.filter((c) => c.component !== 'Cache');
    data.components.push({
      id: 'x',
      component: 'search index',
      responsibility: '',
      technology: '',
    });
    data.components.push({ id: 'y', component: 'Billing', responsibility: '', technology: '' });
    expect(componentConsistency(data)).toEqual({
      undescribed: ['Cache', 'Rate Limiter'],
      notInDiagram: ['Billing'],
    });
  });
});
