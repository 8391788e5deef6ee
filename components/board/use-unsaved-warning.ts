"use client";

import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useCallback, useEffect, useRef } from "react";

/** A plain click on a link that leaves this page within the app (not a new tab, not a download). */
function leavingLink(event: MouseEvent): HTMLAnchorElement | null {
  if (event.defaultPrevented || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return null;
  const link = event.target instanceof Element ? event.target.closest("a[href]") : null;
  if (!(link instanceof HTMLAnchorElement) || (link.target && link.target !== "_self") || link.hasAttribute("download")) return null;
  const url = new URL(link.href, window.location.href);
  if (url.origin !== window.location.origin) return null;
  return url.pathname === window.location.pathname && url.search === window.location.search ? null : link;
}

// The browser's Back button cannot be stopped, only absorbed: while there is unsaved text, one
// extra history entry for the same page (the "guard") sits on top. Back lands on the page's own
// entry — the same page, nothing lost — and the person is asked: leaving goes back once more,
// staying puts the guard back. Once the text is saved the guard is taken away again. Whether
// the guard is on top is kept here, not in history.state: Next.js replaces that state on every
// router update.
const guard = { url: null as string | null, passGuard: false, skipNext: false };
const onGuard = () => guard.url !== null && guard.url === window.location.href;
function pushGuard(): void {
  window.history.pushState(null, "");
  guard.url = window.location.href;
}

/**
 * Goes back (like `router.back()`) after the person agreed to leave unsaved text: past the
 * Back guard too, so the question is not asked twice.
 */
export function goBackLeaving(): void {
  guard.passGuard = onGuard();
  window.history.back();
}

/**
 * Warns before leaving with unsaved text: the browser's own prompt on reload/close, a question
 * before any link in the app is followed (navigation, back link, team switcher) and on the
 * browser's Back button (with `historyBack`, the default), and `confirmLeave()` for exits that
 * are no links. Exits that go back after asking themselves use `goBackLeaving()`.
 */
export function useUnsavedWarning(dirty: boolean, { historyBack = true }: { historyBack?: boolean } = {}): () => boolean {
  const t = useTranslations("common");
  const router = useRouter();
  // The question's text through a ref: `t` changes identity on every router refresh, and the
  // guard must not be taken away and pushed again for that.
  const question = useRef("");
  useEffect(() => {
    question.current = t("unsavedChanges");
  });
  useEffect(() => {
    if (!dirty || !historyBack) return;
    if (!onGuard()) pushGuard();
    const onPopState = () => {
      if (guard.skipNext) {
        guard.skipNext = false;
        return;
      }
      // Back from the guard: this is the page's own entry (the same page, nothing lost).
      guard.url = null;
      if (guard.passGuard || window.confirm(question.current)) {
        guard.passGuard = false;
        // Go on to where Back was meant to go.
        guard.skipNext = true;
        window.history.back();
      } else {
        pushGuard();
      }
    };
    window.addEventListener("popstate", onPopState);
    return () => {
      window.removeEventListener("popstate", onPopState);
      guard.passGuard = false;
      guard.skipNext = false;
      // Saved: take the guard away. (Left by a link: the guard is no longer on top, keep going.)
      if (onGuard()) {
        // Typing again at once registers a new listener before this Back arrives: it skips it.
        guard.skipNext = true;
        window.addEventListener("popstate", () => setTimeout(() => (guard.skipNext = false), 0), { once: true });
        window.history.back();
      }
      guard.url = null;
    };
  }, [dirty, historyBack]);
  useEffect(() => {
    if (!dirty) return;
    const onBeforeUnload = (event: BeforeUnloadEvent) => {
      event.preventDefault();
    };
    // Capture phase: asked before Next.js's link handler starts the navigation.
    const onClick = (event: MouseEvent) => {
      const link = leavingLink(event);
      if (!link) return;
      const leave = window.confirm(question.current);
      if (leave && !onGuard()) return;
      event.preventDefault();
      event.stopPropagation();
      if (!leave) return;
      // Leaving from the Back guard: the next page takes the guard's place in the history, so
      // Back later returns to this page in one step.
      guard.url = null;
      router.replace(link.href);
    };
    window.addEventListener("beforeunload", onBeforeUnload);
    document.addEventListener("click", onClick, true);
    return () => {
      window.removeEventListener("beforeunload", onBeforeUnload);
      document.removeEventListener("click", onClick, true);
    };
  }, [dirty, router]);
  return useCallback(() => !dirty || window.confirm(t("unsavedChanges")), [dirty, t]);
}
