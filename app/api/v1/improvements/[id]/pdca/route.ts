import { defineRoute } from "@/lib/auth/route";
import { updatePdcaCycle } from "@/lib/pdca/commands";
import { getPdcaChecklist } from "@/lib/pdca/queries";
import { updatePdcaCycleSchema } from "@/lib/pdca/schemas";
import type { PdcaChecklist, PdcaCycleDto } from "@/lib/pdca/types";

// GET /api/v1/improvements/<id>/pdca: the PDCA checklist (current cycle, earlier cycles).
export const GET = defineRoute<{ id: string }, undefined, PdcaChecklist>("api.pdca.get", {}, async ({ actor, params }) => getPdcaChecklist(actor, params.id));

// PATCH /api/v1/improvements/<id>/pdca {cycle, version, plan?, do?, check?, act?}: a section sent
// replaces its fields, one left out stays; 409 on a stale version, 400 naming bad fields.
export const PATCH = defineRoute<{ id: string }, typeof updatePdcaCycleSchema, PdcaCycleDto>(
  "api.pdca.update",
  { body: updatePdcaCycleSchema },
  async ({ actor, params, input }) => updatePdcaCycle(actor, params.id, input),
);
