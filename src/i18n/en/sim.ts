/** English explanations of the simulation's hops, outcomes and field changes (keys under "sim."). */
export const simEn = {
  'sim.placeholder': 'The simulation explains each hop here.',
} as const;
