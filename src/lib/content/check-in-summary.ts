// The severity question's answer, short: for the episode plan, History's day and the report.
// The summary's own words are in messages/check-in.*.ts.

/** The severity question's answer, short. */
export const severeShort = 'pain so bad it is hard to think, sleep or move';
