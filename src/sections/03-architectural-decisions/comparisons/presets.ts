/**
 * Criteria that most technology choices weigh, offered to take or leave (the list),
 * each with what it asks so that scorers read it the same way.
 */
export const PRESET_CRITERIA = [
  { name: 'Maturity', asks: 'Track record in production, stability of releases and APIs' },
  { name: 'Performance', asks: 'Latency and throughput for this system’s workload' },
  { name: 'Scalability', asks: 'How far it grows with load, and how it scales out' },
  { name: 'Team expertise', asks: 'What the teams already know and run' },
  { name: 'Cost', asks: 'Licences, hosting and the people to run it' },
  { name: 'Community and support', asks: 'Ecosystem, documentation, vendor or community help' },
  { name: 'Licensing', asks: 'Licence terms and their fit with how the system is sold' },
  { name: 'Operability', asks: 'Deploying, monitoring, upgrading and backing it up' },
  { name: 'Security', asks: 'Security record, hardening, patches and compliance' },
] as const;

/** The template's own 3.2 layers, suggested after those the document already uses. */
const TEMPLATE_LAYERS = [
  'Frontend',
  'Backend',
  'Database',
  'Cache',
  'Message Queue',
  'Container',
  'API Gateway',
  'Load Balancer',
];

/** Layer suggestions: the document's 3.2 layers first, then the template's, each once. */
export function layerSuggestions(stackLayers: readonly string[]): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const layer of [...stackLayers, ...TEMPLATE_LAYERS]) {
    const key = layer.trim().toLowerCase();
    if (key && !seen.has(key)) {
      seen.add(key);
      out.push(layer.trim());
    }
  }
  return out;
}
