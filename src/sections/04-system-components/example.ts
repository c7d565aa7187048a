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
        // Served from the CDN: it is up when CloudFront is.
        availability: '99.99',
      },
      {
        component: 'Load Balancer',
        responsibility:
          'TLS termination, health checks, spreads traffic over three availability zones',
        technology: 'AWS ALB',
        availability: '99.99',
      },
      {
        component: 'API Gateway',
        responsibility: 'Central entry point: routing, rate limiting, JWT validation',
        technology: 'Kong',
        availability: '99.9',
        throughput: '2,000',
      },
      {
        component: 'Auth Service',
        responsibility:
          'JWT-based authentication (15-minute access tokens, refresh tokens), OAuth2/OIDC login for partners, RBAC roles',
        technology: service,
        availability: '99.9',
        throughput: '2,000',
      },
      {
        component: 'User Service',
        responsibility:
          'User management, profiles, preferences; publishes user.registered to Kafka',
        technology: service,
        availability: '99.9',
        throughput: '2,000',
      },
      {
        component: 'Product Service',
        responsibility: 'Product catalog, inventory management; publishes product.updated to Kafka',
        technology: service,
        availability: '99.9',
        throughput: '1,500',
      },
      {
        component: 'User DB',
        responsibility: 'Users, profiles and preferences; owned by the User Service',
        technology: 'PostgreSQL 16',
        // RDS Multi-AZ: a standby in another zone takes over.
        availability: '99.95',
        replicas: '1',
      },
      {
        component: 'Product DB',
        responsibility: 'Products, prices and inventory counts; owned by the Product Service',
        technology: 'PostgreSQL 16',
        availability: '99.95',
        replicas: '1',
      },
      {
        component: 'Cache',
        responsibility: 'Shared read-through cache for catalogue and profile reads',
        technology: 'Redis 7',
        // ElastiCache with a replica in a second zone.
        availability: '99.9',
        replicas: '2',
      },
    ),
  };
}
