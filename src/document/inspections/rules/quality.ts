import { field, type Inspection } from '../types';

export const qualityRules: readonly Inspection[] = [
  {
    id: 'cache-ttl',
    title: 'Every cache level says how long it keeps',
    severity: 'warning',
    section: 'performanceRequirements',
    check: (model) =>
      model.doc.sections.performanceRequirements.caching
        .filter((c) => c.cached.trim() && !c.ttl.trim())
        .map((c) => ({
          message: `The ${c.level === 'CDN' ? 'CDN' : c.level.toLowerCase()} cache of ${c.cached.trim()} (9.2) has no TTL: say how long an entry lives before it is read again.`,
          fix: field('performanceRequirements', 'caching'),
        })),
  },
];
