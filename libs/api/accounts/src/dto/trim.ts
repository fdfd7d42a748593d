import { Transform } from 'class-transformer';

/** Trims surrounding whitespace of a string input before it is validated. */
export const Trim = (): PropertyDecorator =>
  Transform(({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value));
