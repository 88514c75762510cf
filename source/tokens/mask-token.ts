// Participant tokens are bearer credentials: anyone who has one can join the stage as that user.
// The table masks them unless the user asks, so a screen share or a screenshot does not leak them.

/** A fixed-width mask: its length says nothing about the token, and it fits any column. */
export const tokenMask = '••••••••••••';
