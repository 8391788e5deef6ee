import { NextResponse, type NextRequest } from "next/server";

// Only a cheap redirect on the presence of a session cookie; real checks sit next to the data
// (lib/auth/session.ts and every service function).
const publicPaths = ["/login", "/setup", "/invite", "/api/"];

export function proxy(request: NextRequest) {
  const { pathname, search } = request.nextUrl;
  if (publicPaths.some((path) => pathname === path || pathname.startsWith(path.endsWith("/") ? path : `${path}/`))) {
    return NextResponse.next();
  }
  const hasSession = request.cookies.getAll().some(({ name }) => name.endsWith("authjs.session-token"));
  if (hasSession) return NextResponse.next();
  const login = new URL("/login", request.url);
  if (pathname !== "/") login.searchParams.set("next", `${pathname}${search}`);
  return NextResponse.redirect(login);
}

export const config = {
  matcher: ["/((?!_next/static|_next/image|favicon.ico|icon.svg|.*\\.(?:png|svg|css|js|woff2?)$).*)"],
};
