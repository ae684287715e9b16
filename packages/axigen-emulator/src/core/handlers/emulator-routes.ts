// The /__emulator/ routes: outbox, reset, seed, clock, faults, account settings. No auth: never expose publicly.
import type { EmulatorControls, SeedInput } from '../types';
import { open, type Route } from '../router';
import { badRequest, notFound } from '../errors';
import { emptyResponse, json, readJsonObject } from '../http';
import { rejectUnknownFields } from '../compose-payload';
import { parseFaultRule } from '../faults';

export function emulatorRoutes(controls: EmulatorControls): Route[] {
  return [
    open('GET', '/__emulator/outbox', async () => json(await controls.outbox())),
    open('DELETE', '/__emulator/outbox', () => {
      controls.clearOutbox();
      return emptyResponse();
    }),
    open('GET', '/__emulator/outbox/:id/raw', ({ params }) => {
      const msg = controls.rawOutbox().find((m) => m.id === params.id);
      if (!msg) throw notFound(`Outbox message ${params.id ?? ''}`);
      return new Response(msg.raw, { headers: { 'Content-Type': 'message/rfc822' } });
    }),
    open('POST', '/__emulator/reset', () => {
      controls.reset();
      return emptyResponse();
    }),
    open('POST', '/__emulator/seed', async ({ store, request }) => {
      const body = await readJsonObject(request, store.options.maxBodyBytes);
      rejectUnknownFields(body, ['accounts', 'mails']);
      return json(await controls.seed(body as SeedInput));
    }),
    open('GET', '/__emulator/clock', () => json(controls.clock())),
    open('POST', '/__emulator/clock', async ({ store, request }) => {
      const body = await readJsonObject(request, store.options.maxBodyBytes);
      rejectUnknownFields(body, ['advanceMs', 'set']);
      if (typeof body.advanceMs === 'number' && body.set === undefined)
        return json(await controls.advanceClock(body.advanceMs));
      if (typeof body.set === 'number' && body.advanceMs === undefined) return json(await controls.setClock(body.set));
      throw badRequest('INVALID_FIELD', 'Send either {advanceMs: number} or {set: epochMs}');
    }),
    open('GET', '/__emulator/faults', () => json(controls.faults())),
    open('POST', '/__emulator/faults', async ({ store, request }) => {
      const rule = parseFaultRule(await readJsonObject(request, store.options.maxBodyBytes));
      return json(controls.addFault(rule));
    }),
    open('DELETE', '/__emulator/faults', () => {
      controls.clearFaults();
      return emptyResponse();
    }),
    open('POST', '/__emulator/accounts/:user/settings', async ({ store, request, params }) => {
      const body = await readJsonObject(request, store.options.maxBodyBytes);
      rejectUnknownFields(body, ['saveToSent']);
      controls.setAccountSettings(params.user ?? '', body as { saveToSent?: boolean });
      return emptyResponse();
    }),
  ];
}
