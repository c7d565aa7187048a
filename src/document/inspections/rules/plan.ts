import { findByName, mentions } from '../../../core/names/match';
import { count, names } from '../../../core/checklist/words';
import { adrId } from '../../../sections/15-appendices/decisions';
import type { ArchDocument } from '../../schema';
import { sameTechnology } from './components';
import { field, type Inspection } from '../types';

const decisions = field('appendices', 'decisions');

// Names a phase gives a component: "the Billing Service", "Orders DB".
const COMPONENT_NAME =
  /\b(?:[A-Z][\w-]*\s+){0,2}[A-Z][\w-]*\s+(?:Service|DB|Database|Gateway|Worker)\b/g;

// Short forms any reader knows, and units, which no glossary needs to spell out.
const WELL_KNOWN = new Set(
  'API ADR URL URI HTTP HTTPS JSON YAML HTML CSS SQL DB UI UX ID OK IT PDF CPU GPU RAM KB MB GB TB MS UTC ISO USD EUR GBP FAQ TODO'.split(
    ' ',
  ),
);

const CODE_OR_CHOICE =
  /diagram|schema|openapi|manifests|template|url|^id$|^(?:authMethods|accessModel|pattern|currency|structuredLogging)$/i;

/** The prose of a document, where acronyms are used: every text field of every section. */
function texts(doc: ArchDocument): string[] {
  const out: string[] = [];
  const walk = (value: unknown, key = ''): void => {
    if (typeof value === 'string') {
      // Code is not prose (diagrams, SQL, OpenAPI, manifests, templates), nor is an option chosen in a
      // select (an authentication method, a status).
      if (!CODE_OR_CHOICE.test(key)) out.push(value);
    } else if (Array.isArray(value)) value.forEach((v) => walk(v, key));
    else if (value && typeof value === 'object') {
      for (const [k, v] of Object.entries(value)) if (k !== 'glossary') walk(v, k);
    }
  };
  walk(doc.sections);
  return out;
}

export const planRules: readonly Inspection[] = [
  {
    id: 'component-cost',
    title: 'Every deployed component has a cost line',
    severity: 'info',
    section: 'costAnalysis',
    check: (model) => {
      const lines = model.doc.sections.costAnalysis.costs.filter((c) => c.component.trim());
      const named = (name: string) => lines.some((l) => findByName(l.component, [name], (n) => n));
      // Costs kept by category (compute, storage) name no component: nothing to compare.
      const priced = model.components.filter((c) => named(c.name));
      if (priced.length === 0) return [];
      const shared = lines.some((l) => /shared|platform|other/i.test(l.component));
      if (shared) return [];
      return model.components
        .filter((c) => c.row && !named(c.name))
        .map((c) => ({
          message: `${c.name} has no cost line in 12.1.`,
          fix: field('costAnalysis', 'costs'),
        }));
    },
  },
  {
    id: 'phase-components',
    title: 'Migration phases name components that exist',
    severity: 'warning',
    section: 'migrationStrategy',
    check: (model) =>
      model.doc.sections.migrationStrategy.phases.flatMap((phase, i) => {
        const text = `${phase.name} ${phase.description}`;
        const unknown = [...new Set(text.match(COMPONENT_NAME) ?? [])].filter(
          (name) => !model.components.some((c) => mentions(name, c.name) || mentions(c.name, name)),
        );
        if (unknown.length === 0) return [];
        return [
          {
            message: `Phase ${i + 1} (${phase.name.trim() || 'no name'}) names ${names(unknown)}, which 4.2 does not describe.`,
            fix: field('migrationStrategy', 'phases'),
          },
        ];
      }),
  },
  {
    id: 'adr-stack-drift',
    title: 'Adopted technologies are still in the stack',
    severity: 'warning',
    section: 'architecturalDecisions',
    check: (model) => {
      const { comparisons, technologyStack } = model.doc.sections.architecturalDecisions;
      return model.doc.sections.appendices.decisions
        .filter((d) => d.status === 'Accepted' && d.comparisonId)
        .flatMap((d) => {
          const comparison = comparisons.find((c) => c.id === d.comparisonId);
          const chosen = comparison?.candidates.find((c) => c.id === comparison.adoptedCandidateId);
          if (!comparison || !chosen) return [];
          const layer = technologyStack.find(
            (r) => r.layer.trim().toLowerCase() === comparison.layer.trim().toLowerCase(),
          );
          if (layer && sameTechnology(layer.technology, chosen.name)) return [];
          return [
            {
              message: `${adrId(d.number) || d.title} accepts ${chosen.name} for ${comparison.layer.trim() || 'a layer'}, but 3.2 ${layer ? `says ${layer.technology.trim() || 'nothing'}` : 'has no such layer'}.`,
              fix: field('architecturalDecisions', 'technologyStack'),
            },
          ];
        });
    },
  },
  {
    id: 'adr-superseded-link',
    title: 'A superseded decision names its replacement',
    severity: 'error',
    section: 'appendices',
    check: (model) => {
      const log = model.doc.sections.appendices.decisions;
      const known = new Set(log.map((d) => adrId(d.number)).filter(Boolean));
      return log
        .filter((d) => d.status === 'Superseded')
        .filter((d) => !d.supersededBy.trim() || !known.has(adrId(d.supersededBy)))
        .map((d) => ({
          message: d.supersededBy.trim()
            ? `${adrId(d.number) || d.title} is superseded by ${adrId(d.supersededBy)}, which the decision log does not hold.`
            : `${adrId(d.number) || d.title} is superseded but names no decision that replaces it.`,
          fix: decisions,
        }));
    },
  },
  {
    id: 'adr-number-unique',
    title: 'Decision numbers are unique',
    severity: 'error',
    section: 'appendices',
    check: (model) => {
      const seen = new Map<string, number>();
      for (const d of model.doc.sections.appendices.decisions) {
        const id = adrId(d.number);
        if (id) seen.set(id, (seen.get(id) ?? 0) + 1);
      }
      return [...seen]
        .filter(([, n]) => n > 1)
        .map(([id, n]) => ({ message: `${n} decisions are numbered ${id}.`, fix: decisions }));
    },
  },
  {
    id: 'glossary-acronyms',
    title: 'Acronyms are in the glossary',
    severity: 'info',
    section: 'appendices',
    check: (model) => {
      const defined = new Set(
        model.doc.sections.appendices.glossary.flatMap(
          (g) => g.term.toUpperCase().match(/[A-Z0-9]+/g) ?? [],
        ),
      );
      const used = new Set<string>();
      for (const text of texts(model.doc)) {
        for (const [word] of text.matchAll(/\b[A-Z][A-Z0-9]{1,5}s?\b/g)) {
          const acronym = word.replace(/s$/, '');
          if (/[A-Z].*[A-Z]/.test(acronym) && !WELL_KNOWN.has(acronym)) used.add(acronym);
        }
      }
      const missing = [...used].filter((a) => !defined.has(a)).sort();
      if (missing.length === 0) return [];
      return [
        {
          message: `${count(missing.length, 'acronym')} used in the text ${missing.length === 1 ? 'has' : 'have'} no glossary entry: ${names(missing, 8)}.`,
          fix: field('appendices', 'glossary'),
        },
      ];
    },
  },
];
