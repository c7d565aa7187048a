import { compareNames, mentions, nameWords } from '../../../core/names/match';
import type { ModelComponent } from '../../architecture/model';
import { field, type Inspection } from '../types';

const rows = field('systemComponents', 'components');
const diagram = field('systemComponents', 'diagram');
const stack = field('architecturalDecisions', 'technologyStack');

/** Technologies compared as a person would: "PostgreSQL 16" is in a stack that says "PostgreSQL". */
export function sameTechnology(a: string, b: string): boolean {
  if (compareNames(a, b)) return true;
  const [wa, wb] = [nameWords(a), nameWords(b)];
  if (wa.length === 0 || wb.length === 0) return false;
  // One names the other's product ("Node.js 22 + TypeScript (Fastify)" ⊃ "Fastify").
  return mentions(a, b) || mentions(b, a);
}

const described = (c: ModelComponent) => c.row !== undefined;

export const componentRules: readonly Inspection[] = [
  {
    id: 'component-undescribed',
    title: 'Every drawn component is described',
    severity: 'error',
    section: 'systemComponents',
    check: (model) =>
      model.components
        .filter((c) => c.node && !described(c))
        .map((c) => ({
          message: `${c.name} is drawn in 4.1 but has no row in 4.2 saying what it does.`,
          fix: rows,
        })),
  },
  {
    id: 'component-not-drawn',
    title: 'Every described component is drawn',
    severity: 'warning',
    section: 'systemComponents',
    check: (model) =>
      model.components
        .filter(
          (c) => described(c) && !c.node && model.doc.sections.systemComponents.diagram.trim(),
        )
        .map((c) => ({
          message:
            c.views.length > 0
              ? `${c.name} is described in 4.2 and drawn in ${c.views.join(' and ')}, but not in the component diagram 4.1.`
              : `${c.name} is described in 4.2 but drawn in no diagram.`,
          fix: diagram,
        })),
  },
  {
    id: 'component-responsibility',
    title: 'Every component has a responsibility',
    severity: 'error',
    section: 'systemComponents',
    check: (model) =>
      model.components
        .filter((c) => c.row && !c.row.responsibility.trim())
        .map((c) => ({ message: `${c.name} has no responsibility in 4.2.`, fix: rows })),
  },
  {
    id: 'component-technology',
    title: 'Every component has a technology',
    severity: 'warning',
    section: 'systemComponents',
    check: (model) =>
      model.components
        .filter((c) => c.row && !c.row.technology.trim())
        .map((c) => ({ message: `${c.name} names no technology in 4.2.`, fix: rows })),
  },
  {
    id: 'component-disconnected',
    title: 'No component stands alone',
    severity: 'warning',
    section: 'systemComponents',
    check: (model) => {
      const linked = new Set(
        model.flows.filter((f) => f.view === '4.1').flatMap((f) => [f.from, f.to]),
      );
      const drawn = model.components.filter((c) => c.node);
      if (drawn.length < 2) return [];
      return drawn
        .filter((c) => !linked.has(c.name))
        .map((c) => ({
          message: `${c.name} is drawn in 4.1 with no link to any other element.`,
          fix: diagram,
        }));
    },
  },
  {
    id: 'technology-not-in-stack',
    title: 'Every component technology is in the stack',
    severity: 'warning',
    section: 'architecturalDecisions',
    check: (model) => {
      const layers = model.doc.sections.architecturalDecisions.technologyStack;
      if (!layers.some((l) => l.technology.trim())) return [];
      return model.components
        .filter((c) => c.row?.technology.trim())
        .filter((c) => !layers.some((l) => sameTechnology(c.row?.technology ?? '', l.technology)))
        .map((c) => ({
          message: `${c.name}'s technology, ${c.row?.technology.trim()}, is not in 3.2's technology stack.`,
          fix: stack,
        }));
    },
  },
  {
    id: 'stack-layer-unused',
    title: 'Every stack layer is used by a component',
    severity: 'info',
    section: 'architecturalDecisions',
    check: (model) => {
      const technologies = model.components.map((c) => c.row?.technology ?? '').filter(Boolean);
      if (technologies.length === 0) return [];
      return model.doc.sections.architecturalDecisions.technologyStack
        .filter((l) => l.technology.trim())
        .filter((l) => !technologies.some((t) => sameTechnology(t, l.technology)))
        .map((l) => ({
          message: `No component in 4.2 uses ${l.technology.trim()} (3.2, ${l.layer.trim() || 'no layer'}).`,
          fix: rows,
        }));
    },
  },
];
