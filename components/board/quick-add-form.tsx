"use client";

import { Plus } from "lucide-react";
import { useTranslations } from "next-intl";
import { useActionState, useEffect, useRef } from "react";
import { Button } from "@/components/ui/button";
import { createImprovementAction } from "@/lib/board/actions";
import { TITLE_MAX } from "@/lib/board/limits";
import type { BoardCard } from "@/lib/board/types";

/** The 30-second suggestion: a title, Enter, done. The card lands at the top of the column. */
export function QuickAddForm({ teamId, onAdded }: { teamId: string; onAdded: (card: BoardCard) => void }) {
  const t = useTranslations("board.quickAdd");
  const [state, formAction, pending] = useActionState(createImprovementAction, {});
  const input = useRef<HTMLInputElement>(null);
  const handled = useRef<number | undefined>(undefined);

  useEffect(() => {
    if (!state.submittedAt || handled.current === state.submittedAt) return;
    handled.current = state.submittedAt;
    if (state.ok && state.data) {
      onAdded(state.data);
      if (input.current) input.current.value = "";
      input.current?.focus();
    }
  }, [state, onAdded]);

  const error = state.ok === false ? (state.fieldErrors?.title?.[0] ?? state.message) : undefined;
  return (
    <form action={formAction} className="flex flex-col gap-1" noValidate>
      <input type="hidden" name="teamId" value={teamId} />
      <label htmlFor={`quick-add-${teamId}`} className="sr-only">
        {t("label")}
      </label>
      <div className="flex gap-1.5">
        <input
          ref={input}
          id={`quick-add-${teamId}`}
          name="title"
          required
          maxLength={TITLE_MAX}
          autoComplete="off"
          placeholder={t("placeholder")}
          defaultValue={state.ok === false ? state.values?.title : undefined}
          key={state.ok === false ? state.submittedAt : "quick-add"}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? `quick-add-${teamId}-error` : undefined}
          className="min-w-0 flex-1 rounded-md border border-slate-300 bg-white px-2.5 py-1.5 text-sm placeholder:text-slate-400 focus:border-brand-600 focus:outline-none focus:ring-2 focus:ring-brand-600/30 aria-[invalid=true]:border-red-600"
        />
        <Button type="submit" size="sm" disabled={pending} aria-label={pending ? t("submitting") : t("submit")}>
          <Plus aria-hidden className="h-4 w-4" />
        </Button>
      </div>
      <p id={`quick-add-${teamId}-error`} aria-live="polite" className="text-xs text-red-700">
        {error}
      </p>
    </form>
  );
}
