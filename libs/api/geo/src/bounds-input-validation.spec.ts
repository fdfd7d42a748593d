import 'reflect-metadata';
import { plainToInstance } from 'class-transformer';
import { validate } from 'class-validator';
import { describe, expect, it } from 'vitest';
import { BoundsInput } from './dto/bounds.input';

async function problems(plain: object): Promise<Record<string, string[]>> {
  const errors = await validate(plainToInstance(BoundsInput, plain));
  return Object.fromEntries(errors.map((e) => [e.property, Object.values(e.constraints ?? {})]));
}

describe('BoundsInput validation', () => {
  it('accepts the Rhein-Neckar region', async () => {
    expect(await problems({ south: 49.2, west: 8.3, north: 49.7, east: 9.1 })).toEqual({});
  });

  it('rejects latitudes and longitudes out of range with message keys', async () => {
    expect(await problems({ south: -95, west: 8.3, north: 49.7, east: 190 })).toEqual({
      south: ['bounds.latitude'],
      east: ['bounds.longitude'],
    });
  });

  it('rejects an inverted box on the field that is too large', async () => {
    expect(await problems({ south: 50, west: 9.1, north: 49, east: 8.3 })).toEqual({
      south: ['bounds.inverted'],
      west: ['bounds.inverted'],
    });
  });
});
