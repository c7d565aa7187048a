import { withIds } from '../../core/document/fields';
import type { Component, SystemComponents } from './model';

/** The template's own diagram; every node label has a row in 4.2. */
const diagram = `graph TB
    A[Web Client] --> B[Load Balancer]
    B --> C[API Gateway]
    C --> D[Auth Service]
    C --> E[User Service]
    C --> F[Product Service]
    E --> G[(User DB)]
    F --> H[(Product DB)]
    E --> I[Cache]
    F --> I`;

const service = 'Node.js 22 + TypeScript (Fastify)';

export function example(): SystemComponents {
  return {
    diagram,
    components: withIds<Component>(
      {
        component: 'Web Client',
        responsibility:
          'Single-page storefront: catalogue browsing, search, account pages and checkout',
        technology: 'React 19 + TypeScript',
      },
      {
        component: 'Load Balancer',
        responsibility:
          'TLS termination, health checks, spreads traffic over three availability zones',
        technology: 'AWS ALB',
      },
      {
        component: 'API Gateway',
        responsibility: 'Central entry point: routing, rate limiting, JWT validation',
        technology: 'Kong',
      },
      {
        component: 'Auth Service',
        responsibility:
          'JWT-based authentication (15-minute access tokens, refresh tokens), OAuth2/OIDC login for partners, RBAC roles',
        technology: service,
      },
      {
        component: 'User Service',
        responsibility:
          'User management, profiles, preferences; publishes user.registered to Kafka',
        technology: service,
      },
      {
        component: 'Product Service',
        responsibility: 'Product catalog, inventory management; publishes product.updated to Kafka',
        technology: service,
      },
      {
        component: 'User DB',
        responsibility: 'Users, profiles and preferences; owned by the User Service',
        technology: 'PostgreSQL 16',
      },
      {
        component: 'Product DB',
        responsibility: 'Products, prices and inventory counts; owned by the Product Service',
        technology: 'PostgreSQL 16',
      },
      {
        component: 'Cache',
        responsibility: 'Shared read-through cache for catalogue and profile reads',
        technology: 'Redis 7',
      },
    ),
  };
}
