import helmet from 'helmet';
import type { RequestHandler } from 'express';
import type { AppConfig } from './config';

/**
 * Security headers (helmet) for API and web app. The content security policy allows the app's
 * own scripts, Leaflet's inline styles, and images from the configured tile server. During
 * development it is left out so the GraphQL sandbox (served from a CDN) keeps working.
 */
export function securityHeaders(config: AppConfig): RequestHandler {
  const tileOrigin = config.tileUrl
    ? new URL(config.tileUrl.replace(/\{[a-z]\}/g, 'a')).origin
    : null;
  return helmet({
    contentSecurityPolicy: config.production
      ? {
          directives: {
            defaultSrc: ["'self'"],
            scriptSrc: ["'self'"],
            styleSrc: ["'self'", "'unsafe-inline'"],
            imgSrc: ["'self'", 'data:', ...(tileOrigin ? [tileOrigin] : [])],
            connectSrc: ["'self'"],
            objectSrc: ["'none'"],
            frameAncestors: ["'none'"],
            baseUri: ["'self'"],
            formAction: ["'self'"],
          },
        }
      : false,
    crossOriginEmbedderPolicy: false,
    referrerPolicy: { policy: 'strict-origin-when-cross-origin' },
  });
}
