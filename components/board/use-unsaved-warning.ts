"use client";

import { useTranslations } from "next-intl";
import { useCallback, useEffect } from "react";

/**
 * Warns before leaving with unsaved text: the browser's own prompt on reload/close, and
 * `confirmLeave()` for in-app exits (closing the dialog, the back link).
 */
export function useUnsavedWarning(dirty: boolean): () => boolean {
  const t = useTranslations("common");
  useEffect(() => {
    if (!dirty) return;
    const onBeforeUnload = (event: BeforeUnloadEvent) => {
      event.preventDefault();
    };
    window.addEventListener("beforeunload", onBeforeUnload);
    return () => window.removeEventListener("beforeunload", onBeforeUnload);
  }, [dirty]);
  return useCallback(() => !dirty || window.confirm(t("unsavedChanges")), [dirty, t]);
}
