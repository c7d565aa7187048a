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

const manifests = `# The Product Service in full; the other services follow the same pattern, shown shorter below.
apiVersion: apps/v1
kind: Deployment
metadata:
  name: product-service
  namespace: shopstream
  labels:
    app: product-service
spec:
  replicas: 3
  selector:
    matchLabels:
      app: product-service
  template:
    metadata:
      labels:
        app: product-service
    spec:
      # One replica per availability zone.
      topologySpreadConstraints:
        - maxSkew: 1
          topologyKey: topology.kubernetes.io/zone
          whenUnsatisfiable: DoNotSchedule
          labelSelector:
            matchLabels:
              app: product-service
      containers:
        - name: product
          image: 123456789012.dkr.ecr.eu-central-1.amazonaws.com/shopstream/product-service:1.4.2
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
  name: product-service
  namespace: shopstream
spec:
  selector:
    app: product-service
  ports:
    - port: 80
      targetPort: 8080
---
apiVersion: autoscaling/v2
kind: HorizontalPodAutoscaler
metadata:
  name: product-service
  namespace: shopstream
spec:
  scaleTargetRef:
    apiVersion: apps/v1
    kind: Deployment
    name: product-service
  minReplicas: 3
  maxReplicas: 12
  metrics:
    - type: Resource
      resource:
        name: cpu
        target:
          type: Utilization
          averageUtilization: 70
---
# Auth Service: login and token refresh, light but on every session.
apiVersion: apps/v1
kind: Deployment
metadata:
  name: auth-service
  namespace: shopstream
spec:
  replicas: 3
  selector:
    matchLabels:
      app: auth-service
  template:
    metadata:
      labels:
        app: auth-service
    spec:
      containers:
        - name: auth
          image: 123456789012.dkr.ecr.eu-central-1.amazonaws.com/shopstream/auth-service:2.0.1
          ports:
            - containerPort: 8080
          resources:
            requests:
              cpu: 250m
              memory: 256Mi
---
apiVersion: v1
kind: Service
metadata:
  name: auth-service
  namespace: shopstream
spec:
  selector:
    app: auth-service
  ports:
    - port: 80
      targetPort: 8080
---
apiVersion: autoscaling/v2
kind: HorizontalPodAutoscaler
metadata:
  name: auth-service
  namespace: shopstream
spec:
  scaleTargetRef:
    apiVersion: apps/v1
    kind: Deployment
    name: auth-service
  minReplicas: 3
  maxReplicas: 6
  metrics:
    - type: Resource
      resource:
        name: cpu
        target:
          type: Utilization
          averageUtilization: 70
---
# User Service.
apiVersion: apps/v1
kind: Deployment
metadata:
  name: user-service
  namespace: shopstream
spec:
  replicas: 3
  selector:
    matchLabels:
      app: user-service
  template:
    metadata:
      labels:
        app: user-service
    spec:
      containers:
        - name: user
          image: 123456789012.dkr.ecr.eu-central-1.amazonaws.com/shopstream/user-service:1.9.0
          ports:
            - containerPort: 8080
          resources:
            requests:
              cpu: 250m
              memory: 256Mi
---
apiVersion: v1
kind: Service
metadata:
  name: user-service
  namespace: shopstream
spec:
  selector:
    app: user-service
  ports:
    - port: 80
      targetPort: 8080
---
apiVersion: autoscaling/v2
kind: HorizontalPodAutoscaler
metadata:
  name: user-service
  namespace: shopstream
spec:
  scaleTargetRef:
    apiVersion: apps/v1
    kind: Deployment
    name: user-service
  minReplicas: 3
  maxReplicas: 6
  metrics:
    - type: Resource
      resource:
        name: cpu
        target:
          type: Utilization
          averageUtilization: 70
---
# API Gateway: Kong in DB-less mode, its declarative configuration from a ConfigMap.
apiVersion: apps/v1
kind: Deployment
metadata:
  name: api-gateway
  namespace: shopstream
spec:
  replicas: 3
  selector:
    matchLabels:
      app: api-gateway
  template:
    metadata:
      labels:
        app: api-gateway
    spec:
      containers:
        - name: api
          image: kong/kong-gateway:3.9
          ports:
            - containerPort: 8000
          resources:
            requests:
              cpu: 250m
              memory: 256Mi
---
apiVersion: v1
kind: Service
metadata:
  name: api-gateway
  namespace: shopstream
spec:
  selector:
    app: api-gateway
  ports:
    - port: 80
      targetPort: 8000
---
apiVersion: autoscaling/v2
kind: HorizontalPodAutoscaler
metadata:
  name: api-gateway
  namespace: shopstream
spec:
  scaleTargetRef:
    apiVersion: apps/v1
    kind: Deployment
    name: api-gateway
  minReplicas: 3
  maxReplicas: 9
  metrics:
    - type: Resource
      resource:
        name: cpu
        target:
          type: Utilization
          averageUtilization: 70`;

// The template of the document Archbench grew from (its "AWS Architecture"), completed: the
// second public subnet its load balancer names, private subnets for the data services, the
// database's engine and backups as 4.2 and 11.1 describe them.
const cloudTemplate = `AWSTemplateFormatVersion: '2010-09-09'
Description: 'Scalable Web Application Architecture'

Resources:
  VPC:
    Type: AWS::EC2::VPC
    Properties:
      CidrBlock: 10.0.0.0/16
      EnableDnsHostnames: true
      EnableDnsSupport: true

  PublicSubnet1:
    Type: AWS::EC2::Subnet
    Properties:
      VpcId: !Ref VPC
      CidrBlock: 10.0.1.0/24
      AvailabilityZone: !Select [0, !GetAZs '']
      MapPublicIpOnLaunch: true

  PublicSubnet2:
    Type: AWS::EC2::Subnet
    Properties:
      VpcId: !Ref VPC
      CidrBlock: 10.0.2.0/24
      AvailabilityZone: !Select [1, !GetAZs '']
      MapPublicIpOnLaunch: true

  PrivateSubnet1:
    Type: AWS::EC2::Subnet
    Properties:
      VpcId: !Ref VPC
      CidrBlock: 10.0.10.0/24
      AvailabilityZone: !Select [0, !GetAZs '']

  PrivateSubnet2:
    Type: AWS::EC2::Subnet
    Properties:
      VpcId: !Ref VPC
      CidrBlock: 10.0.11.0/24
      AvailabilityZone: !Select [1, !GetAZs '']

  ApplicationLoadBalancer:
    Type: AWS::ElasticLoadBalancingV2::LoadBalancer
    Properties:
      Scheme: internet-facing
      Subnets:
        - !Ref PublicSubnet1
        - !Ref PublicSubnet2

  ECSCluster:
    Type: AWS::ECS::Cluster
    Properties:
      ClusterSettings:
        - Name: containerInsights
          Value: enabled

  DatabaseSubnets:
    Type: AWS::RDS::DBSubnetGroup
    Properties:
      DBSubnetGroupDescription: !Sub 'Private subnets of \${AWS::StackName}'
      SubnetIds:
        - !Ref PrivateSubnet1
        - !Ref PrivateSubnet2

  RDSDatabase:
    Type: AWS::RDS::DBInstance
    Properties:
      DBInstanceClass: db.t3.medium
      Engine: postgres
      EngineVersion: '16.4'
      AllocatedStorage: 100
      StorageType: gp3
      MultiAZ: true
      BackupRetentionPeriod: 35
      DBSubnetGroupName: !Ref DatabaseSubnets

  CacheSubnets:
    Type: AWS::ElastiCache::SubnetGroup
    Properties:
      Description: Private subnets for the cache
      SubnetIds:
        - !Ref PrivateSubnet1
        - !Ref PrivateSubnet2

  ElastiCacheCluster:
    Type: AWS::ElastiCache::CacheCluster
    Properties:
      CacheNodeType: cache.t3.micro
      Engine: redis
      NumCacheNodes: 1
      CacheSubnetGroupName: !Ref CacheSubnets

Outputs:
  LoadBalancerDns:
    Value: !GetAtt ApplicationLoadBalancer.DNSName`;

export function example(): DeploymentArchitecture {
  return {
    deploymentDiagram,
    manifests,
    cloudTemplate,
    pipeline: withIds<PipelineStage>(
      { stage: 'Source control', tool: 'Git (GitHub)' },
      { stage: 'CI', tool: 'GitHub Actions' },
      { stage: 'Container registry', tool: 'Amazon ECR' },
      { stage: 'Deployment', tool: 'Argo CD onto AWS EKS' },
      { stage: 'Monitoring', tool: 'Prometheus + Grafana' },
    ),
  };
}
