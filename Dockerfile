# Parallel: one image for the app instances and the one-off migration step (docs/deploy.md).
# Build: docker build -t parallel .      Run: see docker-compose.yml.
FROM node:22-bookworm-slim AS build
WORKDIR /app
ENV NEXT_TELEMETRY_DISABLED=1
# Dependencies first, so a code change does not reinstall them. `postinstall` runs `prisma generate`,
# which reads the schema and prisma.config.ts.
COPY package.json package-lock.json prisma.config.ts ./
COPY prisma ./prisma
RUN npm ci
COPY . .
RUN npm run build && rm -rf .next/cache

FROM node:22-bookworm-slim
WORKDIR /app
ENV NODE_ENV=production \
    NEXT_TELEMETRY_DISABLED=1 \
    PORT=3000 \
    PARALLEL_DATA_DIR=/data/pglite \
    PARALLEL_IMPORT_DIR=/shared/imports
# The whole tree with its dev dependencies: `tsx` runs the migration step (scripts/prepare-db.ts) and the CLI.
COPY --from=build --chown=node:node /app /app
RUN mkdir -p /data /shared/imports && chown node:node /data /shared /shared/imports
USER node
EXPOSE 3000
# Liveness; the load balancer asks /api/ready instead (503 while migrations are missing or during shutdown).
HEALTHCHECK --interval=10s --timeout=3s --start-period=30s --retries=3 \
  CMD ["node", "-e", "fetch('http://127.0.0.1:' + (process.env.PORT || 3000) + '/api/health').then((r) => process.exit(r.ok ? 0 : 1), () => process.exit(1))"]
# Node is PID 1 and handles SIGTERM itself (scripts/serve.mjs): finish requests, close the database, exit 0.
STOPSIGNAL SIGTERM
CMD ["node", "scripts/serve.mjs"]
