/**
 * How the overall colour follows from the dimensions:
 * - `worst-of-non-grey`: the worst colour among dimensions with data; grey only when no dimension has data;
 * - `worst`: grey counts too, ranking between green and amber, so a project is green overall only when every
 *   dimension has data and is green.
 */
export type OverallRagMode = 'worst' | 'worst-of-non-grey';
