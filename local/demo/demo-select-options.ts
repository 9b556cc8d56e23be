/** A select-list option as Jira stores it; issues carry it as `{ self, value, id }` (see toOptionValue). */
export interface DemoSelectOption {
  id: string;
  value: string;
}

/** The options of the demo's select fields; for Probability and Impact, index 0 is score 1. */
export const demoSelectOptions: {
  probability: readonly DemoSelectOption[];
  impact: readonly DemoSelectOption[];
  program: readonly DemoSelectOption[];
  strategicTheme: readonly DemoSelectOption[];
} = {
  probability: [
    { id: '10100', value: '1 - Rare' },
    { id: '10101', value: '2 - Unlikely' },
    { id: '10102', value: '3 - Possible' },
    { id: '10103', value: '4 - Likely' },
    { id: '10104', value: '5 - Almost certain' },
  ],
  impact: [
    { id: '10110', value: '1 - Negligible' },
    { id: '10111', value: '2 - Minor' },
    { id: '10112', value: '3 - Moderate' },
    { id: '10113', value: '4 - Major' },
    { id: '10114', value: '5 - Severe' },
  ],
  // The same names as the project categories, as many sites keep both.
  program: [
    { id: '10120', value: 'Digital Channels' },
    { id: '10121', value: 'Core Platforms' },
    { id: '10122', value: 'Regulatory & Risk' },
  ],
  strategicTheme: [
    { id: '10130', value: 'Digital growth' },
    { id: '10131', value: 'Customer experience' },
    { id: '10132', value: 'Cost efficiency' },
    { id: '10133', value: 'Regulatory compliance' },
    { id: '10134', value: 'Risk reduction' },
  ],
};
