import 'reflect-metadata';
import { plainToInstance } from 'class-transformer';
import { validate } from 'class-validator';
import { describe, expect, it } from 'vitest';
import { GeoPointInput } from './dto/geo-point.input';

async function problems(plain: object): Promise<Record<string, string[]>> {
  const errors = await validate(plainToInstance(GeoPointInput, plain));
  return Object.fromEntries(errors.map((e) => [e.property, Object.values(e.constraints ?? {})]));
}

describe('GeoPointInput validation', () => {
  it('accepts Heidelberg castle', async () => {
    expect(await problems({ lat: 49.4106, lng: 8.7153 })).toEqual({});
  });

  it('rejects coordinates out of range with message keys', async () => {
    expect(await problems({ lat: 91, lng: -181 })).toEqual({
      lat: ['geo.latitude'],
      lng: ['geo.longitude'],
    });
  });
});
