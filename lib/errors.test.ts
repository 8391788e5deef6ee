import { describe, expect, it } from "vitest";
import { NotFoundError, refusedInputError, sqlState } from "./errors";

describe("sqlState", () => {
  it("finds PostgreSQL's code wherever the driver adapter, Prisma or pg put it", () => {
    expect(sqlState({ code: "P2010", meta: { driverAdapterError: { cause: { originalCode: "40P01" } } } })).toBe("40P01");
    expect(sqlState({ code: "23505" })).toBe("23505");
    // Prisma's own error code is not PostgreSQL's: the one in meta is.
    expect(sqlState({ code: "P2034", meta: { code: "40001" } })).toBe("40001");
    expect(sqlState({ meta: { code: "40001" } })).toBe("40001");
    expect(sqlState({ cause: { originalCode: "22021" } })).toBe("22021");
  });

  it("is undefined for anything else", () => {
    expect(sqlState(null)).toBeUndefined();
    expect(sqlState("40P01")).toBeUndefined();
    expect(sqlState({ code: 40001 })).toBeUndefined();
    expect(sqlState({ code: "ECONNREFUSED" })).toBeUndefined();
    expect(sqlState({ code: "P2002" })).toBeUndefined();
  });
});

describe("refusedInputError", () => {
  it("answers a NUL PostgreSQL refused as invalid input and a malformed id as not found; nothing else", () => {
    expect(refusedInputError({ meta: { driverAdapterError: { cause: { originalCode: "22021" } } } })).toMatchObject({ code: "invalid", messageKey: "errors.validation.controlCharacter" });
    expect(refusedInputError({ code: "22P02" })).toBeInstanceOf(NotFoundError);
    expect(refusedInputError({ code: "23505" })).toBeNull();
  });
});
