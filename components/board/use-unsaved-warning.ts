"use client";

import { useTranslations } from "next-intl";
import { useCallback, useEffect } from "react";

/** A plain click on a link that leaves this page within the app (not a new tab, not a download). */
function leavingLink(event: MouseEvent): HTMLAnchorElement | null {
  if (event.defaultPrevented || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return null;
  const link = event.target instanceof Element ? event.target.closest("a[href]") : null;
  if (!(link instanceof HTMLAnchorElement) || (link.target && link.target !== "_self") || link.hasAttribute("download")) return null;
  const url = new URL(link.href, window.location.href);
  if (url.origin !== window.location.origin) return null;
  return url.pathname === window.location.pathname && url.search === window.location.search ? null : link;
}

/**
 * Warns before leaving with unsaved text: the browser's own prompt on reload/close, a question
 * before any link in the app is followed (navigation, back link, team switcher), and
 * `confirmLeave()` for exits that are no links (closing the dialog).
 */
export function useUnsavedWarning(dirty: boolean): () => boolean {
  const t = useTranslations("common");
  useEffect(() => {
    if (!dirty) return;
    const onBeforeUnload = (event: BeforeUnloadEvent) => {
      event.preventDefault();
    };
    // Capture phase: asked before Next.js's link handler starts the navigation.
    const onClick = (event: MouseEvent) => {
      if (!leavingLink(event) || window.confirm(t("unsavedChanges"))) return;
      event.preventDefault();
      event.stopPropagation();
    };
    window.addEventListener("beforeunload", onBeforeUnload);
    document.addEventListener("click", onClick, true);
    return () => {
      window.removeEventListener("beforeunload", onBeforeUnload);
      document.removeEventListener("click", onClick, true);
    };
  }, [dirty, t]);
  return useCallback(() => !dirty || window.confirm(t("unsavedChanges")), [dirty, t]);
}
