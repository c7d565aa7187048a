import { defineSection } from '../../core/document/section';
import { appendices } from './model';

/** The section's module: its model and, from this folder, all else the app needs of it. */
export const section = defineSection(appendices, {
  form: () => import('./AppendicesForm').then((m) => ({ default: m.AppendicesForm })),
  example: () => import('./example').then((m) => m.example()),
  imports: () => import('./import'),
  headings: {
    '15': `appendix; notice; notices; license; licence; acknowledgements; further information;
    additional information; more information; table of contents`,
    '15.A': `terminology; definitions; terms; abbreviations; acronyms`,
    '15.B': `links; further reading; resources; bibliography; documentation links; see also; related
    documents`,
    '15.C': `adr; adrs; architecture decision records; decision records`,
  },
});
