import express, { type RequestHandler } from 'express';

/** Largest request body accepted (GraphQL documents and variables). */
export const MAX_BODY_BYTES = 100 * 1024;

/**
 * Parses JSON bodies up to MAX_BODY_BYTES. Too large or malformed bodies are answered right
 * here with 413 / 400 and a GraphQL-shaped error, before any resolver runs.
 */
export function jsonBody(): RequestHandler {
  const parse = express.json({ limit: MAX_BODY_BYTES });
  return (req, res, next) => {
    parse(req, res, (error?: unknown) => {
      if (!error) {
        next();
        return;
      }
      const status = (error as { status?: number }).status === 413 ? 413 : 400;
      res.status(status).json({
        errors: [
          {
            message: status === 413 ? 'Request body too large' : 'Malformed JSON body',
            extensions: {
              code: status === 413 ? 'PAYLOAD_TOO_LARGE' : 'BAD_REQUEST',
              messageKey: status === 413 ? 'errors.payloadTooLarge' : 'errors.badRequest',
            },
          },
        ],
      });
    });
  };
}
