import type * as z from 'zod/mini';
import { captioned, table } from '../../../core/markdown/blocks';
import type { appliedPatternSchema } from './schema';

export type AppliedPattern = z.output<typeof appliedPatternSchema> & { id: string };

/** 3.1's table of the patterns applied: pattern, applied to, parameters, rationale. */
export function patternsMarkdown(patterns: readonly AppliedPattern[]): string {
  return captioned(
    'Patterns applied',
    table(
      ['Pattern', 'Applied to', 'Parameters', 'Rationale'],
      patterns
        .filter((p) => p.name.trim())
        .map((p) => [
          p.name,
          p.appliedTo.join(', '),
          p.parameters
            .filter((x) => x.value.trim())
            .map((x) => `${x.name}: ${x.value}`)
            .join('\n'),
          p.rationale,
        ]),
    ),
  );
}
