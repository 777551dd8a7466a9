import { describe, expect, it } from 'vitest';
import { GraphError } from './graph-route.js';
import { parseFilter } from './odata-filter.js';

const app = { appId: 'ABC-1', displayName: "O'Brien tools", isFallbackPublicClient: true };

describe('parseFilter', () => {
  it.each([
    ["appId eq 'abc-1'", true],
    ["appId eq 'abc-2'", false],
    ["displayName eq 'O''Brien tools'", true],
    ["startswith(displayName,'o''b')", true],
    ["startswith(displayName, 'tools')", false],
    ["appId eq 'ABC-1' and isFallbackPublicClient eq true", true],
    ["appId eq 'ABC-1' AND isFallbackPublicClient eq false", false],
    ['description eq null', true],
    [null, true],
  ])('%s matches: %s', (filter, expected) => {
    expect(parseFilter(filter)(app)).toBe(expected);
  });

  it.each([
    "appId ne 'x'",
    "contains(displayName,'x')",
    "appId eq 'x' or appId eq 'y'",
    'appId eq x',
  ])('refuses %s as Request_UnsupportedQuery', (filter) => {
    let error: unknown;
    try {
      parseFilter(filter);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(GraphError);
    expect(error).toMatchObject({ status: 400, code: 'Request_UnsupportedQuery' });
  });
});
