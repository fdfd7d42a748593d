/**
 * Session settings for the API's connections to a PostgreSQL server (the `options` startup
 * parameter; the embedded database takes none and has no JIT). No JIT compilation: the app's
 * statements take milliseconds, but the planner's estimates for a text prefix (millions of
 * rows) or a nearest-first walk run past `jit_above_cost`, and PostgreSQL then spent tens of
 * milliseconds compiling them (a text lookup of the map: about 20 ms of 25).
 */
export const SERVER_SESSION_OPTIONS = '-c jit=off';
