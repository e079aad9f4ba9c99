const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Ids from clients are checked before they reach SQL, where a malformed uuid would be an error. */
export const isUuid = (value: unknown): value is string => typeof value === 'string' && UUID.test(value);
