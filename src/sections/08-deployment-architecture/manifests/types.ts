export interface ManifestResource {
  kind: string;
  name: string;
  namespace?: string;
  /** spec.replicas as written; Deployments etc. that omit it run 1 (see `manifestTable`). */
  replicas?: number;
  /** HorizontalPodAutoscaler bounds; minReplicas defaults to 1 as in Kubernetes. */
  minReplicas?: number;
  maxReplicas?: number;
  /** What an HPA scales, as "Deployment/api-service". */
  scaleTarget?: string;
  /** Service type when not the default ClusterIP: LoadBalancer, NodePort, ExternalName. */
  serviceType?: string;
  /** Container images of the pod template (initContainers included), without repeats. */
  images: string[];
  /** Workloads: container ports "8080/TCP". Services: "80→8080" (port→targetPort). */
  ports: string[];
  /** Ingress routes: "shop.example.com/api → api:80"; "default → frontend:80". */
  routes: string[];
  /** 1-based line where the document starts, for jumping to it in the editor. */
  line: number;
}

export interface ManifestProblem {
  message: string;
  line: number;
}

export interface ManifestSummary {
  /** One per Kubernetes object, in document order (items of a `kind: List` included). */
  resources: ManifestResource[];
  problems: ManifestProblem[];
}
