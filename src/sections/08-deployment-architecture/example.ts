import { withIds } from '../../core/document/fields';
import type { DeploymentArchitecture, PipelineStage } from './model';

const deploymentDiagram = `flowchart TB
    subgraph aws["AWS eu-central-1, three availability zones"]
        lb["Load Balancer: AWS ALB"]
        subgraph eks["Kubernetes: AWS EKS, nodes in every zone"]
            gw["API Gateway: Kong"]
            auth["Auth Service x3"]
            users["User Service x3"]
            products["Product Service x3"]
            argocd[Argo CD]
        end
        subgraph data["Managed data services, Multi-AZ"]
            userdb[("User DB: RDS PostgreSQL 16")]
            productdb[("Product DB: RDS PostgreSQL 16, 2 read replicas")]
            cache[("Cache: ElastiCache Redis 7")]
            kafka[["Kafka: Amazon MSK"]]
        end
        ecr[Amazon ECR]
    end
    client[Web Client] -->|HTTPS| lb
    client -->|static assets| cdn[CloudFront CDN]
    cdn --> s3[("S3: web client build, images")]
    lb --> gw
    gw --> auth & users & products
    users --> userdb
    products --> productdb
    auth & users & products --> cache
    users & products --> kafka
    github[GitHub] -->|build on merge| gha[GitHub Actions]
    gha -->|push images| ecr
    github -->|manifests| argocd
    argocd -.->|deploys| gw
    argocd -.-> auth & users & products
    ecr -.->|pull images| eks`;

const manifests = `# Kubernetes manifests of one service; every ShopStream service follows this pattern.
apiVersion: apps/v1
kind: Deployment
metadata:
  name: api-service
  namespace: shopstream
  labels:
    app: api-service
spec:
  replicas: 3
  selector:
    matchLabels:
      app: api-service
  template:
    metadata:
      labels:
        app: api-service
    spec:
      # One replica per availability zone.
      topologySpreadConstraints:
        - maxSkew: 1
          topologyKey: topology.kubernetes.io/zone
          whenUnsatisfiable: DoNotSchedule
          labelSelector:
            matchLabels:
              app: api-service
      containers:
        - name: api
          image: 123456789012.dkr.ecr.eu-central-1.amazonaws.com/shopstream/api-service:1.4.2
          ports:
            - containerPort: 8080
          env:
            - name: DATABASE_URL
              valueFrom:
                secretKeyRef:
                  name: db-secret
                  key: url
          resources:
            requests:
              cpu: 250m
              memory: 256Mi
            limits:
              memory: 512Mi
          readinessProbe:
            httpGet:
              path: /health/ready
              port: 8080
          livenessProbe:
            httpGet:
              path: /health/live
              port: 8080
---
apiVersion: v1
kind: Service
metadata:
  name: api-service
  namespace: shopstream
spec:
  selector:
    app: api-service
  ports:
    - port: 80
      targetPort: 8080
---
apiVersion: autoscaling/v2
kind: HorizontalPodAutoscaler
metadata:
  name: api-service
  namespace: shopstream
spec:
  scaleTargetRef:
    apiVersion: apps/v1
    kind: Deployment
    name: api-service
  minReplicas: 3
  maxReplicas: 12
  metrics:
    - type: Resource
      resource:
        name: cpu
        target:
          type: Utilization
          averageUtilization: 70`;

export function example(): DeploymentArchitecture {
  return {
    deploymentDiagram,
    manifests,
    pipeline: withIds<PipelineStage>(
      { stage: 'Source control', tool: 'Git (GitHub)' },
      { stage: 'CI', tool: 'GitHub Actions' },
      { stage: 'Container registry', tool: 'Amazon ECR' },
      { stage: 'Deployment', tool: 'Argo CD onto AWS EKS' },
      { stage: 'Monitoring', tool: 'Prometheus + Grafana' },
    ),
  };
}
