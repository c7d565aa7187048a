import { items } from '../../core/document/fields';
import type { ExecutiveSummary } from './model';

export function example(): ExecutiveSummary {
  return {
    overview: [
      'ShopStream is the online storefront of a mid-sized retailer: customers browse the catalogue, ' +
        'manage their accounts and place orders from a web client. This document describes the ' +
        'target architecture that replaces the current single PHP application with a small set of ' +
        'services behind an API gateway, sized for **10,000 requests per second** at peak with ' +
        '**99.9 %** availability.',
      'The system is split along business capabilities (identity, users, products), each service ' +
        'owning its data. A shared Redis cache absorbs catalogue reads; all traffic enters through a ' +
        'load balancer and the gateway, which handles routing, rate limiting and token validation.',
    ].join('\n\n'),
    keyDecisions: items(
      'Microservices split by business capability, each owning its own PostgreSQL database',
      'An API gateway as the single entry point for routing, rate limiting and JWT validation',
      'JWT access tokens issued by a dedicated Auth Service, with OAuth2 login for partners',
      'Redis as a shared read-through cache for catalogue and profile reads',
      'Kubernetes for deployment, with horizontal pod autoscaling on every stateless service',
    ),
  };
}
