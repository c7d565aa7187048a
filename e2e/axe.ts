import { createRequire } from 'node:module';
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect } from './fixtures';

// Every rule axe ships, the experimental ones too (label-content-name-mismatch, WCAG 2.5.3
// "Label in Name", is one): the default run leaves those out.
const axe = createRequire(import.meta.url)('axe-core') as {
  getRules: () => { ruleId: string }[];
};
const EVERY_RULE = axe.getRules().map((rule) => rule.ruleId);

/**
 * Fails on any serious or critical finding of axe's full rule set on the page, or only in
 * `include` (a selector). Mermaid's SVG output is drawn by Mermaid, not by us, and is large:
 * axe skips it (in the
 * preview and full screen).
 */
export async function expectNoSeriousViolations(page: Page, include?: string): Promise<void> {
  let builder = new AxeBuilder({ page })
    .withRules(EVERY_RULE)
    .exclude('.diagram__svg')
    .exclude('.viewer__canvas');
  if (include) builder = builder.include(include);
  const { violations } = await builder.analyze();
  const serious = violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map(
      (v) =>
        `${v.id}: ${v.help} (${v.nodes.map((n) => `${n.target.join(' ')} ${n.failureSummary ?? ''}`).join('; ')})`,
    );
  expect(serious).toEqual([]);
}
