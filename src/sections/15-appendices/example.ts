import { items, withIds } from '../../core/document/fields';
import type { Appendices, Decision, GlossaryEntry, Reference } from './model';

const glossary = (): GlossaryEntry[] =>
  withIds<GlossaryEntry>(
    {
      term: 'ADR',
      definition:
        'Architecture Decision Record: a short record of one significant decision, its context and its consequences (see C. Decision Log).',
    },
    {
      term: 'API Gateway',
      definition:
        'The single entry point for client requests (Kong): routing, rate limiting and JWT validation before a request reaches a service.',
    },
    {
      term: 'CDN',
      definition:
        'Content Delivery Network: edge caches that serve the web client’s static assets close to customers.',
    },
    {
      term: 'HPA',
      definition:
        'Horizontal Pod Autoscaler: the Kubernetes controller that adds or removes pods of a service as CPU use or request latency changes.',
    },
    {
      term: 'JWT',
      definition:
        'JSON Web Token: a signed token carrying the user’s identity and roles; the Auth Service issues access tokens valid for 15 minutes.',
    },
    {
      term: 'p95',
      definition:
        '95th percentile: the response time that 95 % of requests stay under; the SLA asks for p95 < 200 ms.',
    },
    {
      term: 'RBAC',
      definition:
        'Role-Based Access Control: permissions are granted to roles (customer, support, admin), and roles to users.',
    },
    {
      term: 'RPO',
      definition:
        'Recovery Point Objective: the most data, measured in time, that may be lost in a disaster; 15 minutes for ShopStream.',
    },
    {
      term: 'RTO',
      definition:
        'Recovery Time Objective: the longest the system may be down after a disaster before it is restored; 30 minutes for ShopStream, within the 43 minutes a month that 99.9 % availability allows.',
    },
    {
      term: 'SLA',
      definition:
        'Service Level Agreement: the availability and performance the system commits to (99.9 % availability, p95 < 200 ms, 10,000 requests/second).',
    },
    {
      term: 'WAL',
      definition:
        'Write-Ahead Log: PostgreSQL’s log of every change, archived continuously so a database can be restored to any point in time.',
    },
  );

const references = (): Reference[] =>
  withIds<Reference>(
    { title: 'The C4 model for visualising software architecture', url: 'https://c4model.com/' },
    {
      title: 'Michael Nygard: Documenting Architecture Decisions',
      url: 'https://cognitect.com/blog/2011/11/15/documenting-architecture-decisions',
    },
    {
      title: 'Kubernetes documentation: Horizontal Pod Autoscaling',
      url: 'https://kubernetes.io/docs/tasks/run-application/horizontal-pod-autoscale/',
    },
    { title: 'OWASP Top 10', url: 'https://owasp.org/www-project-top-ten/' },
    {
      title: 'RFC 7519: JSON Web Token (JWT)',
      url: 'https://datatracker.ietf.org/doc/html/rfc7519',
    },
    { title: 'Apache Kafka documentation', url: 'https://kafka.apache.org/documentation/' },
    {
      title: 'PostgreSQL 16: Continuous Archiving and Point-in-Time Recovery',
      url: 'https://www.postgresql.org/docs/16/continuous-archiving.html',
    },
    {
      title: 'AWS Well-Architected Framework',
      url: 'https://docs.aws.amazon.com/wellarchitected/latest/framework/welcome.html',
    },
  );

const decisions = (): Decision[] =>
  withIds<Decision>(
    {
      number: '0001',
      title: 'Microservices split by business capability',
      status: 'Accepted',
      date: '2025-01-13',
      deciders: 'Dana Kowalski, Ravi Menon',
      context:
        'The PHP monolith couples catalogue, accounts and checkout: one release train, one database, and peak catalogue traffic slows every other feature. The teams are growing and need to release independently.',
      options: items(
        'Keep the PHP monolith and scale it vertically',
        'Modular monolith in one deployable',
        'Microservices split by business capability',
      ),
      decision:
        'Split the system into services by business capability (Auth, User, Product), each deployed on its own to Kubernetes and reached only through the API gateway.',
      consequences:
        'Teams release independently and each service scales on its own load. We take on network failures between services, distributed tracing and a platform to run; calls between services need timeouts and retries.',
      supersedes: '',
      supersededBy: '',
      comparisonId: '',
    },
    {
      number: '0002',
      title: 'One shared PostgreSQL database with a schema per service',
      status: 'Superseded',
      date: '2025-01-20',
      deciders: 'Dana Kowalski',
      context:
        'The services need a relational store; running several database clusters looked costly for a team new to operating them.',
      options: items(
        'One shared PostgreSQL database with a schema per service',
        'A PostgreSQL database per service',
      ),
      decision:
        'Run one PostgreSQL cluster, with one schema per service and a database role that sees only its own schema.',
      consequences:
        'Cheap to run, but one service’s heavy queries or migration can slow all of them, and shared tables invite joins across service boundaries.',
      supersedes: '',
      supersededBy: '0003',
      comparisonId: '',
    },
    {
      number: '0003',
      title: 'A PostgreSQL database per service',
      status: 'Accepted',
      date: '2025-02-10',
      deciders: 'Dana Kowalski, Ravi Menon',
      context:
        'Load tests of ADR-0002 showed catalogue imports raising login latency above the 200 ms p95 target; schemas alone did not isolate the services.',
      options: items(
        'Keep one shared cluster with schemas',
        'A PostgreSQL database per service',
        'A document store for the catalogue',
      ),
      decision:
        'Each service owns its own PostgreSQL 16 database (User DB, Product DB) on Amazon RDS across three availability zones; no service reads another’s database.',
      consequences:
        'Failures and load stay within one service and each database is sized and backed up on its own. Data needed across services travels as events (ADR-0004) instead of joins across databases.',
      supersedes: '0002',
      supersededBy: '',
      comparisonId: 'cmp-database',
    },
    {
      number: '0004',
      title: 'Apache Kafka for domain events',
      status: 'Accepted',
      date: '2025-02-17',
      deciders: 'Dana Kowalski, Ravi Menon',
      context:
        'With a database per service, services must learn of changes elsewhere (a new user, a changed price) without calling each other synchronously.',
      options: items(
        'Synchronous REST calls between services',
        'Apache Kafka for domain events',
        'Amazon SQS/SNS',
      ),
      decision:
        'Services publish domain events such as user.registered and product.updated to Apache Kafka; consumers keep their own copies of the data they need.',
      consequences:
        'Services stay decoupled and events can be replayed. Reads of other services’ data are eventually consistent; event schemas are versioned and consumers must be idempotent.',
      supersedes: '',
      supersededBy: '',
      comparisonId: '',
    },
    {
      number: '0005',
      title: 'JWT access tokens issued by the Auth Service',
      status: 'Accepted',
      date: '2025-03-03',
      deciders: 'Dana Kowalski, Helena Brandt',
      context:
        'Every request must be authenticated at the gateway without a database lookup per call; partners log in with their own identity providers.',
      options: items(
        'Server-side sessions in Redis',
        'JWT access tokens issued by the Auth Service',
        'Opaque tokens checked against the Auth Service',
      ),
      decision:
        'The Auth Service issues signed JWT access tokens valid for 15 minutes and refresh tokens; partners log in through OAuth2/OIDC. Kong validates tokens; services authorise by role (RBAC).',
      consequences:
        'No session store on the request path, and tokens scale with the gateway. A token cannot be revoked before it expires, so access tokens stay short-lived and refresh tokens are revocable.',
      supersedes: '',
      supersededBy: '',
      comparisonId: '',
    },
  );

export function example(): Appendices {
  return {
    glossary: glossary(),
    references: references(),
    decisions: decisions(),
    importedNotes: '',
  };
}
