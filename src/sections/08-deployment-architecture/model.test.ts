import { describe, expect, it } from 'vitest';
import { sectionMarkdown } from '../../document/markdown/toMarkdown';
import { fences, headings, tableCells, withoutTextAlternative } from '../../test/markdown';
import { deploymentArchitecture } from './model';
import { example } from './example';

describe('8. Deployment Architecture', () => {
  it('keeps every subsection heading with "Not yet specified." when empty', () => {
    expect(sectionMarkdown(deploymentArchitecture, deploymentArchitecture.empty())).toBe(
      [
        '## 8. Deployment Architecture',
        '### 8.1 Infrastructure',
        '_Not yet specified._',
        '### 8.2 CI/CD Pipeline',
        '_Not yet specified._',
      ].join('\n\n'),
    );
    expect(deploymentArchitecture.subsections.map((s) => s.number)).toEqual(['8.1', '8.2']);
  });

  it('renders the diagram, the manifests and the pipeline table', () => {
    const data = example();
    const markdown = sectionMarkdown(deploymentArchitecture, data);
    expect(headings(markdown)).toEqual([
      '8. Deployment Architecture',
      '8.1 Infrastructure',
      '8.2 CI/CD Pipeline',
    ]);
    const [diagram, yaml] = fences(markdown);
    expect(diagram?.lang).toBe('mermaid');
    expect(withoutTextAlternative(diagram?.value ?? '')).toBe(data.deploymentDiagram);
    expect(diagram?.value).toContain('accTitle: 8.1 Infrastructure: deployment diagram');
    expect(yaml).toEqual({ lang: 'yaml', value: data.manifests });
    expect(tableCells(markdown)).toEqual([
      ['Stage', 'Tool'],
      ['Source control', 'Git (GitHub)'],
      ['CI', 'GitHub Actions'],
      ['Container registry', 'Amazon ECR'],
      ['Deployment', 'Argo CD onto AWS EKS'],
      ['Monitoring', 'Prometheus + Grafana'],
    ]);
  });

  it('fills the example with a Deployment, a Service and an HPA per service', () => {
    const { manifests, deploymentDiagram } = example();
    const kinds = manifests.split(/^---$/m).map((doc) => /^kind: (\w+)$/m.exec(doc)?.[1]);
    expect(kinds).toEqual(
      Array.from({ length: 4 }, () => ['Deployment', 'Service', 'HorizontalPodAutoscaler']).flat(),
    );
    expect(manifests).toContain('  name: product-service\n');
    expect(manifests).toContain('  replicas: 3\n');
    expect(deploymentDiagram).toMatch(/^flowchart /);
  });

  it('leaves out blank pipeline rows and escapes cells', () => {
    const data = deploymentArchitecture.empty();
    data.pipeline.push(
      { id: 's1', stage: '', tool: '' },
      { id: 's2', stage: 'CI', tool: 'GitHub Actions | Jenkins' },
    );
    const markdown = sectionMarkdown(deploymentArchitecture, data);
    expect(markdown).toContain('### 8.1 Infrastructure\n\n_Not yet specified._');
    expect(tableCells(markdown)).toEqual([
      ['Stage', 'Tool'],
      ['CI', 'GitHub Actions | Jenkins'],
    ]);
  });

  it('accepts the example and rejects malformed data', () => {
    const { schema } = deploymentArchitecture;
    expect(schema.safeParse(example()).success).toBe(true);
    expect(schema.parse({})).toEqual(deploymentArchitecture.empty());
    expect(schema.safeParse({ manifests: { kind: 'Deployment' } }).success).toBe(false);
    expect(schema.safeParse({ pipeline: [{ stage: 'CI', tool: 'x' }] }).success).toBe(false);
    expect(schema.safeParse({ pipeline: [{ id: 's1', stage: 1, tool: 'x' }] }).success).toBe(false);
  });
});

describe('8. Deployment Architecture with its manifest summary', () => {
  it('tables the Kubernetes resources of 8.1 above the manifests', async () => {
    const data = example();
    const derived = await deploymentArchitecture.derive!(data, undefined);
    const markdown = sectionMarkdown(deploymentArchitecture, data, derived);
    const cells = tableCells(markdown);
    expect(cells[0]).toEqual(['Kind', 'Name', 'Namespace', 'Replicas', 'Images', 'Ports']);
    expect(cells.slice(1, 4).map((r) => r[0])).toEqual([
      'Deployment',
      'Service',
      'HorizontalPodAutoscaler',
    ]);
    expect(cells).toHaveLength(1 + 12);
    expect(markdown.indexOf('**Resources**')).toBeLessThan(markdown.indexOf('**Manifests**'));
  });

  it('tables and draws the CloudFormation template below the manifests, then gives it', async () => {
    const data = example();
    const derived = await deploymentArchitecture.derive!(data, undefined);
    expect(derived.cloud.template.problems).toEqual([]);
    expect(derived.cloud.resources).toHaveLength(11);
    const markdown = sectionMarkdown(deploymentArchitecture, data, derived);
    const order = [
      '**Manifests**',
      '**Cloud resources**',
      '| Logical ID | Key properties | Type |',
      '| RDSDatabase | db.t3.medium, postgres 16.4, Multi-AZ, backups kept 35 days, 100 GB | AWS::RDS::DBInstance |',
      '**Generated view: Cloud architecture, drawn from the CloudFormation template**',
      'accTitle: 8.1 Infrastructure: cloud architecture',
      '**CloudFormation template**',
      "AWSTemplateFormatVersion: '2010-09-09'",
    ].map((text) => markdown.indexOf(text));
    expect(order.every((at) => at >= 0)).toBe(true);
    expect([...order].sort((a, b) => a - b)).toEqual(order);
    const last = fences(markdown).at(-1);
    expect(last).toEqual({ lang: 'yaml', value: data.cloudTemplate });
  });

  it('keeps the last resources while the template does not read, and says so', async () => {
    const data = example();
    const good = await deploymentArchitecture.derive!(data, undefined);
    const broken = { ...data, cloudTemplate: 'Resources:\n  A: [unclosed' };
    const derived = await deploymentArchitecture.derive!(broken, good);
    expect(derived.cloud.stale).toBe(true);
    expect(derived.cloud.resources).toBe(good.cloud.resources);
    expect(derived.cloud.template.problems[0]?.line).toBe(2);
  });
});
