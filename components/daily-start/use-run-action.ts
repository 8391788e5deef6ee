"use client";

import { useRouter } from "next/navigation";
import { useCallback, useTransition } from "react";
import { toast } from "sonner";
import type { ActionResult } from "@/lib/auth/action";

/**
 * Runs a button's server action: while it runs `pending` is true; a refusal shows its
 * translated message as a toast; success refetches the page so everyone's view is current.
 */
export function useRunAction(): { pending: boolean; run: <T>(action: () => Promise<ActionResult<T>>, onSuccess?: (data: T) => void) => void } {
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const run = useCallback(
    <T,>(action: () => Promise<ActionResult<T>>, onSuccess?: (data: T) => void) => {
      startTransition(async () => {
        const result = await action();
        if (!result.ok) {
          toast.error(result.message);
          // A conflict (finished meanwhile, already converted) means the page is behind.
          router.refresh();
          return;
        }
        onSuccess?.(result.data);
        router.refresh();
      });
    },
    [router],
  );
  return { pending, run };
}
