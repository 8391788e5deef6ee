"use client";

import Link from "next/link";
import { useRouter } from "next/navigation";
import { useFormatter, useTranslations } from "next-intl";
import { useActionState, useCallback, useEffect, useLayoutEffect, useRef, useState, type FocusEvent, type ReactNode } from "react";
import { toast } from "sonner";
import { useLiveRefresh, useLiveRefreshWaiting } from "@/components/realtime/use-live-refresh";
import { RecordSuccessLink } from "@/components/successes/record-success-link";
import { isGateFailure, requestPdcaGate } from "@/components/pdca/gate-requests";
import { PdcaActivityDetail } from "@/components/pdca/pdca-activity-detail";
import { PdcaPanel } from "@/components/pdca/pdca-panel";
import { Button, buttonClasses } from "@/components/ui/button";
import { Field, FormMessage, Select, TextArea, TextInput } from "@/components/ui/field";
import {
  addCommentAction,
  moveImprovementAction,
  setImprovementOwnersAction,
  triageImprovementAction,
  updateImprovementAction,
} from "@/lib/board/actions";
import type { ImprovementDetail as Detail } from "@/lib/board/queries";
import type { FormState } from "@/lib/auth/action";
import { COMMENT_MAX, TEXT_MAX, TITLE_MAX, wasteTypes } from "@/lib/board/limits";
import { RestoreButton } from "./restore-button";
import { daysBetween, daysSince } from "./time";
import { TriageDialog } from "./triage-dialog";
import { useUnsavedWarning } from "./use-unsaved-warning";

type Props = {
  detail: Detail;
  /** On the full page: a way back to the board that warns about unsaved text first. */
  backHref?: string;
  /** Reports unsaved text, so the dialog can warn before closing. */
  onDirtyChange?: (dirty: boolean) => void;
  titleId?: string;
};

const editFields = ["title", "problem", "proposal", "wasteType", "customerValue", "dueDate"] as const;
type EditField = (typeof editFields)[number];
type EditValues = Record<EditField, string>;

/** The card's editable fields as the form holds them (empty text for "not set"). */
function valuesOf(detail: Detail): EditValues {
  return {
    title: detail.title,
    problem: detail.problem ?? "",
    proposal: detail.proposal ?? "",
    wasteType: detail.wasteType ?? "",
    customerValue: detail.customerValue ?? "",
    dueDate: detail.dueDate ?? "",
  };
}

function submittedValues(formData: FormData): EditValues {
  const read = (field: EditField) => {
    const value = formData.get(field);
    return typeof value === "string" ? value : "";
  };
  return Object.fromEntries(editFields.map((field) => [field, read(field)])) as EditValues;
}

function sameValues(a: EditValues, b: EditValues): boolean {
  return editFields.every((field) => a[field] === b[field]);
}

/**
 * The version an edit that started at `version` stands on now, counting the person's own saves
 * from this view since (owners, a move): only someone else's change makes an edit stale.
 */
type SinceOwn = (version: number) => number;
type OwnSave = (from: number, to: number) => void;

/** Everything about one improvement: its fields, owners, triage, move, comments and history. */
export function ImprovementDetail({ detail, backHref, onDirtyChange, titleId }: Props) {
  const t = useTranslations("board");
  const format = useFormatter();
  const [editDirty, setEditDirty] = useState(false);
  const [commentDirty, setCommentDirty] = useState(false);
  const [pdcaDirty, setPdcaDirty] = useState(false);
  const dirty = editDirty || commentDirty || pdcaDirty;
  useUnsavedWarning(dirty);
  useEffect(() => onDirtyChange?.(dirty), [dirty, onDirtyChange]);
  // Others' comments and changes appear here; the edit form's unsaved text holds them back.
  const { status } = useLiveRefresh({ teams: [detail.team.slug], improvementId: detail.id, paused: editDirty });
  const waiting = useLiveRefreshWaiting();
  const tLive = useTranslations("realtime.status");
  const [ownSaves, setOwnSaves] = useState<ReadonlyMap<number, number>>(() => new Map());
  const onOwnSave = useCallback<OwnSave>((from, to) => setOwnSaves((saves) => new Map(saves).set(from, to)), []);
  const sinceOwn = useCallback<SinceOwn>(
    (version) => {
      let current = version;
      for (let next = ownSaves.get(current); next !== undefined && next > current; next = ownSaves.get(current)) current = next;
      return current;
    },
    [ownSaves],
  );

  const date = (iso: string) => format.dateTime(new Date(iso), { dateStyle: "medium" });
  const stageColumn = detail.column;
  return (
    <div className="flex flex-col gap-6" data-testid="improvement-detail" data-live-status={status} data-live-waiting={waiting}>
      {backHref ? (
        <Link
          href={backHref}
          className={buttonClasses("ghost", "sm", "-ml-2 self-start")}
        >
          ← {t("detail.backToBoard")}
        </Link>
      ) : null}
      <header className="flex flex-col gap-2">
        <div className="flex flex-wrap items-center gap-2 text-xs">
          <span className="rounded-full bg-slate-100 px-2 py-0.5 font-medium text-slate-700 ring-1 ring-slate-200">{stageColumn.name}</span>
          {detail.status !== "ACTIVE" ? (
            <span className={`rounded-full px-2 py-0.5 font-semibold ${detail.status === "REJECTED" ? "bg-red-100 text-red-800" : "bg-amber-100 text-amber-900"}`}>
              {t(`status.${detail.status}`)}
            </span>
          ) : null}
          {detail.wasteType ? (
            <span className="rounded-full bg-amber-50 px-2 py-0.5 font-medium text-amber-900 ring-1 ring-amber-200">{t(`waste.${detail.wasteType}`)}</span>
          ) : null}
        </div>
        <h1 id={titleId} className="text-xl font-semibold leading-snug break-words">
          {detail.title}
        </h1>
        {detail.status !== "ACTIVE" ? (
          <p className={`rounded-md px-3 py-2 text-sm ${detail.status === "REJECTED" ? "bg-red-50 text-red-900 ring-1 ring-red-200" : "bg-amber-50 text-amber-900 ring-1 ring-amber-200"}`}>
            <strong>{t(`status.${detail.status}`)}</strong>
            {detail.statusReason ? ` — ${t("detail.statusReason", { reason: detail.statusReason })}` : ""}
          </p>
        ) : null}
        <p className="text-sm text-slate-600">
          {detail.submitter ? t("detail.submittedBy", { name: detail.submitter.name, date: date(detail.createdAt) }) : t("detail.submittedByUnknown", { date: date(detail.createdAt) })}
          {" · "}
          {t("detail.inColumn", { column: stageColumn.name, date: date(detail.stageEnteredAt) })}
        </p>
        <p className="text-sm text-slate-600" suppressHydrationWarning>
          {detail.firstResponseAt
            ? t("detail.respondedAfter", { days: daysBetween(detail.createdAt, detail.firstResponseAt) })
            : t("detail.waiting", { days: daysSince(detail.createdAt) })}
        </p>
        {waiting ? <p className="text-xs text-slate-600">{tLive("waiting")}</p> : null}
      </header>

      <RecordSuccessLink improvementId={detail.id} stage={detail.column.stage} />

      {detail.permissions.canTriage || detail.permissions.canMove ? <Workflow detail={detail} sinceOwn={sinceOwn} onOwnSave={onOwnSave} /> : null}

      <section aria-labelledby="detail-fields" className="flex flex-col gap-3">
        <h2 id="detail-fields" className="text-base font-semibold">
          {t("detail.edit")}
        </h2>
        {detail.permissions.canEdit ? (
          <EditForm detail={detail} sinceOwn={sinceOwn} onOwnSave={onOwnSave} onDirtyChange={setEditDirty} />
        ) : (
          <dl className="grid gap-3 text-sm sm:grid-cols-[12rem_1fr]">
            {editFields
              .filter((field) => field !== "title")
              .map((field) => {
                const value = detail[field];
                return (
                  <div key={field} className="contents">
                    <dt className="font-medium text-slate-700">{t(`detail.${field}`)}</dt>
                    <dd className="whitespace-pre-wrap break-words text-slate-900">
                      {value === null ? (
                        <span className="text-slate-400">{t("detail.empty")}</span>
                      ) : field === "wasteType" ? (
                        t(`waste.${value as (typeof wasteTypes)[number]}`)
                      ) : field === "dueDate" ? (
                        format.dateTime(new Date(`${value}T12:00:00Z`), { dateStyle: "medium" })
                      ) : (
                        value
                      )}
                    </dd>
                  </div>
                );
              })}
          </dl>
        )}
      </section>

      <PdcaPanel improvementId={detail.id} refreshKey={`${detail.column.id}:${detail.version}`} onDirtyChange={setPdcaDirty} />

      <Owners detail={detail} sinceOwn={sinceOwn} onOwnSave={onOwnSave} />

      <section aria-labelledby="detail-comments" className="flex flex-col gap-3">
        <h2 id="detail-comments" className="text-base font-semibold">
          {t("detail.comments")}
        </h2>
        {detail.comments.length === 0 ? <p className="text-sm text-slate-500">{t("detail.noComments")}</p> : null}
        <ol className="flex flex-col gap-2">
          {detail.comments.map((comment) => (
            <li key={comment.id} className="rounded-md bg-slate-50 p-3 text-sm ring-1 ring-slate-200">
              <p className="text-xs text-slate-500">
                <span className="font-medium text-slate-700">{comment.author?.name ?? t("detail.unknownPerson")}</span> · {format.dateTime(new Date(comment.createdAt), { dateStyle: "medium", timeStyle: "short" })}
              </p>
              <p className="mt-1 whitespace-pre-wrap break-words">{comment.body}</p>
            </li>
          ))}
        </ol>
        {detail.permissions.canComment ? <CommentForm id={detail.id} onDirtyChange={setCommentDirty} /> : null}
      </section>

      <section aria-labelledby="detail-activity" className="flex flex-col gap-2">
        <h2 id="detail-activity" className="text-base font-semibold">
          {t("detail.activity")}
        </h2>
        <ol className="flex flex-col gap-1.5 text-sm text-slate-700">
          {detail.activity.map((entry) => (
            <li key={entry.id} className="flex flex-wrap gap-x-2">
              <span>{describeActivity(entry, t)}</span>
              <PdcaActivityDetail entry={entry} />
              <time dateTime={entry.createdAt} className="text-xs text-slate-500">
                {format.dateTime(new Date(entry.createdAt), { dateStyle: "medium", timeStyle: "short" })}
              </time>
            </li>
          ))}
        </ol>
      </section>
    </div>
  );
}

type Translate = ReturnType<typeof useTranslations<"board">>;

function describeActivity(entry: Detail["activity"][number], t: Translate): string {
  const actor = entry.actor?.name ?? t("detail.unknownPerson");
  const data = entry.data ?? {};
  const text = (key: string) => (typeof data[key] === "string" ? (data[key] as string) : "");
  switch (entry.kind) {
    case "MOVED":
      return t("activity.MOVED", { actor, from: text("fromColumn"), to: text("toColumn") });
    case "ACCEPTED":
      return t("activity.ACCEPTED", { actor, to: text("toColumn") });
    case "EDITED": {
      const fields = Array.isArray(data.fields) ? (data.fields as string[]) : [];
      const names = fields.filter((field): field is (typeof editFields)[number] => (editFields as readonly string[]).includes(field));
      return t("activity.EDITED", { actor, fields: names.map((field) => t(`detail.${field}`)).join(", ") });
    }
    case "OWNERS_CHANGED": {
      const owners = Array.isArray(data.owners) ? (data.owners as string[]) : [];
      return owners.length ? t("activity.OWNERS_CHANGED", { actor, owners: owners.join(", ") }) : t("activity.OWNERS_CLEARED", { actor });
    }
    case "PARKED":
      return text("reason") ? t("activity.PARKED_REASON", { actor, reason: text("reason") }) : t("activity.PARKED", { actor });
    case "REJECTED":
      return t("activity.REJECTED", { actor, reason: text("reason") });
    default:
      return t(`activity.${entry.kind}`, { actor });
  }
}

function EditForm({ detail, sinceOwn, onOwnSave, onDirtyChange }: { detail: Detail; sinceOwn: SinceOwn; onOwnSave: OwnSave; onDirtyChange: (dirty: boolean) => void }) {
  const t = useTranslations("board");
  const format = useFormatter();
  const router = useRouter();
  // The saved card this edit started from. A save names its version, so a card someone else
  // changed meanwhile is refused instead of silently overwritten.
  const [base, setBase] = useState(() => ({ version: detail.version, values: valuesOf(detail) }));
  // What the fields show when the form (re)mounts; a new key remounts it with these values.
  const [draft, setDraft] = useState(() => ({ key: 0, values: valuesOf(detail) }));
  const [dirty, setDirty] = useState(false);
  // A save was refused without field errors: the refreshed card tells whether someone else changed it.
  const [refused, setRefused] = useState(false);
  const [conflict, setConflict] = useState<{ changed: EditField[]; theirs: Partial<EditValues> } | null>(null);
  // Results are handled inside the action (it runs in a transition), not in an effect.
  const [state, formAction, pending] = useActionState(async (previous: FormState<{ version: number }>, formData: FormData) => {
    const result = await updateImprovementAction(previous, formData);
    const typed = submittedValues(formData);
    setConflict(null);
    if (result.ok && result.data) {
      onOwnSave(Number(formData.get("version")), result.data.version);
      setBase({ version: result.data.version, values: typed });
      setDraft((current) => ({ key: current.key + 1, values: typed }));
      setDirty(false);
      setRefused(false);
      toast.success(t("detail.saved"));
      router.refresh();
    } else {
      // React resets the form after an action: remount it with what was typed.
      setDraft((current) => ({ key: current.key + 1, values: typed }));
      if (!result.fieldErrors) {
        setRefused(true);
        router.refresh();
      }
    }
    return result;
  }, {});

  if (!dirty) {
    // Nothing typed here: follow the server (a newer version, or ours as the server saved it).
    if (detail.version > base.version || (detail.version === base.version && !sameValues(valuesOf(detail), base.values))) {
      setBase({ version: detail.version, values: valuesOf(detail) });
      setDraft((current) => ({ key: current.key + 1, values: valuesOf(detail) }));
      setRefused(false);
      setConflict(null);
    }
  } else if (refused && detail.version > base.version && detail.version !== sinceOwn(base.version)) {
    // Someone else saved while this was being typed. Keep every field the person changed, take
    // theirs where the person changed nothing, and build on their version from now on.
    const theirs = valuesOf(detail);
    const typed = draft.values;
    const merged = { ...typed };
    const clashes: Partial<EditValues> = {};
    for (const field of editFields) {
      if (typed[field] === base.values[field]) merged[field] = theirs[field];
      else if (theirs[field] !== base.values[field] && theirs[field] !== typed[field]) clashes[field] = theirs[field];
    }
    setConflict({ changed: editFields.filter((field) => theirs[field] !== base.values[field]), theirs: clashes });
    setBase({ version: detail.version, values: theirs });
    setDraft((current) => ({ key: current.key + 1, values: merged }));
    setRefused(false);
  }

  useEffect(() => onDirtyChange(dirty), [dirty, onDirtyChange]);
  useEffect(() => () => onDirtyChange(false), [onDirtyChange]);

  // A remount (someone else's save arriving, or one's own) would drop the keyboard focus: put it
  // back on the same control, found by its place among the form's controls.
  const formRef = useRef<HTMLFormElement>(null);
  const focused = useRef<{ index: number; name: string } | null>(null);
  const rememberFocus = (event: FocusEvent<HTMLFormElement>) => {
    const index = Array.prototype.indexOf.call(event.currentTarget.elements, event.target);
    focused.current = index < 0 ? null : { index, name: event.target.getAttribute("name") ?? "" };
  };
  const forgetFocus = (event: FocusEvent<HTMLFormElement>) => {
    if (event.currentTarget.contains(event.relatedTarget)) return;
    // Chromium also blurs a control that a remount removes: only a control still in the page
    // (looked at once the remount is done) was really left.
    const left = event.target;
    setTimeout(() => {
      if (left.isConnected && !formRef.current?.contains(document.activeElement)) focused.current = null;
    }, 0);
  };
  useLayoutEffect(() => {
    const form = formRef.current;
    const wanted = focused.current;
    if (!form || !wanted || form.contains(document.activeElement)) return;
    const control = form.elements.item(wanted.index);
    if (control instanceof HTMLElement && (control.getAttribute("name") ?? "") === wanted.name) control.focus({ preventScroll: true });
  }, [draft.key]);

  const value = (field: EditField) => draft.values[field];
  const errors = (field: string) => state.fieldErrors?.[field];
  // Under a field both people changed: what the other person saved, to compare before saving again.
  const theirs = (field: EditField): ReactNode => {
    const saved = conflict?.theirs[field];
    if (saved === undefined) return null;
    if (saved === "") return <span className="text-amber-900">{t("detail.conflictTheirsEmpty")}</span>;
    const shown =
      field === "wasteType"
        ? t(`waste.${saved as (typeof wasteTypes)[number]}`)
        : field === "dueDate"
          ? format.dateTime(new Date(`${saved}T12:00:00Z`), { dateStyle: "medium" })
          : saved;
    return <span className="whitespace-pre-wrap break-words text-amber-900">{t("detail.conflictTheirs", { value: shown })}</span>;
  };
  const hint = (field: EditField, own?: string): ReactNode => {
    const other = theirs(field);
    if (!other) return own;
    return own ? (
      <>
        {own}
        <br />
        {other}
      </>
    ) : (
      other
    );
  };
  return (
    <form
      ref={formRef}
      action={formAction}
      onChange={() => setDirty(true)}
      onFocus={rememberFocus}
      onBlur={forgetFocus}
      className="flex flex-col gap-4"
      noValidate
      key={draft.key}
    >
      <input type="hidden" name="id" value={detail.id} />
      <input type="hidden" name="version" value={sinceOwn(base.version)} />
      <div aria-live="polite" role="status">
        {conflict ? (
          <div className="rounded-md bg-amber-50 px-3 py-2 text-sm text-amber-950 ring-1 ring-amber-300" data-testid="edit-conflict">
            <p className="font-semibold">{t("detail.conflictTitle")}</p>
            <p className="mt-1">
              {conflict.changed.length
                ? t("detail.conflictBody", { fields: conflict.changed.map((field) => t(`detail.${field}`)).join(", ") })
                : t("detail.conflictBodyNoFields")}
            </p>
          </div>
        ) : null}
      </div>
      <Field id="detail-title" label={t("detail.title")} hint={hint("title")} errors={errors("title")}>
        {({ id, describedBy, invalid }) => (
          <TextInput id={id} name="title" required maxLength={TITLE_MAX} defaultValue={value("title")} aria-describedby={describedBy} aria-invalid={invalid} />
        )}
      </Field>
      <Field id="detail-problem" label={t("detail.problem")} hint={hint("problem")} errors={errors("problem")}>
        {({ id, describedBy, invalid }) => (
          <TextArea id={id} name="problem" maxLength={TEXT_MAX} defaultValue={value("problem")} aria-describedby={describedBy} aria-invalid={invalid} />
        )}
      </Field>
      <Field id="detail-proposal" label={t("detail.proposal")} hint={hint("proposal")} errors={errors("proposal")}>
        {({ id, describedBy, invalid }) => (
          <TextArea id={id} name="proposal" maxLength={TEXT_MAX} defaultValue={value("proposal")} aria-describedby={describedBy} aria-invalid={invalid} />
        )}
      </Field>
      <div className="grid gap-4 sm:grid-cols-2">
        <Field id="detail-waste" label={t("detail.wasteType")} hint={hint("wasteType")} errors={errors("wasteType")}>
          {({ id, describedBy, invalid }) => (
            <Select id={id} name="wasteType" defaultValue={value("wasteType")} aria-describedby={describedBy} aria-invalid={invalid}>
              <option value="">{t("detail.noWaste")}</option>
              {wasteTypes.map((waste) => (
                <option key={waste} value={waste}>
                  {t(`waste.${waste}`)}
                </option>
              ))}
            </Select>
          )}
        </Field>
        <Field id="detail-due" label={t("detail.dueDate")} hint={hint("dueDate")} errors={errors("dueDate")}>
          {({ id, describedBy, invalid }) => (
            <TextInput id={id} name="dueDate" type="date" defaultValue={value("dueDate")} aria-describedby={describedBy} aria-invalid={invalid} />
          )}
        </Field>
      </div>
      <Field id="detail-customer-value" label={t("detail.customerValue")} hint={hint("customerValue", t("detail.customerValueHint"))} errors={errors("customerValue")}>
        {({ id, describedBy, invalid }) => (
          <TextArea id={id} name="customerValue" maxLength={TEXT_MAX} defaultValue={value("customerValue")} aria-describedby={describedBy} aria-invalid={invalid} className="min-h-16" />
        )}
      </Field>
      <FormMessage message={state.ok === false && !conflict ? state.message : undefined} />
      <div>
        <Button type="submit" disabled={pending}>
          {pending ? t("detail.saving") : t("detail.save")}
        </Button>
      </div>
    </form>
  );
}

function Owners({ detail, sinceOwn, onOwnSave }: { detail: Detail; sinceOwn: SinceOwn; onOwnSave: OwnSave }) {
  const t = useTranslations("board.detail");
  const router = useRouter();
  const serverOwners = detail.owners.map((owner) => owner.id);
  // Untouched, the ticks follow the server. Once the person changes one, the selection is theirs
  // and a save names the version it started from, so someone else's owner change meanwhile is
  // refused rather than overwritten.
  const [edit, setEdit] = useState<{ version: number; base: string[]; selected: Set<string>; touched: boolean } | null>(null);
  const [refused, setRefused] = useState(false);
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<string | undefined>();
  const canEdit = detail.permissions.canEdit;
  const selected = edit?.selected ?? new Set(serverOwners);

  if (edit && !edit.touched && detail.version >= edit.version) {
    // Our save has arrived from the server: follow it again.
    setEdit(null);
  } else if (edit && refused && detail.version > edit.version && detail.version !== sinceOwn(edit.version)) {
    // Someone else changed the card: keep the ticks the person changed, take theirs elsewhere.
    const people = new Set([...detail.members.map((member) => member.id), ...serverOwners, ...edit.base]);
    const merged = new Set([...people].filter((id) => (edit.selected.has(id) === edit.base.includes(id) ? serverOwners.includes(id) : edit.selected.has(id))));
    setEdit({ version: detail.version, base: serverOwners, selected: merged, touched: true });
    setRefused(false);
    setError(t("ownersConflict", { owners: detail.owners.map((owner) => owner.name).join(", ") || t("ownersNone") }));
  }

  function toggle(id: string, checked: boolean) {
    setEdit((current) => {
      const start = current ?? { version: detail.version, base: serverOwners, selected: new Set(serverOwners), touched: true };
      const next = new Set(start.selected);
      if (checked) next.add(id);
      else next.delete(id);
      return { ...start, selected: next, touched: true };
    });
  }

  async function save() {
    setPending(true);
    setError(undefined);
    const version = edit ? sinceOwn(edit.version) : detail.version;
    try {
      const result = await setImprovementOwnersAction({ id: detail.id, version, ownerIds: [...selected] });
      if (result.ok) {
        onOwnSave(version, result.data.version);
        // Keep showing what was saved until the refreshed card brings it.
        setEdit({ version: result.data.version, base: [...selected], selected, touched: false });
        toast.success(t("ownersSaved"));
      } else {
        setError(result.fieldErrors?.ownerIds?.[0] ?? result.message);
        setRefused(result.code === "conflict");
      }
      router.refresh();
    } finally {
      setPending(false);
    }
  }
  return (
    <section aria-labelledby="detail-owners" className="flex flex-col gap-2">
      <h2 id="detail-owners" className="text-base font-semibold">
        {t("owners")}
      </h2>
      {canEdit ? (
        <fieldset className="flex flex-col gap-2">
          <legend className="text-sm text-slate-600">{t("ownersHint")}</legend>
          <div className="flex flex-wrap gap-x-4 gap-y-2">
            {detail.members.map((member) => (
              <label key={member.id} className="flex items-center gap-2 text-sm">
                <input
                  type="checkbox"
                  className="h-4 w-4 accent-brand-600"
                  checked={selected.has(member.id)}
                  onChange={(event) => toggle(member.id, event.target.checked)}
                />
                {member.name}
              </label>
            ))}
          </div>
          <p aria-live="polite" className="text-sm text-red-700">
            {error}
          </p>
          <div>
            <Button variant="secondary" size="sm" onClick={save} disabled={pending}>
              {t("saveOwners")}
            </Button>
          </div>
        </fieldset>
      ) : detail.owners.length ? (
        <p className="text-sm">{detail.owners.map((owner) => owner.name).join(", ")}</p>
      ) : (
        <p className="text-sm text-slate-500">{t("noOwners")}</p>
      )}
    </section>
  );
}

function Workflow({ detail, sinceOwn, onOwnSave }: { detail: Detail; sinceOwn: SinceOwn; onOwnSave: OwnSave }) {
  const t = useTranslations("board");
  const router = useRouter();
  // Until the person picks a column the selector shows where the card is now; a pick remembers
  // the version it was made on, so a move after someone else's change is refused, not applied.
  const [choice, setChoice] = useState<{ columnId: string; version: number } | null>(null);
  const [pending, setPending] = useState(false);
  const [dialog, setDialog] = useState<"park" | "reject" | null>(null);
  const active = detail.status === "ACTIVE";
  const columnId = choice?.columnId ?? detail.column.id;
  if (choice && choice.columnId === detail.column.id) setChoice(null);

  async function move() {
    setPending(true);
    const version = choice ? sinceOwn(choice.version) : detail.version;
    const request = async () => {
      const result = await moveImprovementAction({ id: detail.id, columnId, previousId: null, nextId: null, version });
      if (result.ok) onOwnSave(version, result.data.version);
      return result;
    };
    try {
      const result = await request();
      const target = detail.columns.find((column) => column.id === columnId);
      if (result.ok) {
        setChoice(null);
        toast.success(t("card.moved", { title: detail.title, column: target?.name ?? "" }));
      } else if (
        // A stage gate refused: the checklist below opens at what is missing and can retry.
        !isGateFailure(result) ||
        !requestPdcaGate({
          improvementId: detail.id,
          title: detail.title,
          targetColumn: target?.name ?? "",
          message: result.message,
          fieldErrors: result.fieldErrors ?? {},
          retry: request,
        })
      ) {
        setChoice(null);
        toast.error(t("errors.moveFailed", { message: result.message }));
      }
      router.refresh();
    } finally {
      setPending(false);
    }
  }

  async function triage(decision: "accept" | "park" | "reject", reason: string | null) {
    const result = await triageImprovementAction({ id: detail.id, version: detail.version, decision, reason });
    if (result.ok) {
      toast.success(t(decision === "accept" ? "triage.accepted" : decision === "park" ? "triage.parked" : "triage.rejected", { title: detail.title }));
      router.refresh();
      return { ok: true as const };
    }
    if (!result.fieldErrors) {
      toast.error(result.message);
      router.refresh();
    }
    return { ok: false as const, message: result.message, fieldErrors: result.fieldErrors };
  }

  return (
    <section aria-labelledby="detail-workflow" className="flex flex-col gap-3 rounded-lg bg-slate-50 p-3 ring-1 ring-slate-200">
      <h2 id="detail-workflow" className="sr-only">
        {t("detail.move")}
      </h2>
      {active && detail.permissions.canMove ? (
        <div className="flex flex-wrap items-end gap-2">
          <div className="flex flex-col gap-1">
            <label htmlFor="detail-move" className="text-xs font-medium text-slate-600">
              {t("detail.moveLabel")}
            </label>
            <Select id="detail-move" value={columnId} onChange={(event) => setChoice({ columnId: event.target.value, version: choice?.version ?? detail.version })} className="w-auto">
              {detail.columns.map((column) => (
                <option key={column.id} value={column.id}>
                  {column.name}
                </option>
              ))}
            </Select>
          </div>
          <Button variant="secondary" onClick={move} disabled={pending || columnId === detail.column.id}>
            {t("detail.moveSubmit")}
          </Button>
        </div>
      ) : null}
      {detail.permissions.canTriage ? (
        <div className="flex flex-wrap gap-2" role="group" aria-label={t("triage.label")}>
          {active && detail.column.stage === "IDEA" ? (
            <>
              <Button size="sm" onClick={() => void triage("accept", null)}>
                {t("triage.accept")}
              </Button>
              <Button size="sm" variant="secondary" onClick={() => setDialog("park")}>
                {t("triage.park")}
              </Button>
              <Button size="sm" variant="secondary" onClick={() => setDialog("reject")}>
                {t("triage.reject")}
              </Button>
            </>
          ) : null}
          {!active ? <RestoreButton id={detail.id} version={detail.version} title={detail.title} /> : null}
        </div>
      ) : null}
      {dialog ? (
        <TriageDialog decision={dialog} title={detail.title} onClose={() => setDialog(null)} onSubmit={(reason) => triage(dialog, reason)} />
      ) : null}
    </section>
  );
}

function CommentForm({ id, onDirtyChange }: { id: string; onDirtyChange: (dirty: boolean) => void }) {
  const t = useTranslations("board.detail");
  const router = useRouter();
  const [state, formAction, pending] = useActionState(addCommentAction, {});
  const handled = useRef<number | undefined>(undefined);
  useEffect(() => {
    if (!state.submittedAt || handled.current === state.submittedAt) return;
    handled.current = state.submittedAt;
    if (state.ok) {
      onDirtyChange(false);
      toast.success(t("commentAdded"));
      router.refresh();
    }
  }, [onDirtyChange, router, state, t]);
  return (
    <form action={formAction} className="flex flex-col gap-2" noValidate key={state.ok === false ? state.submittedAt : "comment"}>
      <input type="hidden" name="id" value={id} />
      <Field id="detail-comment" label={t("commentLabel")} errors={state.fieldErrors?.body}>
        {({ id: fieldId, describedBy, invalid }) => (
          <TextArea
            id={fieldId}
            name="body"
            maxLength={COMMENT_MAX}
            defaultValue={state.ok === false ? state.values?.body : undefined}
            onChange={(event) => onDirtyChange(event.target.value.trim() !== "")}
            aria-describedby={describedBy}
            aria-invalid={invalid}
            className="min-h-16"
          />
        )}
      </Field>
      <FormMessage message={state.ok === false && !state.fieldErrors ? state.message : undefined} />
      <div>
        <Button type="submit" variant="secondary" size="sm" disabled={pending}>
          {t("commentSubmit")}
        </Button>
      </div>
    </form>
  );
}
