import { createHash, timingSafeEqual } from 'node:crypto';
import type { RequestHandler } from 'express';
import type { ApiSettings } from '../config.js';
import { ApiError } from './errors.js';

/**
 * Guards an endpoint that changes stored data with `Authorization: Bearer <ATLAS_API_TOKEN>`. Without a configured
 * token the endpoint is off (403), so a server nobody configured cannot be written to; a missing or wrong token is
 * 401. `action` names what is guarded, for the messages.
 */
export function requireToken(settings: Pick<ApiSettings, 'apiToken'>, action: string): RequestHandler {
  return (request, _response, next) => {
    const expected = settings.apiToken;
    if (!expected) {
      throw new ApiError(403, 'FORBIDDEN', `${action} is disabled: set ATLAS_API_TOKEN on the server to enable it.`);
    }
    const given = /^Bearer\s+(\S+)\s*$/i.exec(request.get('authorization') ?? '')?.[1];
    if (!given || !sameSecret(given, expected)) {
      throw new ApiError(
        401,
        'UNAUTHORIZED',
        `${action} needs the header "Authorization: Bearer <token>" with the server's ATLAS_API_TOKEN; it was ${given ? 'wrong' : 'missing'}.`,
        undefined,
        { 'WWW-Authenticate': 'Bearer realm="alliance-atlas"' },
      );
    }
    next();
  };
}

/** Compares in constant time; hashing first gives both sides one length, so the length leaks nothing either. */
function sameSecret(given: string, expected: string): boolean {
  const digest = (value: string) => createHash('sha256').update(value).digest();
  return timingSafeEqual(digest(given), digest(expected));
}
