"use client";

import { Settings2 } from "lucide-react";
import { useRouter } from "next/navigation";
import { useFormatter, useLocale, useTranslations } from "next-intl";
import { Dialog } from "radix-ui";
import { useActionState, useEffect, useRef, useState } from "react";
import { toast } from "sonner";
import { Button } from "@/components/ui/button";
import { Field, FormMessage, Select, TextInput } from "@/components/ui/field";
import type { FormState } from "@/lib/auth/action";
import { archiveKpiAction, createKpiAction, updateDailyStartSettingsAction, updateKpiAction } from "@/lib/daily-start/actions";
import { KPI_NAME_MAX, KPI_UNIT_MAX, kpiDirections } from "@/lib/daily-start/limits";
import { STUCK_AFTER_DAYS_MAX, STUCK_AFTER_DAYS_MIN } from "@/lib/daily-start/stuck";
import type { KpiView } from "@/lib/daily-start/types";
import { formatKpiValue } from "./format";
import { useRunAction } from "./use-run-action";

/** Reacts once to each submit's result: refresh on success, then tell the caller. */
function useSubmitted<T>(state: FormState<T>, onSuccess: () => void) {
  const router = useRouter();
  const handled = useRef<number | undefined>(undefined);
  const callback = useRef(onSuccess);
  useEffect(() => {
    callback.current = onSuccess;
  });
  useEffect(() => {
    if (!state.submittedAt || handled.current === state.submittedAt) return;
    handled.current = state.submittedAt;
    if (!state.ok) return;
    router.refresh();
    callback.current();
  }, [router, state]);
}

function KpiForm({ teamId, kpi, onDone }: { teamId: string; kpi?: KpiView; onDone: () => void }) {
  const t = useTranslations("dailyStart.kpiManager");
  const tCommon = useTranslations("common");
  const format = useFormatter();
  const [state, formAction, pending] = useActionState(kpi ? updateKpiAction : createKpiAction, {});
  useSubmitted(state, () => {
    toast.success(kpi ? t("updated") : t("created"));
    onDone();
  });
  const values = state.ok === false ? state.values : undefined;
  const errors = state.ok === false ? state.fieldErrors : undefined;
  const prefix = kpi ? `kpi-edit-${kpi.id}` : "kpi-new";
  const target = kpi?.target === null || kpi?.target === undefined ? "" : format.number(kpi.target, { useGrouping: false, maximumFractionDigits: 2 });
  return (
    <form action={formAction} noValidate className="flex flex-col gap-3" key={state.submittedAt ?? "form"}>
      {kpi ? <input type="hidden" name="id" value={kpi.id} /> : <input type="hidden" name="teamId" value={teamId} />}
      <div className="grid gap-3 sm:grid-cols-2">
        <Field id={`${prefix}-name`} label={t("name")} hint={t("nameHint")} errors={errors?.name}>
          {({ id, describedBy, invalid }) => (
            <TextInput id={id} name="name" maxLength={KPI_NAME_MAX} defaultValue={values?.name ?? kpi?.name} aria-describedby={describedBy} aria-invalid={invalid} autoComplete="off" />
          )}
        </Field>
        <Field id={`${prefix}-unit`} label={`${t("unit")} (${tCommon("optional")})`} hint={t("unitHint")} errors={errors?.unit}>
          {({ id, describedBy, invalid }) => (
            <TextInput id={id} name="unit" maxLength={KPI_UNIT_MAX} defaultValue={values?.unit ?? kpi?.unit} aria-describedby={describedBy} aria-invalid={invalid} autoComplete="off" />
          )}
        </Field>
        <Field id={`${prefix}-target`} label={`${t("target")} (${tCommon("optional")})`} hint={t("targetHint")} errors={errors?.target}>
          {({ id, describedBy, invalid }) => (
            <TextInput id={id} name="target" inputMode="decimal" defaultValue={values?.target ?? target} aria-describedby={describedBy} aria-invalid={invalid} autoComplete="off" />
          )}
        </Field>
        <Field id={`${prefix}-direction`} label={t("direction")} errors={errors?.direction}>
          {({ id, describedBy, invalid }) => (
            <Select id={id} name="direction" defaultValue={values?.direction ?? kpi?.direction ?? "HIGHER_IS_BETTER"} aria-describedby={describedBy} aria-invalid={invalid}>
              {kpiDirections.map((direction) => (
                <option key={direction} value={direction}>
                  {t(`directions.${direction}`)}
                </option>
              ))}
            </Select>
          )}
        </Field>
      </div>
      <FormMessage message={state.ok === false && !state.fieldErrors ? state.message : undefined} />
      <div className="flex justify-end gap-2">
        {kpi ? (
          <Button variant="secondary" onClick={onDone}>
            {tCommon("cancel")}
          </Button>
        ) : null}
        <Button type="submit" disabled={pending}>
          {pending ? tCommon("saving") : kpi ? tCommon("save") : t("add")}
        </Button>
      </div>
    </form>
  );
}

function SettingsForm({ teamId, stuckAfterDays }: { teamId: string; stuckAfterDays: number }) {
  const t = useTranslations("dailyStart.kpiManager");
  const tCommon = useTranslations("common");
  const [state, formAction, pending] = useActionState(updateDailyStartSettingsAction, {});
  useSubmitted(state, () => toast.success(t("settingsSaved")));
  const failed = state.ok === false;
  return (
    <form action={formAction} noValidate className="flex flex-wrap items-end gap-3" key={state.submittedAt ?? "form"}>
      <input type="hidden" name="teamId" value={teamId} />
      <div className="w-full sm:w-auto">
        <Field id="stuck-after-days" label={t("stuckAfterDays")} hint={t("stuckAfterDaysHint", { min: STUCK_AFTER_DAYS_MIN, max: STUCK_AFTER_DAYS_MAX })} errors={failed ? state.fieldErrors?.stuckAfterDays : undefined}>
          {({ id, describedBy, invalid }) => (
            <TextInput
              id={id}
              name="stuckAfterDays"
              type="number"
              min={STUCK_AFTER_DAYS_MIN}
              max={STUCK_AFTER_DAYS_MAX}
              inputMode="numeric"
              defaultValue={failed ? state.values?.stuckAfterDays : stuckAfterDays}
              aria-describedby={describedBy}
              aria-invalid={invalid}
              className="w-28"
            />
          )}
        </Field>
      </div>
      <Button type="submit" variant="secondary" disabled={pending} className="mb-6">
        {pending ? tCommon("saving") : tCommon("save")}
      </Button>
      <FormMessage message={failed && !state.fieldErrors ? state.message : undefined} />
    </form>
  );
}

/** The lead's settings of the performance board: the team's KPIs, and when a card counts as stuck. */
export function KpiManager({ teamId, kpis, stuckAfterDays, canRun }: { teamId: string; kpis: KpiView[]; stuckAfterDays: number; canRun: boolean }) {
  const t = useTranslations("dailyStart.kpiManager");
  const tCommon = useTranslations("common");
  const locale = useLocale();
  const [open, setOpen] = useState(false);
  const [editing, setEditing] = useState<string | null>(null);
  const { pending, run } = useRunAction();
  return (
    <Dialog.Root
      open={open}
      onOpenChange={(next) => {
        setOpen(next);
        setEditing(null);
      }}
    >
      <Dialog.Trigger asChild>
        <Button variant="secondary" size="sm">
          <Settings2 aria-hidden className="h-4 w-4" />
          {t("open")}
        </Button>
      </Dialog.Trigger>
      <Dialog.Portal>
        <Dialog.Overlay className="fixed inset-0 z-40 bg-slate-900/40" />
        <Dialog.Content className="fixed left-1/2 top-[5vh] z-50 flex max-h-[90vh] w-[min(44rem,calc(100vw-1rem))] -translate-x-1/2 flex-col gap-4 overflow-y-auto rounded-lg bg-white p-4 shadow-xl sm:p-5">
          <div className="flex items-start justify-between gap-3">
            <div>
              <Dialog.Title className="text-lg font-semibold">{t("title")}</Dialog.Title>
              <Dialog.Description className="mt-1 text-sm text-slate-600">{t("intro")}</Dialog.Description>
            </div>
            <Dialog.Close asChild>
              <Button variant="ghost" size="sm">
                {tCommon("close")}
              </Button>
            </Dialog.Close>
          </div>
          <section aria-labelledby="kpi-list-heading" className="flex flex-col gap-2">
            <h3 id="kpi-list-heading" className="font-semibold">
              {t("current")}
            </h3>
            {kpis.length === 0 ? <p className="text-sm text-slate-500">{t("none")}</p> : null}
            <ul className="flex flex-col divide-y divide-slate-100 rounded-md ring-1 ring-slate-200">
              {kpis.map((kpi) => (
                <li key={kpi.id} className="p-3">
                  {editing === kpi.id ? (
                    <KpiForm teamId={teamId} kpi={kpi} onDone={() => setEditing(null)} />
                  ) : (
                    <div className="flex flex-wrap items-center gap-2">
                      <div className="min-w-0 flex-1 basis-full sm:basis-0">
                        <p className="font-medium">{kpi.name}</p>
                        <p className="text-sm text-slate-600">
                          {[
                            kpi.target === null ? t("noTarget") : formatKpiValue(locale, kpi.target, kpi.unit),
                            t(`directions.${kpi.direction}`),
                          ].join(" · ")}
                        </p>
                      </div>
                      <Button size="sm" variant="secondary" onClick={() => setEditing(kpi.id)} aria-label={t("editLabel", { name: kpi.name })}>
                        {tCommon("edit")}
                      </Button>
                      <Button
                        size="sm"
                        variant="ghost"
                        disabled={pending}
                        aria-label={t("archiveLabel", { name: kpi.name })}
                        onClick={() => {
                          if (window.confirm(t("archiveConfirm", { name: kpi.name }))) run(() => archiveKpiAction({ id: kpi.id }), () => toast.success(t("archived")));
                        }}
                      >
                        {t("archive")}
                      </Button>
                    </div>
                  )}
                </li>
              ))}
            </ul>
          </section>
          <section aria-labelledby="kpi-new-heading" className="flex flex-col gap-2 border-t border-slate-200 pt-4">
            <h3 id="kpi-new-heading" className="font-semibold">
              {t("new")}
            </h3>
            <KpiForm teamId={teamId} onDone={() => undefined} />
          </section>
          {canRun ? (
            <section aria-labelledby="daily-start-settings-heading" className="flex flex-col gap-2 border-t border-slate-200 pt-4">
              <h3 id="daily-start-settings-heading" className="font-semibold">
                {t("settings")}
              </h3>
              <SettingsForm teamId={teamId} stuckAfterDays={stuckAfterDays} />
            </section>
          ) : null}
        </Dialog.Content>
      </Dialog.Portal>
    </Dialog.Root>
  );
}
