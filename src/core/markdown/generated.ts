/**
 * Every caption of a diagram Archbench drew from what the sections say (the architecture's
 * views, 8.1's cloud architecture) starts so: the Markdown import leaves those out, since
 * they are drawn again from the sections.
 */
export const GENERATED = 'Generated view:';
