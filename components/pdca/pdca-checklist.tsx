"use client";

import { ChevronDown, Lightbulb, RotateCcw } from "lucide-react";
import { useFormatter, useTranslations } from "next-intl";
import { useActionState, useEffect, useMemo, useRef, useState, type ReactNode } from "react";
import { toast } from "sonner";
import { useLiveRefreshHold } from "@/components/realtime/use-live-refresh";
import { Button } from "@/components/ui/button";
import { Field, FormMessage, Select, TextArea, TextInput } from "@/components/ui/field";
import type { FormState } from "@/lib/auth/action";
import type { Stage } from "@/lib/db/generated/enums";
import { createPdcaSegmentAction, startPdcaCycleAction, updatePdcaCycleAction } from "@/lib/pdca/actions";
import { missingForStage } from "@/lib/pdca/gates";
import { problemStatementHints } from "@/lib/pdca/hints";
import { activityFieldPaths, type ActivityFieldPath } from "@/lib/pdca/history";
import { pdcaProgress, progressFacts } from "@/lib/pdca/progress";
import { CUSTOMER_NAME_MAX, LONG_TEXT_MAX, PROBLEM_MAX, SHORT_TEXT_MAX, TEXT_MAX, WHYS } from "@/lib/pdca/limits";
import type { PdcaChecklist, PdcaCycleDto, SectionKey, SectionState } from "@/lib/pdca/types";
import type { SegmentDto } from "@/lib/segments/segments";
import { ActionRows, rowsFrom, type ActionRow } from "./action-rows";
import { ChoiceField, fieldDomId, GateBadge, TextField } from "./fields";
import type { PdcaGateRequest } from "./gate-requests";

const sectionOrder: SectionKey[] = ["plan", "do", "check", "act"];

/** The section a card's stage is working on: later sections start folded. */
function sectionOfStage(stage: Stage): number {
  return { IDEA: 0, PLAN: 0, DO: 1, CHECK: 2, ACT: 3, DONE: 3 }[stage];
}

function sectionOfPath(path: string): SectionKey {
  const head = path.split(".")[0];
  return sectionOrder.find((section) => section === head) ?? "plan";
}

/** The gate the card meets next: leaving Plan, or entering Geborgd. */
function nextGate(stage: Stage): "DO" | "DONE" | null {
  if (stage === "IDEA" || stage === "PLAN") return "DO";
  if (stage === "DONE") return null;
  return "DONE";
}

// The checklist's single-value fields by input name: every field the history knows except the
// action lists, with one input per "why". After a refused save these are merged field by field:
// what the person changed stays, the rest takes the other person's version.
const valuePaths = activityFieldPaths
  .filter((path) => !path.endsWith(".actions"))
  .flatMap((path) => (path === "plan.rootCause" ? Array.from({ length: WHYS }, (_, index) => `${path}.${index}`) : [path]));

function savedValues(cycle: PdcaCycleDto): Record<string, string> {
  const { plan, check, act } = cycle;
  const values: Record<string, string | null | undefined> = {
    "plan.problemStatement": plan.problemStatement,
    "plan.customerType": plan.customerType,
    "plan.customerName": plan.customerName,
    "plan.segmentId": plan.segment?.id,
    "plan.expectation": plan.expectation,
    "plan.kano": plan.kano,
    "plan.baseline": plan.baseline,
    "plan.goal": plan.goal,
    "do.description": cycle.do.description,
    "do.informed": cycle.do.informed,
    "check.measuredResult": check.measuredResult,
    "check.result": check.result,
    "check.sideEffects": check.sideEffects,
    "check.expectationMet": check.expectationMet,
    "check.expectationEvidence": check.expectationEvidence,
    "act.decision": act.decision,
    "act.newCycleReason": act.newCycleReason,
    "act.standardisation": act.standardisation,
    "act.training": act.training,
    "act.monitoring": act.monitoring,
    "act.lessonsLearned": act.lessonsLearned,
  };
  Array.from({ length: WHYS }, (_, index) => (values[`plan.rootCause.${index}`] = plan.rootCause[index]));
  return Object.fromEntries(valuePaths.map((path) => [path, values[path] ?? ""]));
}

/** Action rows without their client keys, to tell whether two lists say the same. */
function rowsText(rows: ActionRow[]): string {
  return JSON.stringify(rows.map(({ id, description, ownerId, dueDate, done }) => [id, description, ownerId, dueDate, done]));
}

/** Today in the browser's own calendar: due dates are calendar days. */
export function browserToday(): string {
  const now = new Date();
  return `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, "0")}-${String(now.getDate()).padStart(2, "0")}`;
}

type Props = {
  checklist: PdcaChecklist;
  gate: PdcaGateRequest | null;
  gateErrors: Record<string, string[]>;
  /** Bumped to scroll to and focus a field (the first missing one after a refused move). */
  focusRequest: { path: string; at: number } | null;
  moving: boolean;
  onSaved: (cycle: PdcaCycleDto) => void;
  onReload: () => void;
  onCycleStarted: () => void;
  onCancelGate: () => void;
  onGateFieldEdited: (path: string) => void;
  onDirtyChange?: (dirty: boolean) => void;
};

/** The current cycle's checklist as one form: sections Plan, Do, Check and Act. */
export function PdcaChecklistForm({
  checklist,
  gate,
  gateErrors,
  focusRequest,
  moving,
  onSaved,
  onReload,
  onCycleStarted,
  onCancelGate,
  onGateFieldEdited,
  onDirtyChange,
}: Props) {
  const t = useTranslations("pdca");
  const format = useFormatter();
  const { current, improvement } = checklist;
  const formId = `pdca-form-${improvement.id}`;
  const segmentFormId = `pdca-segment-form-${improvement.id}`;

  // Controlled parts survive a failed save (React re-creates the rest from the returned values).
  // `base` is the saved version the person's edits start from; it is what the save names.
  const [base, setBase] = useState(() => ({
    key: `${current.number}:${current.version}`,
    version: current.version,
    values: savedValues(current),
    actions: rowsText(rowsFrom(current.plan.actions)),
  }));
  const [rebase, setRebase] = useState(false);
  // After someone else saved first: the merged values the form shows for that refused save, and
  // the fields the other person changed (named in the notice).
  const [draft, setDraft] = useState<{ submittedAt: number | undefined; values: Record<string, string> } | null>(null);
  const [conflict, setConflict] = useState<ActivityFieldPath[] | null>(null);
  const [rows, setRows] = useState<ActionRow[]>(() => rowsFrom(current.plan.actions));
  const [segmentId, setSegmentId] = useState(current.plan.segment?.id ?? "");
  const [addedSegments, setAddedSegments] = useState<{ id: string; name: string }[]>([]);
  const [decision, setDecision] = useState<string>(current.act.decision ?? "");
  const [problemText, setProblemText] = useState(current.plan.problemStatement ?? "");
  const [dirty, setDirty] = useState(false);
  const [addingSegment, setAddingSegment] = useState(false);
  const [startError, setStartError] = useState<string | undefined>();
  const [starting, setStarting] = useState(false);
  // Results are handled inside the actions (they run in a transition), not in effects.
  const [state, formAction, pending] = useActionState(async (previous: FormState<PdcaCycleDto>, formData: FormData) => {
    const result = await updatePdcaCycleAction(previous, formData);
    setConflict(null);
    if (result.ok && result.data) {
      setDirty(false);
      if (!gate) toast.success(t("saved"));
      onSaved(result.data);
    } else if (result.ok === false && !result.fieldErrors) {
      toast.error(result.message);
      // Someone else saved first: load their version and merge it with what was typed (below).
      setRebase(true);
      onReload();
    }
    return result;
  }, {});
  const [segmentState, segmentAction, segmentPending] = useActionState(async (previous: FormState<SegmentDto>, formData: FormData) => {
    const result = await createPdcaSegmentAction(previous, formData);
    if (result.ok && result.data) {
      const added = result.data;
      setAddedSegments((list) => [...list, { id: added.id, name: added.name }]);
      setSegmentId(added.id);
      setDirty(true);
      setAddingSegment(false);
      toast.success(t("plan.segmentAdded", { name: added.name }));
    }
    return result;
  }, {});
  const stageIndex = sectionOfStage(improvement.stage);
  const [open, setOpen] = useState<Record<SectionKey, boolean>>(() => ({
    plan: true,
    do: stageIndex >= 1,
    check: stageIndex >= 2,
    act: stageIndex >= 3,
  }));

  // A newer saved version (ours, or someone else's while nothing is typed here) resets the form
  // to it. With unsaved edits the form keeps them and still names the old version, so saving
  // answers "someone else changed this". Then every field the person changed keeps what they
  // typed, the untouched ones take the other person's values, and the next save names their version.
  const versionKey = `${current.number}:${current.version}`;
  const failedValues = state.ok === false ? state.values : undefined;
  if (base.key !== versionKey && (!dirty || (rebase && failedValues))) {
    const theirs = savedValues(current);
    const theirRows = rowsFrom(current.plan.actions);
    setBase({ key: versionKey, version: current.version, values: theirs, actions: rowsText(theirRows) });
    setRebase(false);
    if (dirty && failedValues) {
      const merged = { ...failedValues };
      for (const path of valuePaths) {
        const typed = path === "plan.segmentId" ? segmentId : (failedValues[path] ?? "");
        merged[path] = typed === base.values[path] ? (theirs[path] ?? "") : typed;
      }
      const changed = valuePaths.filter((path) => theirs[path] !== base.values[path]).map((path) => path.replace(/\.\d+$/, ""));
      if (rowsText(theirRows) !== base.actions) {
        changed.push("plan.actions");
        if (rowsText(rows) === base.actions) setRows(theirRows);
      }
      setSegmentId(merged["plan.segmentId"] ?? "");
      setDecision(merged["act.decision"] ?? "");
      setProblemText(merged["plan.problemStatement"] ?? "");
      setDraft({ submittedAt: state.submittedAt, values: merged });
      setConflict(activityFieldPaths.filter((path) => changed.includes(path)));
    }
    if (!dirty) {
      setRows(rowsFrom(current.plan.actions));
      setSegmentId(current.plan.segment?.id ?? "");
      setDecision(current.act.decision ?? "");
      setProblemText(current.plan.problemStatement ?? "");
    }
  }

  useEffect(() => onDirtyChange?.(dirty), [dirty, onDirtyChange]);
  // Others' changes wait while something is typed here, so the page does not shift under it.
  useLiveRefreshHold(dirty);
  useEffect(() => {
    if (!dirty) return;
    const warn = (event: BeforeUnloadEvent) => event.preventDefault();
    window.addEventListener("beforeunload", warn);
    return () => window.removeEventListener("beforeunload", warn);
  }, [dirty]);

  // Scroll to and focus a field (the first missing one after a refused move) once its section
  // is open: the section opens in this render, the focus follows after it is on screen.
  const [pendingFocus, setPendingFocus] = useState<{ path: string; at: number } | null>(null);
  const [focusHandled, setFocusHandled] = useState<number | null>(null);
  const focusedAt = useRef<number | null>(null);
  const focusField = (path: string, at: number) => {
    const target = sectionOfPath(path);
    if (!open[target]) setOpen((value) => ({ ...value, [target]: true }));
    setPendingFocus({ path, at });
  };
  if (focusRequest && focusRequest.at !== focusHandled) {
    setFocusHandled(focusRequest.at);
    focusField(focusRequest.path, focusRequest.at);
  }
  useEffect(() => {
    if (!pendingFocus || focusedAt.current === pendingFocus.at) return;
    const wrapper = document.getElementById(formId)?.querySelector<HTMLElement>(`[data-pdca-field="${CSS.escape(pendingFocus.path)}"]`);
    if (!wrapper) return;
    focusedAt.current = pendingFocus.at;
    const control =
      wrapper.querySelector<HTMLInputElement>("input[type=radio]:checked") ??
      wrapper.querySelector<HTMLElement>("input:not([type=hidden]), textarea, select") ??
      wrapper;
    wrapper.scrollIntoView({ block: "center", behavior: "smooth" });
    control.focus({ preventScroll: true });
  }, [pendingFocus, open, formId]);

  const merged = failedValues && draft && draft.submittedAt === state.submittedAt ? draft.values : undefined;
  const failed = merged ?? failedValues;
  const value = (path: string, saved: string | null | undefined) => (failed ? (failed[path] ?? "") : (saved ?? ""));
  const errors = (path: string) => state.fieldErrors?.[path] ?? gateErrors[path];
  const formKey = failed ? `${merged ? "merged" : "failed"}-${state.submittedAt}` : `saved-${base.key}`;

  const segments = useMemo(
    () => [...checklist.segments, ...addedSegments.filter((added) => !checklist.segments.some((segment) => segment.id === added.id))],
    [checklist.segments, addedSegments],
  );
  const knownOwners = current.plan.actions.flatMap((action) => (action.owner ? [action.owner] : []));
  const hints = problemStatementHints(problemText, checklist.members.map((member) => member.name));
  const today = browserToday();
  const progress = pdcaProgress(progressFacts({ ...current, actions: current.plan.actions }, today));
  const gateStage = nextGate(improvement.stage);
  const missing = gateStage ? missingForStage(gateStage, current) : [];
  const doBadge = <GateBadge label={t("requiredFor", { stage: t("stage.DO") })} />;
  const doneBadge = <GateBadge label={t("requiredFor", { stage: t("stage.DONE") })} />;

  // Field errors with no field on screen (e.g. "too many actions") are listed at the bottom.
  const shown = new Set<string>(["plan.actions", ...rows.flatMap((_, index) => ["description", "ownerId", "dueDate"].map((field) => `plan.actions.${index}.${field}`))]);
  const show = (path: string) => {
    shown.add(path);
    return errors(path);
  };

  const gateMissing = Object.entries(gateErrors);
  const markEdited = (event: React.FormEvent<HTMLFormElement>) => {
    setDirty(true);
    const name = (event.target as HTMLInputElement).name;
    if (name && gateErrors[name]) onGateFieldEdited(name);
  };

  async function startCycle() {
    setStarting(true);
    setStartError(undefined);
    try {
      const result = await startPdcaCycleAction({ improvementId: improvement.id, cycle: current.number, version: current.version });
      if (result.ok) {
        toast.success(t(result.data.movedToPlan ? "act.cycleStarted" : "act.cycleStartedNotMoved", { number: result.data.number }));
        onCycleStarted();
      } else {
        setStartError(result.fieldErrors ? Object.values(result.fieldErrors).flat().join(" ") : result.message);
        if (!result.fieldErrors) onReload();
      }
    } finally {
      setStarting(false);
    }
  }

  const section = (key: SectionKey, intro: string, children: ReactNode) => (
    <details
      open={open[key]}
      onToggle={(event) => {
        const isOpen = event.currentTarget.open;
        setOpen((value) => (value[key] === isOpen ? value : { ...value, [key]: isOpen }));
      }}
      className="group rounded-lg bg-white ring-1 ring-slate-200"
    >
      <summary className="flex cursor-pointer list-none items-center gap-3 rounded-lg px-3 py-2.5 hover:bg-slate-50 sm:px-4 [&::-webkit-details-marker]:hidden">
        <h3 className="flex-1 text-base font-semibold">{t(`${key}.title`)}</h3>
        <SectionStateChip state={progress.sections[key]} label={t(`sectionState.${progress.sections[key]}`)} />
        <ChevronDown aria-hidden className="h-4 w-4 text-slate-500 transition-transform group-open:rotate-180" />
      </summary>
      <div className="flex flex-col gap-4 border-t border-slate-100 px-3 pt-3 pb-4 sm:px-4">
        <p className="text-sm text-slate-600">{intro}</p>
        {children}
      </div>
    </details>
  );

  return (
    <>
      <form id={formId} key={formKey} action={formAction} onChange={markEdited} noValidate className="flex flex-col gap-3">
        <input type="hidden" name="improvementId" value={improvement.id} />
        <input type="hidden" name="cycle" value={current.number} />
        <input type="hidden" name="version" value={base.version} />

        {gate ? (
          <div className="rounded-lg bg-amber-50 p-3 text-sm text-amber-950 ring-1 ring-amber-300" role="region" aria-labelledby={`${formId}-gate`}>
            <h3 id={`${formId}-gate`} className="font-semibold">
              {t("gate.dialogTitle")}
            </h3>
            <p className="mt-1">{t("gate.dialogIntro", { title: gate.title, column: gate.targetColumn })}</p>
            <ul className="mt-2 flex list-disc flex-col gap-1 pl-5" aria-live="polite">
              {gateMissing.map(([path, messages]) => (
                <li key={path}>
                  <a
                    href={`#${fieldDomId(path)}`}
                    className="underline decoration-amber-400 underline-offset-2 hover:decoration-amber-700"
                    onClick={(event) => {
                      event.preventDefault();
                      focusField(path, event.timeStamp);
                    }}
                  >
                    {messages[0]}
                  </a>
                </li>
              ))}
            </ul>
          </div>
        ) : gateStage && checklist.permissions.canEdit ? (
          <p className={`rounded-md px-3 py-2 text-sm ring-1 ${missing.length ? "bg-slate-50 text-slate-700 ring-slate-200" : "bg-brand-50 text-brand-900 ring-brand-100"}`}>
            {missing.length ? t("missingFor", { stage: t(`stage.${gateStage}`), count: missing.length }) : `✓ ${t("readyFor", { stage: t(`stage.${gateStage}`) })}`}
          </p>
        ) : null}

        {section(
          "plan",
          t("plan.intro"),
          <>
            <TextField
              path="plan.problemStatement"
              label={t("plan.problemStatement")}
              hint={t("plan.problemStatementHint")}
              errors={show("plan.problemStatement")}
              defaultValue={value("plan.problemStatement", current.plan.problemStatement)}
              max={PROBLEM_MAX}
              multiline
              onValue={setProblemText}
              after={
                <div aria-live="polite" className="mt-1">
                  {hints.length ? (
                    <ul aria-label={t("hints.label")} className="flex flex-col gap-1">
                      {hints.map((hint) => (
                        <li key={hint} className="flex items-start gap-2 rounded-md bg-amber-50 px-2.5 py-1.5 text-sm text-amber-950 ring-1 ring-amber-200">
                          <Lightbulb aria-hidden className="mt-0.5 h-4 w-4 shrink-0 text-amber-600" />
                          {t(`hints.${hint}`)}
                        </li>
                      ))}
                    </ul>
                  ) : null}
                </div>
              }
            />

            <div className="flex flex-col gap-4 rounded-lg bg-slate-50 p-3 ring-1 ring-slate-200">
              <div>
                <h4 className="text-sm font-semibold text-slate-900">{t("plan.expectationTitle")}</h4>
                <p className="text-xs text-slate-600">{t("plan.expectationIntro")}</p>
              </div>
              <ChoiceField
                path="plan.customerType"
                legend={t("plan.customerType")}
                badge={doBadge}
                columns={2}
                defaultValue={value("plan.customerType", current.plan.customerType)}
                errors={show("plan.customerType")}
                options={(["EXTERNAL", "INTERNAL"] as const).map((option) => ({
                  value: option,
                  label: t(`plan.customerTypeOption.${option}`),
                  description: t(`plan.customerTypeHint.${option}`),
                }))}
              />
              <TextField
                path="plan.customerName"
                label={t("plan.customerName")}
                hint={t("plan.customerNameHint")}
                badge={doBadge}
                errors={show("plan.customerName")}
                defaultValue={value("plan.customerName", current.plan.customerName)}
                max={CUSTOMER_NAME_MAX}
              />
              <div data-pdca-field="plan.segmentId" className="flex flex-col gap-2">
                <Field
                  id={fieldDomId("plan.segmentId")}
                  label={t("plan.segment")}
                  hint={checklist.permissions.canCreateSegment ? t("plan.segmentHint") : `${t("plan.segmentHint")} ${t("plan.segmentAskLead")}`}
                  errors={show("plan.segmentId")}
                >
                  {({ id, describedBy, invalid }) => (
                    <div className="flex flex-wrap gap-2">
                      <Select
                        id={id}
                        name="plan.segmentId"
                        value={segmentId}
                        onChange={(event) => setSegmentId(event.target.value)}
                        aria-describedby={describedBy}
                        aria-invalid={invalid}
                        className="min-w-48 flex-1 sm:max-w-sm"
                      >
                        <option value="">{t("plan.segmentNone")}</option>
                        {segments.map((segment) => (
                          <option key={segment.id} value={segment.id}>
                            {segment.name}
                          </option>
                        ))}
                      </Select>
                      {checklist.permissions.canCreateSegment && !addingSegment ? (
                        <Button variant="secondary" onClick={() => setAddingSegment(true)}>
                          {t("plan.segmentAdd")}
                        </Button>
                      ) : null}
                    </div>
                  )}
                </Field>
                {addingSegment ? (
                  // These inputs belong to the segment form (rendered outside this one), so
                  // Enter adds the segment instead of saving the checklist.
                  <div id={`${segmentFormId}-panel`} role="group" aria-labelledby={`${segmentFormId}-title`} className="flex flex-col gap-2 rounded-md bg-white p-3 ring-1 ring-slate-200">
                    <p id={`${segmentFormId}-title`} className="text-sm font-medium">
                      {t("plan.segmentAddTitle")}
                    </p>
                    <Field id={`${segmentFormId}-name`} label={t("plan.segmentName")} errors={segmentState.fieldErrors?.name}>
                      {({ id, describedBy, invalid }) => (
                        <TextInput
                          id={id}
                          name="name"
                          form={segmentFormId}
                          autoFocus
                          defaultValue={segmentState.ok === false ? segmentState.values?.name : undefined}
                          aria-describedby={describedBy}
                          aria-invalid={invalid}
                        />
                      )}
                    </Field>
                    <Field id={`${segmentFormId}-description`} label={t("plan.segmentDescription")} errors={segmentState.fieldErrors?.description}>
                      {({ id, describedBy, invalid }) => (
                        <TextInput
                          id={id}
                          name="description"
                          form={segmentFormId}
                          defaultValue={segmentState.ok === false ? segmentState.values?.description : undefined}
                          aria-describedby={describedBy}
                          aria-invalid={invalid}
                        />
                      )}
                    </Field>
                    <FormMessage message={segmentState.ok === false && !segmentState.fieldErrors ? segmentState.message : undefined} />
                    <div className="flex gap-2">
                      <Button type="submit" form={segmentFormId} size="sm" disabled={segmentPending}>
                        {t("plan.segmentSubmit")}
                      </Button>
                      <Button variant="ghost" size="sm" onClick={() => setAddingSegment(false)}>
                        {t("plan.segmentCancel")}
                      </Button>
                    </div>
                  </div>
                ) : null}
              </div>
              <TextField
                path="plan.expectation"
                label={t("plan.expectation")}
                hint={t("plan.expectationHint")}
                badge={doBadge}
                errors={show("plan.expectation")}
                defaultValue={value("plan.expectation", current.plan.expectation)}
                max={TEXT_MAX}
                multiline
              />
              <ChoiceField
                path="plan.kano"
                legend={t("plan.kano")}
                badge={doBadge}
                defaultValue={value("plan.kano", current.plan.kano)}
                errors={show("plan.kano")}
                options={(["BASIC", "PERFORMANCE", "EXCITEMENT"] as const).map((option) => ({
                  value: option,
                  label: t(`plan.kanoOption.${option}`),
                  description: t(`plan.kanoHint.${option}`),
                }))}
              />
            </div>

            <TextField
              path="plan.baseline"
              label={t("plan.baseline")}
              hint={t("plan.baselineHint")}
              errors={show("plan.baseline")}
              defaultValue={value("plan.baseline", current.plan.baseline)}
              max={TEXT_MAX}
              multiline
              rows={2}
            />
            <fieldset className="flex flex-col gap-2" data-pdca-field="plan.rootCause">
              <legend className="text-sm font-medium text-slate-800">{t("plan.rootCause")}</legend>
              <p className="text-xs text-slate-500">{t("plan.rootCauseHint")}</p>
              <ol className="flex flex-col gap-2">
                {Array.from({ length: WHYS }, (_, index) => {
                  const path = `plan.rootCause.${index}`;
                  const whyErrors = show(path);
                  return (
                    <li key={index} className="grid items-start gap-1 sm:grid-cols-[7rem_1fr] sm:gap-3" data-pdca-field={path}>
                      <label htmlFor={fieldDomId(path)} className="pt-2 text-sm text-slate-700">
                        {t("plan.why", { number: index + 1 })}
                      </label>
                      <div className="flex flex-col gap-1">
                        <TextArea
                          id={fieldDomId(path)}
                          name={path}
                          rows={1}
                          // Grows with the answer where the browser can; a why is often a full sentence.
                          className="min-h-0! resize-y field-sizing-content"
                          defaultValue={value(path, current.plan.rootCause[index])}
                          aria-invalid={whyErrors ? true : undefined}
                          aria-describedby={whyErrors ? `${fieldDomId(path)}-error` : undefined}
                        />
                        <div id={`${fieldDomId(path)}-error`} aria-live="polite">
                          {whyErrors?.map((error) => (
                            <p key={error} className="text-sm text-red-700">
                              {error}
                            </p>
                          ))}
                        </div>
                      </div>
                    </li>
                  );
                })}
              </ol>
            </fieldset>
            <TextField
              path="plan.goal"
              label={t("plan.goal")}
              hint={t("plan.goalHint")}
              badge={doBadge}
              errors={show("plan.goal")}
              defaultValue={value("plan.goal", current.plan.goal)}
              max={TEXT_MAX}
              multiline
              rows={2}
            />
            <ActionRows
              rows={rows}
              members={checklist.members}
              knownOwners={knownOwners}
              errors={errors}
              onChange={(next) => {
                setRows(next);
                setDirty(true);
              }}
            />
          </>,
        )}

        {section(
          "do",
          t("do.intro"),
          <>
            <TextField
              path="do.description"
              label={t("do.description")}
              errors={show("do.description")}
              defaultValue={value("do.description", current.do.description)}
              max={LONG_TEXT_MAX}
              multiline
            />
            <TextField
              path="do.informed"
              label={t("do.informed")}
              hint={t("do.informedHint")}
              errors={show("do.informed")}
              defaultValue={value("do.informed", current.do.informed)}
              max={SHORT_TEXT_MAX}
            />
            <fieldset className="flex flex-col gap-2">
              <legend className="text-sm font-medium text-slate-800">{t("do.actions")}</legend>
              {rows.length === 0 ? <p className="text-sm text-slate-500">{t("do.actionsEmpty")}</p> : null}
              <ul className="flex flex-col gap-1.5">
                {rows.map((row, index) => {
                  const owner = [...checklist.members, ...knownOwners].find((member) => member.id === row.ownerId)?.name ?? t("do.actionNoOwner");
                  const overdue = !row.done && row.dueDate !== "" && row.dueDate < today;
                  return (
                    <li key={row.key}>
                      <label className="flex items-start gap-2 rounded-md px-2 py-1.5 text-sm hover:bg-slate-50">
                        <input
                          type="checkbox"
                          name={`plan.actions.${index}.done`}
                          checked={row.done}
                          onChange={(event) => {
                            setRows((list) => list.map((other) => (other.key === row.key ? { ...other, done: event.target.checked } : other)));
                            setDirty(true);
                          }}
                          className="mt-0.5 h-4 w-4 shrink-0 accent-brand-600"
                        />
                        <span className="flex min-w-0 flex-col">
                          <span className={`break-words ${row.done ? "text-slate-500 line-through" : "text-slate-900"}`}>
                            {row.description || t("plan.action", { number: index + 1 })}
                          </span>
                          <span className="text-xs text-slate-500">
                            {row.dueDate
                              ? t("do.actionMeta", { owner, date: format.dateTime(new Date(`${row.dueDate}T12:00:00Z`), { dateStyle: "medium" }) })
                              : t("do.actionMetaNoDate", { owner })}
                            {overdue ? <span className="ml-2 rounded-full bg-red-50 px-1.5 font-medium text-red-800 ring-1 ring-red-200">{t("do.overdue")}</span> : null}
                          </span>
                        </span>
                      </label>
                    </li>
                  );
                })}
              </ul>
            </fieldset>
          </>,
        )}

        {section(
          "check",
          t("check.intro"),
          <>
            {current.plan.baseline || current.plan.goal || current.plan.expectation ? (
              <dl className="grid gap-1 rounded-md bg-slate-50 p-3 text-sm ring-1 ring-slate-200">
                <p className="text-xs font-medium tracking-wide text-slate-500 uppercase">{t("check.reminder")}</p>
                {current.plan.baseline ? (
                  <div className="flex flex-wrap gap-x-2">
                    <dt className="font-medium text-slate-700">{t("check.baseline")}:</dt>
                    <dd className="break-words whitespace-pre-wrap">{current.plan.baseline}</dd>
                  </div>
                ) : null}
                {current.plan.goal ? (
                  <div className="flex flex-wrap gap-x-2">
                    <dt className="font-medium text-slate-700">{t("check.goal")}:</dt>
                    <dd className="break-words whitespace-pre-wrap">{current.plan.goal}</dd>
                  </div>
                ) : null}
                {current.plan.expectation ? <p className="break-words whitespace-pre-wrap">{t("check.expectationReminder", { expectation: current.plan.expectation })}</p> : null}
              </dl>
            ) : null}
            <TextField
              path="check.measuredResult"
              label={t("check.measuredResult")}
              hint={t("check.measuredResultHint")}
              errors={show("check.measuredResult")}
              defaultValue={value("check.measuredResult", current.check.measuredResult)}
              max={TEXT_MAX}
              multiline
              rows={2}
            />
            <ChoiceField
              path="check.result"
              legend={t("check.result")}
              badge={doneBadge}
              defaultValue={value("check.result", current.check.result)}
              errors={show("check.result")}
              options={(["ACHIEVED", "PARTLY", "NOT_ACHIEVED"] as const).map((option) => ({ value: option, label: t(`check.resultOption.${option}`) }))}
            />
            <TextField
              path="check.sideEffects"
              label={t("check.sideEffects")}
              hint={t("check.sideEffectsHint")}
              errors={show("check.sideEffects")}
              defaultValue={value("check.sideEffects", current.check.sideEffects)}
              max={TEXT_MAX}
              multiline
              rows={2}
            />
            <ChoiceField
              path="check.expectationMet"
              legend={t("check.expectationMet")}
              badge={doneBadge}
              columns={4}
              defaultValue={value("check.expectationMet", current.check.expectationMet)}
              errors={show("check.expectationMet")}
              options={(["YES", "PARTLY", "NO", "UNKNOWN"] as const).map((option) => ({ value: option, label: t(`check.expectationMetOption.${option}`) }))}
            />
            <TextField
              path="check.expectationEvidence"
              label={t("check.expectationEvidence")}
              hint={t("check.expectationEvidenceHint")}
              errors={show("check.expectationEvidence")}
              defaultValue={value("check.expectationEvidence", current.check.expectationEvidence)}
              max={TEXT_MAX}
              multiline
              rows={2}
            />
          </>,
        )}

        {section(
          "act",
          t("act.intro"),
          <>
            <ChoiceField
              path="act.decision"
              legend={t("act.decision")}
              badge={doneBadge}
              columns={2}
              defaultValue={value("act.decision", current.act.decision)}
              errors={show("act.decision")}
              onValue={setDecision}
              options={(["STANDARDISE", "NEW_CYCLE"] as const).map((option) => ({
                value: option,
                label: t(`act.decisionOption.${option}`),
                description: t(`act.decisionHint.${option}`),
              }))}
            />
            {/* Fields of the other decision stay in the form (hidden), so switching back loses nothing. */}
            <div hidden={decision !== "NEW_CYCLE"}>
              <TextField
                path="act.newCycleReason"
                label={t("act.newCycleReason")}
                errors={show("act.newCycleReason")}
                defaultValue={value("act.newCycleReason", current.act.newCycleReason)}
                max={SHORT_TEXT_MAX}
                multiline
                rows={2}
              />
            </div>
            <div hidden={decision === "NEW_CYCLE"} className="flex flex-col gap-4">
              <TextField
                path="act.standardisation"
                label={t("act.standardisation")}
                hint={t("act.standardisationHint")}
                errors={show("act.standardisation")}
                defaultValue={value("act.standardisation", current.act.standardisation)}
                max={TEXT_MAX}
                multiline
                rows={2}
              />
              <TextField
                path="act.training"
                label={t("act.training")}
                errors={show("act.training")}
                defaultValue={value("act.training", current.act.training)}
                max={SHORT_TEXT_MAX}
              />
              <TextField
                path="act.monitoring"
                label={t("act.monitoring")}
                hint={t("act.monitoringHint")}
                errors={show("act.monitoring")}
                defaultValue={value("act.monitoring", current.act.monitoring)}
                max={SHORT_TEXT_MAX}
              />
            </div>
            <TextField
              path="act.lessonsLearned"
              label={t("act.lessonsLearned")}
              errors={show("act.lessonsLearned")}
              defaultValue={value("act.lessonsLearned", current.act.lessonsLearned)}
              max={TEXT_MAX}
              multiline
              rows={2}
            />
            {current.act.decision === "NEW_CYCLE" ? (
              <div className="flex flex-col gap-2 rounded-md bg-slate-50 p-3 ring-1 ring-slate-200">
                <p className="text-sm text-slate-700">{t("act.startCycleIntro", { current: current.number, next: current.number + 1 })}</p>
                <div className="flex flex-wrap items-center gap-3">
                  <Button variant="secondary" onClick={() => void startCycle()} disabled={starting || dirty || pending}>
                    <RotateCcw aria-hidden className="h-4 w-4" />
                    {starting ? t("act.startingCycle") : t("act.startCycle", { number: current.number + 1 })}
                  </Button>
                  {dirty ? <span className="text-xs text-slate-500">{t("act.startCycleSaveFirst")}</span> : null}
                </div>
                <p aria-live="polite" className="text-sm text-red-700">
                  {startError}
                </p>
              </div>
            ) : null}
          </>,
        )}

        {conflict ? (
          <div role="status" className="rounded-md bg-amber-50 px-3 py-2 text-sm text-amber-950 ring-1 ring-amber-300" data-testid="pdca-conflict">
            <p className="font-semibold">{t("conflict.title")}</p>
            <p>
              {conflict.length
                ? t("conflict.body", { fields: conflict.map((path) => t(`fields.${path}`)).join(", ") })
                : t("conflict.bodyNoFields")}
            </p>
          </div>
        ) : null}
        <OtherErrors fieldErrors={state.fieldErrors} shown={shown} label={t("otherErrors")} />
        <FormMessage message={state.ok === false && state.fieldErrors ? state.message : undefined} />

        <div className="sticky bottom-0 z-10 -mx-1 flex flex-wrap items-center gap-2 border-t border-slate-200 bg-white/95 px-1 py-2 backdrop-blur">
          <Button type="submit" disabled={pending || moving}>
            {moving ? t("gate.moving") : pending ? t("saving") : gate ? t("gate.saveAndMove", { column: gate.targetColumn }) : t("save")}
          </Button>
          {gate ? (
            <Button variant="ghost" onClick={onCancelGate} disabled={moving}>
              {t("gate.cancel")}
            </Button>
          ) : null}
          {dirty && !pending ? <span className="text-xs text-slate-500">{t("unsaved")}</span> : null}
        </div>
      </form>
      <form id={segmentFormId} action={segmentAction} noValidate hidden />
    </>
  );
}

function SectionStateChip({ state, label }: { state: SectionState; label: string }) {
  const classes: Record<SectionState, string> = {
    complete: "bg-brand-50 text-brand-800 ring-brand-100",
    started: "bg-amber-50 text-amber-900 ring-amber-200",
    empty: "bg-slate-50 text-slate-500 ring-slate-200",
  };
  return <span className={`rounded-full px-2 py-0.5 text-xs font-medium ring-1 ${classes[state]}`}>{label}</span>;
}

function OtherErrors({ fieldErrors, shown, label }: { fieldErrors?: Record<string, string[]>; shown: Set<string>; label: string }) {
  const other = Object.entries(fieldErrors ?? {}).filter(([path]) => !shown.has(path));
  if (other.length === 0) return null;
  return (
    <div role="status" className="rounded-md bg-red-50 px-3 py-2 text-sm text-red-800 ring-1 ring-red-200">
      <p>{label}</p>
      <ul className="list-disc pl-5">
        {other.flatMap(([path, messages]) => messages.map((message) => <li key={`${path}-${message}`}>{message}</li>))}
      </ul>
    </div>
  );
}
