import type { ArchDocument } from '../schema';

export interface ImportPlacement {
  /** The heading as plain text. */
  heading: string;
  /** Where its content went: "14. Risks and Mitigations", "4.1 Component Diagram", notes… */
  target: string;
  /** The section the heading matched, when that section had no field for its text. */
  matched?: string;
}

export interface MarkdownImport {
  /** Always a new document (a new id): an import never replaces a stored one. */
  document: ArchDocument;
  /** True when the file is Archbench's own unedited export: the document it carries. */
  exact: boolean;
  placements: ImportPlacement[];
  /** What the user should know about the import, in plain words. */
  notes: string[];
}
