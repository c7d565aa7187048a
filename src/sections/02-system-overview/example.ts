import { items, prose, withIds } from '../../core/document/fields';
import type { ExternalInterface, Stakeholder, SystemOverview } from './model';

export function example(): SystemOverview {
  return {
    goals: items(
      'Replace the single PHP application with independently deployable services, without a sales freeze',
      'Serve 10,000 requests per second at seasonal peaks with a p95 response time under 200 ms',
      'Ship storefront and catalogue changes weekly instead of in quarterly releases',
      'Open the product catalogue to partner marketplaces through an authenticated API',
    ),
    stakeholders: withIds<Stakeholder>(
      {
        name: 'Dana Kowalski',
        role: 'Lead Architect',
        interest: 'Owns the target architecture, its decisions and this document',
      },
      {
        name: 'Ravi Menon',
        role: 'Platform Engineering',
        interest: 'Runs the EKS clusters, the CI/CD pipeline and observability',
      },
      {
        name: 'Helena Brandt',
        role: 'Head of E-commerce',
        interest: 'Conversion, uptime during campaigns, time to market for storefront features',
      },
      {
        name: 'Marcus Okafor',
        role: 'Information Security Officer',
        interest: 'Protection of customer data, GDPR compliance, partner access control',
      },
      {
        name: 'Customer Support',
        role: 'Internal users',
        interest: 'Reliable account data and fast answers to customer questions',
      },
    ),
    successCriteria: items(
      '99.9 % monthly availability in each of the first six months after the traffic switch',
      'p95 response time below 200 ms at 10,000 requests/second in the pre-launch load test',
      'No customer account or product record lost in the data migration (verified by reconciliation)',
      'Lead time from merge to production under one day for every service',
      'The legacy PHP system decommissioned, with no traffic reaching it for 30 days',
    ),
    systemBoundaries: prose([
      '**Inside the system:** the web client, the edge (AWS ALB and the Kong API gateway), the',
      'Auth, User and Product services with their PostgreSQL databases, the shared Redis cache and',
      'the Kafka cluster, all running on Kubernetes (AWS EKS) in eu-central-1 across three',
      'availability zones.',
      '',
      '**Outside the system:** the ERP that owns stock levels and purchase prices, the payment',
      'provider, transactional email delivery and the partner marketplaces. ShopStream talks to',
      'them only through the interfaces listed below and never stores card data.',
    ]),
    externalInterfaces: withIds<ExternalInterface>(
      {
        name: 'Partner Catalogue API',
        protocol: 'HTTPS / REST (OAuth2)',
        direction: 'Inbound',
        description:
          'Partner marketplaces read products, prices and stock through Kong with OAuth2 client credentials',
      },
      {
        name: 'ERP stock and price feed',
        protocol: 'Kafka (Kafka Connect)',
        direction: 'Inbound',
        description:
          'Stock levels and prices from the ERP every five minutes, consumed by the Product Service',
      },
      {
        name: 'Payment provider',
        protocol: 'HTTPS / REST + webhooks',
        direction: 'Bidirectional',
        description:
          'Hosted checkout sessions are created by ShopStream; payment results return as signed webhooks',
      },
      {
        name: 'Transactional email',
        protocol: 'HTTPS (Amazon SES API)',
        direction: 'Outbound',
        description: 'Registration confirmations and password resets, triggered by user.registered',
      },
      {
        name: 'Partner identity providers',
        protocol: 'OAuth2 / OIDC',
        direction: 'Outbound',
        description: 'Partner staff sign in with their own identity provider via the Auth Service',
      },
    ),
    integrationPoints: items(
      'Kong API gateway: the single entry point for web client and partner traffic (routing, rate limiting, JWT validation)',
      'Kafka topics user.registered and product.updated: domain events between services and towards the ERP',
      'Payment webhooks at /webhooks/payments, routed through Kong and verified by signature',
      'Auth Service OAuth2/OIDC endpoints: token issuance for the web client and partner login',
    ),
  };
}
