import { defineSection } from '../../core/document/section';
import { apiDesign } from './model';

/** The section's module: its model and, from this folder, all else the app needs of it. */
export const section = defineSection(apiDesign, {
  form: () => import('./ApiDesignForm').then((m) => ({ default: m.ApiDesignForm })),
  example: () => import('./example').then((m) => m.example()),
  review: () => import('./review').then((m) => m.interfacesDocumented),
  headings: {
    '6': `api; apis; rest api; endpoints; interface specification; graphql; grpc; api contract`,
  },
});
