"use client";

import { Heart } from "lucide-react";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useOptimistic, useTransition } from "react";
import { toast } from "sonner";
import { createSuccessThanksAction, deleteSuccessThanksAction } from "@/lib/successes/actions";

type Props = { successId: string; title: string; thanked: boolean; count: number; canThank: boolean };

/**
 * One thanks per person: once given, the button stays where it is and does nothing more, so a
 * double click never takes it back; taking it back is a separate, smaller control.
 */
export function ThanksButton({ successId, title, thanked, count, canThank }: Props) {
  const t = useTranslations("successes.thanks");
  const tErrors = useTranslations("errors");
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const [state, setState] = useOptimistic({ thanked, count });

  const change = (thank: boolean) => {
    if (pending || state.thanked === thank) return;
    startTransition(async () => {
      setState({ thanked: thank, count: Math.max(0, state.count + (thank ? 1 : -1)) });
      try {
        const result = await (thank ? createSuccessThanksAction : deleteSuccessThanksAction)({ id: successId });
        if (!result.ok) {
          toast.error(t("failed", { message: result.message }));
          return;
        }
        router.refresh();
      } catch {
        toast.error(t("failed", { message: tErrors("unexpected") }));
      }
    });
  };

  return (
    <div className="flex flex-wrap items-center gap-x-2 gap-y-1">
      {canThank ? (
        <button
          type="button"
          onClick={() => change(true)}
          aria-disabled={state.thanked || undefined}
          aria-label={state.thanked ? t("givenLabel", { title }) : t("giveLabel", { title })}
          className={`inline-flex h-9 items-center gap-1.5 rounded-full px-3 text-sm font-medium ring-1 transition-colors ${
            state.thanked ? "cursor-default bg-rose-50 text-rose-800 ring-rose-200" : "bg-white text-slate-800 ring-slate-300 hover:bg-rose-50 hover:ring-rose-300"
          }`}
        >
          <Heart aria-hidden className={`h-4 w-4 ${state.thanked ? "fill-rose-500 text-rose-500" : "text-rose-500"}`} />
          {state.thanked ? t("given") : t("give")}
          <span aria-hidden className="tabular-nums text-slate-600">
            {state.count}
          </span>
        </button>
      ) : null}
      <span role="status" className={canThank ? "sr-only" : "text-sm text-slate-600"}>
        {t("count", { count: state.count })}
      </span>
      {canThank && state.thanked ? (
        <button type="button" onClick={() => change(false)} className="text-xs text-slate-500 underline-offset-2 hover:text-slate-800 hover:underline">
          {t("undo")}
        </button>
      ) : null}
    </div>
  );
}
