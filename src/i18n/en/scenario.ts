/** English messages of the scenario format: validation errors, presets, share links, files, editor. */
export const scenarioEn = {
  'scenario.placeholder': 'Scenario messages live here.',
} as const;
