import type { Problem, Result } from '../../preload/contract';

export const ok = <T>(value: T): Result<T> => ({ ok: true, value });

export const fail = (problem: Problem): Result<never> => ({ ok: false, ...problem });
