import { findByName, mentions } from '../../../core/names/match';
import { names } from '../../../core/checklist/words';
import { field, type Inspection } from '../types';

export const interfaceRules: readonly Inspection[] = [
  {
    id: 'interface-not-in-flows',
    title: 'Every external interface appears in a flow',
    severity: 'warning',
    section: 'systemOverview',
    check: (model) => {
      const drawn = new Set(model.flows.flatMap((f) => [f.from, f.to]));
      // A flow may carry the interface by name: "Partner Catalogue API, OAuth2".
      const carried = (name: string) => model.flows.some((f) => mentions(f.label, name));
      return model.externals
        .filter((e) => !drawn.has(e.name) && !carried(e.name))
        .map((e) => ({
          message: `The external interface ${e.name} (2.2) appears in no flow of 4.1 or 5.1.`,
          fix: field('dataArchitecture', 'dataFlowDiagram'),
        }));
    },
  },
  {
    id: 'interface-authentication',
    title: 'Inbound interfaces are authenticated',
    severity: 'warning',
    section: 'securityArchitecture',
    check: (model) => {
      if (model.doc.sections.securityArchitecture.authMethods.length > 0) return [];
      const inbound = model.externals.filter((e) => e.row.direction !== 'Outbound');
      if (inbound.length === 0) return [];
      return [
        {
          message: `${names(inbound.map((e) => e.name))} ${inbound.length === 1 ? 'takes' : 'take'} calls from outside, but 7.1 chooses no authentication method.`,
          fix: field('securityArchitecture', 'authMethods'),
        },
      ];
    },
  },
  {
    id: 'endpoint-tag-component',
    title: 'Every API tag maps to a component',
    severity: 'warning',
    section: 'apiDesign',
    check: (model) => {
      const tags = [...new Set((model.endpoints ?? []).flatMap((e) => e.tags))];
      if (model.components.length === 0) return [];
      return tags
        .filter((tag) => !findByName(tag, model.components, (c) => c.name))
        .map((tag) => {
          const n = (model.endpoints ?? []).filter((e) => e.tags.includes(tag)).length;
          return {
            message: `The API tag ${tag} (${n} ${n === 1 ? 'operation' : 'operations'} in 6.1) names no component of 4.2.`,
            fix: field('apiDesign', 'openApi'),
          };
        });
    },
  },
];
