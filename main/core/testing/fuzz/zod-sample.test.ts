import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { commandNames, commands } from '../../../../preload/contract';
import { Prng } from './prng';
import { validSample } from './zod-sample';

describe('zod-sample', () => {
  it('derives a payload every command of the contract accepts, for many seeds', () => {
    for (const command of commandNames) {
      for (let seed = 1; seed <= 50; seed++) {
        const sample = validSample(commands[command].input, new Prng(seed));
        expect(commands[command].input.safeParse(sample).success).toBe(true);
      }
    }
  });

  it('uses a hint for a field by name, and refuses a hint that does not fit', () => {
    const schema = z.object({ cloud: z.enum(['sandbox', 'public']), n: z.string().max(3) });
    expect(validSample(schema, new Prng(1), { cloud: ['sandbox'] })).toMatchObject({
      cloud: 'sandbox',
    });
    expect(() => validSample(schema, new Prng(1), { n: ['too long'] })).toThrow(/invalid value/);
  });

  it('says so for a schema kind it has no generator for, instead of sending nothing valid', () => {
    expect(() => validSample(z.object({ when: z.date() }), new Prng(1))).toThrow(/'date'/);
  });

  it('repeats exactly from the same seed', () => {
    const input = commands['appSetup.create'].input;
    expect(validSample(input, new Prng(42))).toEqual(validSample(input, new Prng(42)));
  });
});
