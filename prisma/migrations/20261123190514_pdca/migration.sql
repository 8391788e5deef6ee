-- CreateEnum
CREATE TYPE "CustomerType" AS ENUM ('INTERNAL', 'EXTERNAL');

-- CreateEnum
CREATE TYPE "KanoCategory" AS ENUM ('BASIC', 'PERFORMANCE', 'EXCITEMENT');

-- CreateEnum
CREATE TYPE "CheckResult" AS ENUM ('ACHIEVED', 'PARTLY', 'NOT_ACHIEVED');

-- CreateEnum
CREATE TYPE "ExpectationMet" AS ENUM ('YES', 'PARTLY', 'NO', 'UNKNOWN');

-- CreateEnum
CREATE TYPE "ActDecision" AS ENUM ('STANDARDISE', 'NEW_CYCLE');

-- AlterEnum
-- This migration adds more than one value to an enum.
-- With PostgreSQL versions 11 and earlier, this is not possible
-- in a single migration. This can be worked around by creating
-- multiple migrations, each migration adding only one value to
-- the enum.


ALTER TYPE "ActivityKind" ADD VALUE 'PDCA_UPDATED';
ALTER TYPE "ActivityKind" ADD VALUE 'PDCA_CYCLE_STARTED';

-- CreateTable
CREATE TABLE "PdcaCycle" (
    "id" UUID NOT NULL,
    "organisationId" UUID NOT NULL,
    "improvementId" UUID NOT NULL,
    "number" INTEGER NOT NULL,
    "problemStatement" TEXT,
    "customerType" "CustomerType",
    "customerName" TEXT,
    "segmentId" UUID,
    "expectation" TEXT,
    "kano" "KanoCategory",
    "baseline" TEXT,
    "rootCause" TEXT[] DEFAULT ARRAY[]::TEXT[],
    "goal" TEXT,
    "doDescription" TEXT,
    "informed" TEXT,
    "checkResult" "CheckResult",
    "measuredResult" TEXT,
    "sideEffects" TEXT,
    "expectationMet" "ExpectationMet",
    "expectationEvidence" TEXT,
    "actDecision" "ActDecision",
    "standardisation" TEXT,
    "training" TEXT,
    "monitoring" TEXT,
    "lessonsLearned" TEXT,
    "newCycleReason" TEXT,
    "version" INTEGER NOT NULL DEFAULT 1,
    "closedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "PdcaCycle_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "PdcaAction" (
    "id" UUID NOT NULL,
    "organisationId" UUID NOT NULL,
    "cycleId" UUID NOT NULL,
    "position" INTEGER NOT NULL,
    "description" TEXT NOT NULL,
    "ownerId" UUID,
    "dueDate" DATE,
    "doneAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "PdcaAction_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "PdcaCycle_organisationId_segmentId_idx" ON "PdcaCycle"("organisationId", "segmentId");

-- CreateIndex
CREATE UNIQUE INDEX "PdcaCycle_improvementId_number_key" ON "PdcaCycle"("improvementId", "number");

-- CreateIndex
CREATE INDEX "PdcaAction_cycleId_position_idx" ON "PdcaAction"("cycleId", "position");

-- CreateIndex
CREATE INDEX "PdcaAction_ownerId_idx" ON "PdcaAction"("ownerId");

-- AddForeignKey
ALTER TABLE "PdcaCycle" ADD CONSTRAINT "PdcaCycle_improvementId_fkey" FOREIGN KEY ("improvementId") REFERENCES "Improvement"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PdcaCycle" ADD CONSTRAINT "PdcaCycle_segmentId_fkey" FOREIGN KEY ("segmentId") REFERENCES "CustomerSegment"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PdcaAction" ADD CONSTRAINT "PdcaAction_cycleId_fkey" FOREIGN KEY ("cycleId") REFERENCES "PdcaCycle"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PdcaAction" ADD CONSTRAINT "PdcaAction_ownerId_fkey" FOREIGN KEY ("ownerId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;
