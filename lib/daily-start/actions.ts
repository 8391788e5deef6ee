"use server";

import { defineAction, defineFormAction } from "@/lib/auth/action";
import { createSuccess } from "@/lib/successes/commands";
import { createSuccessSchema, successFormInput } from "@/lib/successes/schemas";
import {
  addDailyStartItem,
  checkInMood,
  convertBottleneckToImprovement,
  deleteDailyStartItem,
  finishDailyStart,
  markDailyStartRead,
  setAttendance,
  setDailyStartSection,
  startDailyStart,
  updateDailyStartSettings,
} from "./commands";
import { archiveKpi, createKpi, setKpiValue, updateKpi } from "./kpis";
import {
  addItemSchema,
  checkInSchema,
  createKpiSchema,
  dailyStartIdSchema,
  enterKpiValueSchema,
  itemIdSchema,
  kpiIdSchema,
  setAttendanceSchema,
  setSectionSchema,
  teamIdSchema,
  updateKpiSchema,
  updateSettingsSchema,
} from "./schemas";

// Thin: sign-in, schema, service. The services ask the permission module and run one transaction.

export const startDailyStartAction = defineAction("dailyStart.start", teamIdSchema, (actor, input) => startDailyStart(actor, input));

export const setDailyStartSectionAction = defineAction("dailyStart.setSection", setSectionSchema, (actor, input) => setDailyStartSection(actor, input));

export const finishDailyStartAction = defineAction("dailyStart.finish", teamIdSchema, (actor, input) => finishDailyStart(actor, input));

export const setAttendanceAction = defineAction("dailyStart.setAttendance", setAttendanceSchema, (actor, input) => setAttendance(actor, input));

export const addDailyStartItemAction = defineFormAction("dailyStart.addItem", addItemSchema, (actor, input) => addDailyStartItem(actor, input));

export const deleteDailyStartItemAction = defineAction("dailyStart.deleteItem", itemIdSchema, deleteDailyStartItem);

export const convertBottleneckAction = defineAction("dailyStart.convertBottleneck", itemIdSchema, convertBottleneckToImprovement);

export const checkInMoodAction = defineAction("dailyStart.checkIn", checkInSchema, (actor, input) => checkInMood(actor, input));

export const markDailyStartReadAction = defineAction("dailyStart.markRead", dailyStartIdSchema, markDailyStartRead);

export const updateDailyStartSettingsAction = defineFormAction("dailyStart.updateSettings", updateSettingsSchema, updateDailyStartSettings);

export const createKpiAction = defineFormAction("dailyStart.createKpi", createKpiSchema, createKpi);

export const updateKpiAction = defineFormAction("dailyStart.updateKpi", updateKpiSchema, updateKpi);

export const archiveKpiAction = defineAction("dailyStart.archiveKpi", kpiIdSchema, archiveKpi);

export const setKpiValueAction = defineFormAction("dailyStart.setKpiValue", enterKpiValueSchema, setKpiValue);

// The "record a success" quick action: the successes module's own schema and service, answered
// here instead of redirecting, so the stand-up stays on its page.
export const recordSuccessAction = defineFormAction(
  "dailyStart.recordSuccess",
  createSuccessSchema,
  async (actor, input) => {
    const created = await createSuccess(actor, input);
    return { id: created.id };
  },
  successFormInput,
);
