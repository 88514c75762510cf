export function withoutPrepare(text: string): string;
