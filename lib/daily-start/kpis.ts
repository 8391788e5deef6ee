import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { authorize } from "@/lib/auth/permissions";
import { db, type Transaction } from "@/lib/db/client";
import { NotFoundError } from "@/lib/errors";
import { publish } from "@/lib/realtime/publish";
import { loadWritableTeam, teamPermission, type TeamScope } from "./commands";
import { dayToDate } from "./days";
import { kpiStatus, type KpiStatus } from "./kpi-status";
import type { CreateKpiInput, EnterKpiValueInput, KpiIdInput, UpdateKpiInput } from "./schemas";

// The performance board: leads (and admins) define their team's KPIs and enter a value per day.

const TRANSACTION_OPTIONS = { maxWait: 10_000, timeout: 15_000 } as const;

async function announce(tx: Transaction, team: TeamScope, actor: Actor): Promise<void> {
  await publish(tx, { kind: "dailyStart.updated", organisationId: team.organisationId, teamId: team.id, actorId: actor.userId });
}

async function loadKpi(tx: Transaction, actor: Actor, id: string) {
  const kpi = await tx.kpi.findFirst({
    where: { id, organisationId: actor.organisationId },
    select: { id: true, teamId: true, target: true, direction: true, archivedAt: true },
  });
  if (!kpi) throw new NotFoundError();
  const team = await loadWritableTeam(tx, actor, kpi.teamId);
  authorize(actor, teamPermission("kpi.manage", team));
  return { kpi, team };
}

export async function createKpi(actor: Actor, input: CreateKpiInput): Promise<{ id: string }> {
  return db.$transaction(async (tx) => {
    const team = await loadWritableTeam(tx, actor, input.teamId);
    authorize(actor, teamPermission("kpi.manage", team));
    const last = await tx.kpi.aggregate({ where: { teamId: team.id, organisationId: team.organisationId }, _max: { position: true } });
    const kpi = await tx.kpi.create({
      data: {
        organisationId: team.organisationId,
        teamId: team.id,
        name: input.name,
        unit: input.unit,
        target: input.target,
        direction: input.direction,
        position: (last._max.position ?? -1) + 1,
      },
      select: { id: true },
    });
    await announce(tx, team, actor);
    return kpi;
  }, TRANSACTION_OPTIONS);
}

export async function updateKpi(actor: Actor, input: UpdateKpiInput): Promise<{ id: string }> {
  return db.$transaction(async (tx) => {
    const { kpi, team } = await loadKpi(tx, actor, input.id);
    if (kpi.archivedAt) throw new NotFoundError();
    await tx.kpi.update({
      where: { id: kpi.id },
      data: { name: input.name, unit: input.unit, target: input.target, direction: input.direction },
      select: { id: true },
    });
    await announce(tx, team, actor);
    return { id: kpi.id };
  }, TRANSACTION_OPTIONS);
}

/** Takes a KPI off the performance board; its values stay in the database. */
export async function archiveKpi(actor: Actor, input: KpiIdInput): Promise<{ id: string }> {
  return db.$transaction(async (tx) => {
    const { kpi, team } = await loadKpi(tx, actor, input.id);
    if (!kpi.archivedAt) {
      await tx.kpi.update({ where: { id: kpi.id }, data: { archivedAt: new Date() }, select: { id: true } });
      await announce(tx, team, actor);
    }
    return { id: kpi.id };
  }, TRANSACTION_OPTIONS);
}

/** Enters (or corrects, or with no value clears) a KPI's value for a day; answers its colour. */
export async function setKpiValue(actor: Actor, input: EnterKpiValueInput): Promise<{ kpiId: string; day: string; value: number | null; status: KpiStatus }> {
  return db.$transaction(async (tx) => {
    const { kpi, team } = await loadKpi(tx, actor, input.kpiId);
    if (kpi.archivedAt) throw new NotFoundError();
    const day = dayToDate(input.day);
    if (input.value === null) await tx.kpiValue.deleteMany({ where: { kpiId: kpi.id, day } });
    else
      await tx.kpiValue.upsert({
        where: { kpiId_day: { kpiId: kpi.id, day } },
        create: { organisationId: team.organisationId, kpiId: kpi.id, day, value: input.value, enteredById: actor.userId },
        update: { value: input.value, enteredById: actor.userId },
        select: { id: true },
      });
    await announce(tx, team, actor);
    const target = kpi.target === null ? null : kpi.target.toNumber();
    return { kpiId: kpi.id, day: input.day, value: input.value, status: kpiStatus({ value: input.value, target, direction: kpi.direction }) };
  }, TRANSACTION_OPTIONS);
}
