import { prose, withIds } from '../../core/document/fields';
import type { SecurityArchitecture, SecurityMeasure } from './model';

const authNotes = prose([
  '- The **Auth Service** issues JWT access tokens (RS256, valid 15 minutes) and opaque refresh',
  '  tokens (30 days, rotated on every use, kept in Redis so that they can be revoked).',
  '- Partners sign in with **OAuth2/OIDC** (authorization code flow with PKCE) against their own',
  '  identity provider; the Auth Service maps their claims to ShopStream roles.',
  '- The **API Gateway** (Kong) checks every access token’s signature, expiry and audience',
  '  against the Auth Service’s JWKS before routing; services trust only claims it forwards.',
  '- Roles are `customer`, `support` and `admin`; every endpoint declares the roles it accepts,',
  '  and a customer can read and change only their own user record.',
  '- **API keys** are issued per partner for the catalogue feed only, stored as hashes and',
  '  rotated every 90 days.',
]);

const encryptionStrategy = prose([
  '- **In transit:** TLS 1.2 or later from the client to the load balancer (ACM certificates),',
  '  and TLS again from the load balancer to the gateway and from the services to RDS,',
  '  ElastiCache and MSK.',
  '- **At rest:** RDS storage, snapshots and WAL archives are encrypted with customer-managed',
  '  AWS KMS keys, one per database; ElastiCache, MSK and the S3 buckets (SSE-KMS) likewise.',
  '- **In the application:** passwords are hashed with Argon2id; API keys and refresh tokens',
  '  are stored only as SHA-256 hashes.',
  '- **Keys:** KMS keys rotate yearly. JWT signing keys rotate every 90 days; the old public key',
  '  stays in the JWKS until the last token it signed has expired.',
]);

export function example(): SecurityArchitecture {
  return {
    authMethods: ['JWT', 'OAuth2/OIDC', 'API keys'],
    accessModel: 'RBAC',
    authNotes,
    measures: withIds<SecurityMeasure>(
      {
        measure: 'HTTPS everywhere',
        status: 'In place',
        notes: 'TLS terminated at the AWS ALB with ACM certificates; HSTS on every response',
      },
      {
        measure: 'Input validation and sanitization',
        status: 'In place',
        notes: 'Fastify JSON Schema validation on every route, from the OpenAPI spec',
      },
      {
        measure: 'SQL injection prevention',
        status: 'In place',
        notes: 'Parameterized queries only; one least-privilege database role per service',
      },
      {
        measure: 'XSS protection',
        status: 'In place',
        notes: 'React escapes output; Content-Security-Policy without inline scripts',
      },
      {
        measure: 'CSRF tokens',
        status: 'Planned',
        notes: 'Refresh cookie is HttpOnly and SameSite=Strict, plus a double-submit CSRF token',
      },
      {
        measure: 'Secrets management',
        status: 'Planned',
        notes: 'AWS Secrets Manager synced into Kubernetes by External Secrets; no secrets in Git',
      },
      {
        measure: 'Rate limiting',
        status: 'In place',
        notes: 'Kong limits per client and per IP; login limited to 10 attempts per minute',
      },
      {
        measure: 'Dependency and image scanning',
        status: 'Planned',
        notes: 'Dependabot and a Trivy scan in GitHub Actions; critical CVEs fail the build',
      },
    ),
    encryptionStrategy,
  };
}
