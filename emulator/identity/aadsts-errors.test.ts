import { describe, expect, it } from 'vitest';
import { AadstsError, aadstsCodes } from './aadsts-errors.js';

describe('AadstsError.toBody', () => {
  it("uses Entra's error shape with trace and correlation ids in the description", () => {
    const body = new AadstsError(70016).toBody('https://127.0.0.1:1', 'corr-123');
    expect(body.error).toBe('authorization_pending');
    expect(body.error_codes).toEqual([70016]);
    expect(body.correlation_id).toBe('corr-123');
    expect(body.trace_id).toMatch(/^[0-9a-f-]{36}$/);
    expect(body.timestamp).toMatch(/^\d{4}-\d\d-\d\d \d\d:\d\d:\d\dZ$/);
    expect(body.error_description).toBe(
      `AADSTS70016: ${aadstsCodes[70016].message}\r\nTrace ID: ${body.trace_id}\r\nCorrelation ID: corr-123\r\nTimestamp: ${body.timestamp}`,
    );
    expect(body.error_uri).toBe('https://127.0.0.1:1/error?code=70016');
    expect(body).not.toHaveProperty('suberror');
  });

  it('fills message placeholders and carries the suberror for consent_required', () => {
    const error = new AadstsError(65001, { clientId: 'abc', appName: 'Desk' });
    const body = error.toBody('https://x');
    expect(error.status).toBe(400);
    expect(body.error).toBe('invalid_grant');
    expect(body.suberror).toBe('consent_required');
    expect(body.error_description).toContain("application with ID 'abc' named 'Desk'");
  });

  it('answers 401 invalid_client when public client flows are off', () => {
    const error = new AadstsError(7000218);
    expect(error.status).toBe(401);
    expect(error.toBody('https://x').error).toBe('invalid_client');
  });
});
