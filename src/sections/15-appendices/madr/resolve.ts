import { adrId, type Decision } from '../decisions';
import type { MadrRecord } from './fromMadr';
import type { LinkRef } from './refs';

/** A record being imported, with what its file named and linked. */
export interface Incoming {
  /** The file's name as the user knows it, for notes. */
  name: string;
  /** recordKey of its file. */
  key: string;
  /** Its number in the folder it came from (it may be imported under another). */
  wanted: string;
  links: MadrRecord['links'];
  decision: Decision;
}

type Direction = 'supersedes' | 'supersededBy';

function targetOf(all: readonly Incoming[], self: Incoming, ref: LinkRef): Incoming | undefined {
  const others = all.filter((i) => i !== self);
  return (
    (ref.key ? others.find((i) => i.key === ref.key) : undefined) ??
    (ref.number ? others.find((i) => i.wanted && adrId(i.wanted) === adrId(ref.number)) : undefined)
  );
}

const kept = (text: string, line: string) =>
  [text.trim(), `**Status**\n\n${line}`].filter(Boolean).join('\n\n');

/**
 * Supersede links among the imported records, by the linked file's name or else its number,
 * under the numbers the records were imported with. A link to a record not imported stays in
 * the record as text. A link written at one end only is set at the other too, as the log keeps
 * both ("Superseded by" in 0004 gives 0015 its "Supersedes"): a record superseded is Superseded.
 */
export function followLinks(all: readonly Incoming[], notes: string[]): Decision[] {
  const found = all.map((self) => {
    const to = (direction: Direction) => {
      const ref = self.links[direction];
      return ref ? { ref, target: targetOf(all, self, ref) } : null;
    };
    return { self, supersedes: to('supersedes'), supersededBy: to('supersededBy') };
  });
  const out = new Map(all.map((i) => [i, { ...i.decision, supersedes: '', supersededBy: '' }]));
  const get = (i: Incoming) => out.get(i) ?? i.decision;
  for (const { self, ...links } of found) {
    for (const direction of ['supersedes', 'supersededBy'] as const) {
      const link = links[direction];
      if (!link) continue;
      const d = get(self);
      if (link.target) {
        out.set(self, { ...d, [direction]: link.target.decision.number });
      } else {
        out.set(self, { ...d, consequences: kept(d.consequences, link.ref.source) });
        notes.push(
          `${self.name}: “${link.ref.source}” names no record of this import: kept as text, not as a link`,
        );
      }
    }
  }
  for (const { self, supersedes, supersededBy } of found) {
    const number = self.decision.number;
    const later = supersededBy?.target && get(supersededBy.target);
    if (supersededBy?.target && later && !later.supersedes) {
      out.set(supersededBy.target, { ...later, supersedes: number });
    }
    const earlier = supersedes?.target && get(supersedes.target);
    if (supersedes?.target && earlier && !earlier.supersededBy) {
      if (earlier.status !== 'Superseded') {
        notes.push(
          `${supersedes.target.name}: marked Superseded, as ${adrId(number)} supersedes it (the file says ${earlier.status})`,
        );
      }
      out.set(supersedes.target, { ...earlier, supersededBy: number, status: 'Superseded' });
    }
  }
  return all.map(get);
}
