import { formatDuration } from '../../sections/09-performance-requirements/downtime';
import type { DerivedBySection } from '../derived';
import type { SectionId } from '../registry';
import type { ArchDocument } from '../schema';
import { capacity, composedAvailability, recovery } from './calculators';
import { FIGURE_SECTIONS } from './figureSections';
import { readArchitecture } from './read';

/** One computed figure in words, for the section where its numbers are typed. */
export interface Figure {
  readonly label: string;
  readonly sentence: string;
  /** 'short' when the design cannot keep the promise; 'missing' when a number is not given. */
  readonly status: 'ok' | 'short' | 'missing';
}

// Rounded down, never up to a promise the design does not make; four decimals near 100 %.
const pct = (fraction: number) => {
  const digits = fraction >= 0.9999 ? 4 : 2;
  const scale = 10 ** digits;
  return `${(Math.floor(fraction * 100 * scale + 1e-6) / scale).toFixed(digits)} %`;
};
const n = (value: number) => value.toLocaleString('en-US');

/** The figures a section shows, computed from the whole document. */
export function figuresFor(
  section: SectionId,
  doc: ArchDocument,
  derived: DerivedBySection,
): Figure[] {
  const model = readArchitecture(doc, derived);
  return (FIGURE_SECTIONS[section] ?? []).map((kind) => {
    if (kind === 'availability') {
      const a = composedAvailability(model);
      if (!a) {
        return {
          label: 'Composed availability',
          sentence:
            'Give the components of 4.1 an availability in 4.2 (and replicas, or a workload in 8.1) to compose the request path’s.',
          status: 'missing',
        };
      }
      const path = a.path.map((s) => (s.replicas > 1 ? `${s.name} ×${s.replicas}` : s.name));
      const against =
        a.target === null
          ? '9.1 sets no target.'
          : a.availability >= a.target
            ? `9.1 asks ${pct(a.target)}: met, ${((a.availability - a.target) * 100).toFixed(2)} points to spare.`
            : `9.1 asks ${pct(a.target)}: ${((a.target - a.availability) * 100).toFixed(2)} points short.`;
      const unknown = a.unknown.length > 0 ? ` Counted as always up: ${a.unknown.join(', ')}.` : '';
      return {
        label: 'Composed availability',
        sentence: `${pct(a.availability)} along ${path.join(' → ')}. ${against}${unknown}`,
        status: a.target !== null && a.availability < a.target ? 'short' : 'ok',
      };
    }
    if (kind === 'capacity') {
      const c = capacity(model);
      if (!c?.bottleneck) {
        return {
          label: 'Capacity',
          sentence:
            'Give 9.1 a throughput and components their requests per second per instance in 4.2 to check the capacity.',
          status: 'missing',
        };
      }
      const b = c.bottleneck;
      const least = c.components.find((x) => x.name === b.name);
      return {
        label: 'Capacity',
        sentence: `Least: ${b.name}, ${least ? `${least.replicas} × ${n(least.perInstance)} = ` : ''}${n(b.total)} requests/s against 9.1’s ${n(c.target)}: ${b.headroom >= 0 ? `${Math.round(b.headroom * 100)} % headroom` : `${Math.round(-b.headroom * 100)} % short`}.`,
        status: b.headroom >= 0 ? 'ok' : 'short',
      };
    }
    const r = recovery(model);
    if (!r) {
      return {
        label: 'Recovery',
        sentence: 'Set an RTO and an RPO in 11.1 to check them.',
        status: 'missing',
      };
    }
    const parts: string[] = [];
    let short = false;
    if (r.rto !== null && r.monthlyBudget !== null) {
      const share = Math.round((r.rto / r.monthlyBudget) * 100);
      short ||= r.rto > r.monthlyBudget;
      parts.push(
        `RTO ${formatDuration(r.rto)}: ${share} % of the ${formatDuration(r.monthlyBudget)} a month 9.1 allows.`,
      );
    }
    if (r.rpo !== null && r.backup) {
      short ||= r.backup.every > r.rpo;
      const every = r.backup.every === 0 ? 'continuous' : `every ${formatDuration(r.backup.every)}`;
      parts.push(
        `RPO ${formatDuration(r.rpo)}; the most frequent backup is ${every} (${r.backup.what}).`,
      );
    }
    return {
      label: 'Recovery',
      sentence:
        parts.join(' ') || 'Give 9.1 an availability and 11.1 its backups to check RTO and RPO.',
      status: short ? 'short' : parts.length > 0 ? 'ok' : 'missing',
    };
  });
}
