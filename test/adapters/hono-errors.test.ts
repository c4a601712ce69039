import { Hono } from 'hono';
import { describe, expect, it, vi } from 'vitest';
import { parapet, parapetOnError } from '../../src/adapters/hono.js';
import type { AuditEvent } from '../../src/http/types.js';
import { createParapet } from '../../src/parapet.js';

describe('parapet/hono error handler', () => {
  it('answers with the generic 500, audits once, and keeps the error off the console', async () => {
    const events: AuditEvent[] = [];
    const guard = createParapet({ rateLimit: false, server: { onEvent: (e) => events.push(e) } });
    const app = new Hono();
    app.use('*', parapet(guard));
    app.onError(parapetOnError(guard));
    app.get('/boom', () => {
      throw new Error('password=hunter2-very-secret');
    });
    const spy = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const response = await app.request('/boom');
    expect(spy).not.toHaveBeenCalled();
    spy.mockRestore();
    expect(response.status).toBe(500);
    const text = await response.text();
    expect(text).not.toContain('hunter2');
    expect(JSON.parse(text).error.code).toBe('internal_error');
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(events.filter((e) => e.type === 'error')).toHaveLength(1);
    expect(events.find((e) => e.type === 'error')?.errorMessage).not.toContain(
      'hunter2-very-secret',
    );
  });
});
