import { NextResponse } from "next/server";
import { checkDatabase } from "@/lib/db/health";

export const dynamic = "force-dynamic";

export async function GET() {
  const database = await checkDatabase();
  return NextResponse.json(
    database ? { status: "ok" } : { status: "unavailable", reason: "database" },
    { status: database ? 200 : 503, headers: { "cache-control": "no-store" } },
  );
}
