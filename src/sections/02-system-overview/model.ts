import * as z from 'zod/mini';
import { defineModel, sectionName } from '../../core/document/section';
import { choice, list, rows, text } from '../../core/document/fields';
import {
  blocks,
  captioned,
  headed,
  labelledList,
  markdownText,
  table,
} from '../../core/markdown/blocks';

export const DIRECTIONS = ['Inbound', 'Outbound', 'Bidirectional'] as const;

export const stakeholderSchema = z.object({
  name: text(),
  role: text(),
  interest: text(),
});

export const externalInterfaceSchema = z.object({
  name: text(),
  protocol: text(),
  direction: choice(DIRECTIONS),
  description: text(),
});

export const systemOverviewSchema = z.object({
  goals: list(),
  stakeholders: rows(stakeholderSchema.shape),
  successCriteria: list(),
  systemBoundaries: text(),
  externalInterfaces: rows(externalInterfaceSchema.shape),
  integrationPoints: list(),
});
export type SystemOverview = z.output<typeof systemOverviewSchema>;
export type Stakeholder = SystemOverview['stakeholders'][number];
export type ExternalInterface = SystemOverview['externalInterfaces'][number];

export const SUBSECTIONS = [
  { number: '2.1', title: 'Business Context' },
  { number: '2.2', title: 'Technical Context' },
] as const;
const [businessContext, technicalContext] = SUBSECTIONS;

export const systemOverview = defineModel({
  id: 'systemOverview',
  number: '2',
  title: 'System Overview',
  subsections: SUBSECTIONS,
  schema: systemOverviewSchema,
  toMarkdown: (data) =>
    blocks(
      headed(
        3,
        sectionName(businessContext),
        labelledList('Business goals and objectives', data.goals),
        captioned(
          'Key stakeholders',
          table(
            ['Name', 'Role', 'Interest'],
            data.stakeholders.map((s) => [s.name, s.role, s.interest]),
          ),
        ),
        labelledList('Success criteria', data.successCriteria),
      ),
      headed(
        3,
        sectionName(technicalContext),
        captioned('System boundaries', markdownText(data.systemBoundaries)),
        captioned(
          'External interfaces',
          table(
            ['Interface', 'Protocol', 'Direction', 'Description'],
            // A fresh row always holds a direction; it is left out until something is typed.
            data.externalInterfaces
              .filter((i) => [i.name, i.protocol, i.description].some((c) => c.trim() !== ''))
              .map((i) => [i.name, i.protocol, i.direction, i.description]),
          ),
        ),
        labelledList('Integration points', data.integrationPoints),
      ),
    ),
});
