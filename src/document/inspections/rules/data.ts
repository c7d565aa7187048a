import { mentions } from '../../../core/names/match';
import { names } from '../../../core/checklist/words';
import type { ModelComponent } from '../../architecture/model';
import { field, type Inspection } from '../types';

const schema = field('dataArchitecture', 'databaseSchema');
const strategy = field('dataArchitecture', 'storageStrategy');

// Shared by design: a cache, a queue or an event log is not a database two services write.
const SHARED_KIND = /cache|redis|memcache|kafka|queue|broker|bus|stream|cdn|bucket|\bs3\b/i;
const isDatabase = (c: ModelComponent) =>
  c.store && !SHARED_KIND.test(`${c.name} ${c.row?.technology ?? ''}`);

export const dataRules: readonly Inspection[] = [
  {
    id: 'store-without-schema',
    title: 'Every data store has a schema or a storage strategy',
    severity: 'warning',
    section: 'dataArchitecture',
    check: (model) => {
      const data = model.doc.sections.dataArchitecture;
      const tables = model.tables ?? [];
      return model.components
        .filter((c) => c.store && c.node)
        .filter((c) => !mentions(data.storageStrategy, c.name))
        .filter((c) => !tables.some((t) => mentions(c.name, t.name) || mentions(t.name, c.name)))
        .map((c) => ({
          message: `${c.name} is a data store in 4.1, but 5.1's storage strategy does not mention it and 5.2 has no table for it.`,
          fix: strategy,
        }));
    },
  },
  {
    id: 'shared-database',
    title: 'With microservices, each database has one writer',
    severity: 'warning',
    section: 'dataArchitecture',
    check: (model) => {
      if (model.doc.sections.architecturalDecisions.pattern !== 'Microservices') return [];
      return model.components.filter(isDatabase).flatMap((store) => {
        const writers = [
          ...new Set(
            model.flows
              .filter((f) => f.to === store.name && f.from !== store.name)
              .map((f) => f.from)
              .filter((from) => model.components.some((c) => c.name === from && !c.store)),
          ),
        ];
        if (writers.length < 2) return [];
        return [
          {
            message: `${store.name} is reached by ${writers.length} services (${names(writers)}): with microservices, each service owns its data.`,
            fix: field('systemComponents', 'diagram'),
          },
        ];
      });
    },
  },
  {
    id: 'table-primary-key',
    title: 'Every table has a primary key',
    severity: 'warning',
    section: 'dataArchitecture',
    check: (model) =>
      (model.tables ?? [])
        .filter((t) => t.primaryKey.length === 0)
        .map((t) => ({ message: `Table ${t.name} has no primary key (5.2).`, fix: schema })),
  },
  {
    id: 'foreign-key-target',
    title: 'Every foreign key references a table of the schema',
    severity: 'error',
    section: 'dataArchitecture',
    check: (model) => {
      const tables = model.tables ?? [];
      const known = new Set(tables.map((t) => t.name.toLowerCase()));
      return tables.flatMap((t) =>
        t.foreignKeys
          .filter((fk) => !known.has(fk.refTable.toLowerCase()))
          .map((fk) => ({
            message: `Table ${t.name} references ${fk.refTable} (${fk.columns.join(', ')}), which 5.2 does not define.`,
            fix: schema,
          })),
      );
    },
  },
];
