"use client";

import { ArrowUpRight, Lightbulb, Trash2 } from "lucide-react";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { useFormatter, useTranslations } from "next-intl";
import { useActionState, useEffect, useRef } from "react";
import { toast } from "sonner";
import { Button } from "@/components/ui/button";
import { TextInput } from "@/components/ui/field";
import { addDailyStartItemAction, convertBottleneckAction, deleteDailyStartItemAction } from "@/lib/daily-start/actions";
import { ITEM_TEXT_MAX } from "@/lib/daily-start/limits";
import type { DailyStartItemView } from "@/lib/daily-start/types";
import type { DailyStartItemKind } from "@/lib/db/generated/enums";
import { useRunAction } from "./use-run-action";

/** Announcements, notes, bottlenecks or decisions of one kind, oldest first. */
export function ItemList({
  items,
  kind,
  teamSlug,
  canConvert,
  compact = false,
}: {
  items: DailyStartItemView[];
  kind: DailyStartItemKind;
  teamSlug: string;
  canConvert: boolean;
  compact?: boolean;
}) {
  const t = useTranslations("dailyStart.items");
  const format = useFormatter();
  const { pending, run } = useRunAction();
  const ofKind = items.filter((item) => item.kind === kind);
  if (ofKind.length === 0) return <p className="text-sm text-slate-500">{t(`empty.${kind}`)}</p>;
  return (
    <ul className="flex flex-col divide-y divide-slate-100" aria-label={t(`listLabel.${kind}`)}>
      {ofKind.map((item) => (
        <li key={item.id} className="flex flex-wrap items-start gap-x-3 gap-y-1 py-2 first:pt-0 last:pb-0">
          <div className="min-w-0 flex-1 basis-60">
            <p className="whitespace-pre-line break-words text-slate-900">{item.text}</p>
            {compact ? null : (
              <p className="mt-0.5 text-xs text-slate-500">
                {item.author ? t("byline", { name: item.author.name, time: format.dateTime(new Date(item.createdAt), { hour: "2-digit", minute: "2-digit" }) }) : null}
              </p>
            )}
          </div>
          <div className="flex shrink-0 flex-wrap items-center gap-1">
            {kind === "BOTTLENECK" && item.improvement ? (
              <Link
                href={`/teams/${teamSlug}/improvements/${item.improvement.id}`}
                className="inline-flex items-center gap-1 rounded-md bg-brand-50 px-2 py-1 text-sm font-medium text-brand-700 ring-1 ring-brand-100 hover:underline"
              >
                <ArrowUpRight aria-hidden className="h-4 w-4" />
                {t("onBoard")}
              </Link>
            ) : null}
            {kind === "BOTTLENECK" && !item.improvement && canConvert ? (
              <Button
                size="sm"
                variant="secondary"
                disabled={pending}
                aria-label={t("convertLabel", { text: item.text })}
                onClick={() => run(() => convertBottleneckAction({ id: item.id }), () => toast.success(t("converted")))}
              >
                <Lightbulb aria-hidden className="h-4 w-4" />
                {t("convert")}
              </Button>
            ) : null}
            {item.canDelete ? (
              <Button
                size="sm"
                variant="ghost"
                disabled={pending}
                aria-label={t("deleteLabel", { text: item.text })}
                onClick={() => run(() => deleteDailyStartItemAction({ id: item.id }))}
              >
                <Trash2 aria-hidden className="h-4 w-4" />
              </Button>
            ) : null}
          </div>
        </li>
      ))}
    </ul>
  );
}

/** A one-line form for a new item; what was typed stays when saving fails. */
export function AddItemForm({ teamId, kind }: { teamId: string; kind: DailyStartItemKind }) {
  const t = useTranslations("dailyStart.items");
  const id = `add-${kind}`;
  const router = useRouter();
  const [state, formAction, pending] = useActionState(addDailyStartItemAction, {});
  const handled = useRef<number | undefined>(undefined);
  useEffect(() => {
    if (!state.submittedAt || handled.current === state.submittedAt) return;
    handled.current = state.submittedAt;
    // The form was re-created (emptied on success, refilled on failure): keep typing in it.
    document.getElementById(id)?.focus();
    if (state.ok) router.refresh();
  }, [id, router, state]);
  const errors = state.ok === false ? (state.fieldErrors?.text ?? (state.fieldErrors ? undefined : state.message ? [state.message] : undefined)) : undefined;
  const errorId = errors ? `${id}-error` : undefined;
  return (
    <form action={formAction} className="mt-3 flex flex-col gap-1" noValidate key={state.submittedAt ?? "form"}>
      <input type="hidden" name="teamId" value={teamId} />
      <input type="hidden" name="kind" value={kind} />
      <label htmlFor={id} className="text-sm font-medium text-slate-800">
        {t(`addLabel.${kind}`)}
      </label>
      <div className="flex gap-2">
        <TextInput
          id={id}
          name="text"
          maxLength={ITEM_TEXT_MAX}
          autoComplete="off"
          placeholder={t(`placeholder.${kind}`)}
          defaultValue={state.ok === false ? state.values?.text : undefined}
          aria-invalid={Boolean(errors)}
          aria-describedby={errorId}
        />
        <Button type="submit" variant="secondary" disabled={pending} className="shrink-0">
          {t("add")}
        </Button>
      </div>
      <div id={errorId} aria-live="polite">
        {errors?.map((error) => (
          <p key={error} className="text-sm text-red-700">
            {error}
          </p>
        ))}
      </div>
    </form>
  );
}
