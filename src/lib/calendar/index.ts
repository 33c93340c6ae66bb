/** The calendar: ISO dates, quarters (quý) and report periods, in one place. Pure. */
export * from './dates';
export * from './periods';
export * from './quarters';
