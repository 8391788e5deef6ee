"use client";

import { useTransition } from "react";
import { toast } from "sonner";
import type { ActionResult } from "@/lib/auth/action";

/** Runs a settings command from a button: pending state while it runs, a toast with the outcome. */
export function useSettingsAction(): { pending: boolean; run: <T>(action: () => Promise<ActionResult<T>>, success?: string) => void } {
  const [pending, startTransition] = useTransition();
  const run = <T,>(action: () => Promise<ActionResult<T>>, success?: string) =>
    startTransition(async () => {
      const result = await action();
      if (!result.ok) toast.error(result.message);
      else if (success) toast.success(success);
    });
  return { pending, run };
}
