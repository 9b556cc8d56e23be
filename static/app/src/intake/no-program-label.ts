/** How a proposal whose project is in no program reads on the board, in its filter and in its export. */
export const noProgramLabel = 'No program';
