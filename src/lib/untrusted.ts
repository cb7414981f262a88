/** A plain object read from outside (storage, a link, a fetched file), before its fields are checked. */
export const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
