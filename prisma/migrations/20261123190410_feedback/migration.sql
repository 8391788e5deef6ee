-- CreateEnum
CREATE TYPE "FeedbackType" AS ENUM ('COMPLAINT', 'COMPLIMENT', 'TIP', 'NPS', 'CES', 'CSAT');

-- CreateEnum
CREATE TYPE "FeedbackChannel" AS ENUM ('PHONE', 'EMAIL', 'CHAT', 'WEBSITE', 'IN_PERSON', 'SOCIAL', 'SURVEY', 'OTHER');

-- CreateEnum
CREATE TYPE "ComplaintStatus" AS ENUM ('OPEN', 'IN_PROGRESS', 'HANDLED');

-- CreateTable
CREATE TABLE "Feedback" (
    "id" UUID NOT NULL,
    "organisationId" UUID NOT NULL,
    "type" "FeedbackType" NOT NULL,
    "receivedOn" DATE NOT NULL,
    "channel" "FeedbackChannel" NOT NULL,
    "customerName" TEXT,
    "segmentId" UUID,
    "teamId" UUID,
    "text" TEXT,
    "score" INTEGER,
    "status" "ComplaintStatus",
    "handledAt" TIMESTAMP(3),
    "improvementId" UUID,
    "successId" UUID,
    "externalId" TEXT,
    "apiTokenId" UUID,
    "createdById" UUID,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Feedback_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ApiToken" (
    "id" UUID NOT NULL,
    "organisationId" UUID NOT NULL,
    "name" TEXT NOT NULL,
    "tokenHash" TEXT NOT NULL,
    "prefix" TEXT NOT NULL,
    "createdById" UUID,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "lastUsedAt" TIMESTAMP(3),
    "revokedAt" TIMESTAMP(3),

    CONSTRAINT "ApiToken_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "Feedback_organisationId_receivedOn_idx" ON "Feedback"("organisationId", "receivedOn");

-- CreateIndex
CREATE INDEX "Feedback_organisationId_type_receivedOn_idx" ON "Feedback"("organisationId", "type", "receivedOn");

-- CreateIndex
CREATE INDEX "Feedback_organisationId_teamId_receivedOn_idx" ON "Feedback"("organisationId", "teamId", "receivedOn");

-- CreateIndex
CREATE INDEX "Feedback_organisationId_segmentId_idx" ON "Feedback"("organisationId", "segmentId");

-- CreateIndex
CREATE UNIQUE INDEX "Feedback_organisationId_externalId_key" ON "Feedback"("organisationId", "externalId");

-- CreateIndex
CREATE UNIQUE INDEX "ApiToken_tokenHash_key" ON "ApiToken"("tokenHash");

-- CreateIndex
CREATE INDEX "ApiToken_organisationId_createdAt_idx" ON "ApiToken"("organisationId", "createdAt");

-- AddForeignKey
ALTER TABLE "Feedback" ADD CONSTRAINT "Feedback_organisationId_fkey" FOREIGN KEY ("organisationId") REFERENCES "Organisation"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Feedback" ADD CONSTRAINT "Feedback_segmentId_fkey" FOREIGN KEY ("segmentId") REFERENCES "CustomerSegment"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Feedback" ADD CONSTRAINT "Feedback_teamId_fkey" FOREIGN KEY ("teamId") REFERENCES "Team"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Feedback" ADD CONSTRAINT "Feedback_improvementId_fkey" FOREIGN KEY ("improvementId") REFERENCES "Improvement"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Feedback" ADD CONSTRAINT "Feedback_apiTokenId_fkey" FOREIGN KEY ("apiTokenId") REFERENCES "ApiToken"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Feedback" ADD CONSTRAINT "Feedback_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ApiToken" ADD CONSTRAINT "ApiToken_organisationId_fkey" FOREIGN KEY ("organisationId") REFERENCES "Organisation"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ApiToken" ADD CONSTRAINT "ApiToken_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;
