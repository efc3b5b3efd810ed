/** English title and description of the preset a first-time visitor sees (kept apart so the first view needs no other preset). */
export const defaultPresetEn = {
  'scenario.preset.two-nodes-hostgw.title': 'Two nodes, host routing',
  'scenario.preset.two-nodes-hostgw.description':
    'A web pod with a log sidecar, and an API pod on the other node, reached through plain routes between the nodes (host-gw).',
} as const;
