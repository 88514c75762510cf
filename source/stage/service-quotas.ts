// The service's published quotas (per account and region) that this program plans around: the
// emulator enforces them, a batch paces itself and checks its room by them. One place, so the
// two can never disagree.

/** Stages per account and region (adjustable in the real service; the emulator's limit). */
export const stageQuota = 100;

/** Public keys for self-signed participant tokens per account and region (not adjustable). */
export const publicKeyQuota = 3;

/** CreateStage requests per second (and every other stage operation's). */
export const createStageRatePerSecond = 5;

/** The most stages one batch makes: the whole quota. */
export const maxBatchCount = stageQuota;
